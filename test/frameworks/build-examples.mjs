// Builds the framework examples in examples/ with vite into .cache/frameworks/<name>/.
import { mkdir, rm, symlink, lstat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT = join(ROOT, '.cache/frameworks');
export const EXAMPLES = ['html', 'react-19', 'react-18', 'vue', 'angular'];

/**
 * The examples import 'nhs-role-widgets' as an app would. An app gets it from its node_modules;
 * here examples/node_modules/nhs-role-widgets links to this repository (the link `npm install ..`
 * would make), so imports go through package.json's `exports` to dist/, as they do for users.
 * Bundlers follow the link, so lit and the frameworks come from the repository's node_modules.
 */
export async function linkPackage() {
  const link = join(ROOT, 'examples/node_modules/nhs-role-widgets');
  try {
    await lstat(link);
  } catch {
    await mkdir(join(ROOT, 'examples/node_modules'), { recursive: true });
    await symlink('../..', link, 'dir');
  }
}

/**
 * Builds one example with its own vite.config.mjs; resolves to the output folder. Unminified by
 * default, so a failing test's stack reads; `minify` builds as an app's production build would.
 */
export async function buildExample(name, { minify = false } = {}) {
  const root = join(ROOT, 'examples', name);
  const outDir = join(OUT, name);
  await rm(outDir, { recursive: true, force: true });
  await build({
    root,
    configFile: join(root, 'vite.config.mjs'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify, reportCompressedSize: false },
  });
  return outDir;
}

// `node test/frameworks/build-examples.mjs [name...]` builds some or all, to look at them by hand.
if (import.meta.filename === process.argv[1]) {
  await linkPackage();
  for (const name of process.argv.length > 2 ? process.argv.slice(2) : EXAMPLES) console.log(await buildExample(name));
}
