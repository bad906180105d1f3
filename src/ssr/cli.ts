#!/usr/bin/env node
/// <reference types="node" />
/*
 * nhs-role-widgets-prerender: writes a ready-made copy into every widget of built HTML pages, for
 * static site generators (Eleventy, Astro, Hugo...) after their build step.
 *
 *   nhs-role-widgets-prerender _site/index.html _site/careers/*.html   rewrite the files in place
 *   nhs-role-widgets-prerender --dataset data.json page.html           render from a host's dataset
 *   nhs-role-widgets-prerender < page.html > out.html                   read stdin, write stdout
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { renderToString as RenderToString } from './index.js';

const USAGE = `Usage: nhs-role-widgets-prerender [--dataset file.json] [page.html ...]
Writes a ready-made copy (declarative shadow DOM) into every nhs-* widget of each page, in place.
With no pages, reads HTML from standard input and writes it to standard output.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dataset: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Loaded here, not at the top, so --help and a missing peer dependency get a plain message.
  let renderToString: typeof RenderToString;
  try {
    ({ renderToString } = await import('./index.js'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.error('nhs-role-widgets-prerender needs @lit-labs/ssr and parse5: npm install --save-dev @lit-labs/ssr parse5');
    return 1;
  }
  // Checked by renderToString as a provider would check it; a dataset that fails stops the build.
  const options = values.dataset ? { dataset: JSON.parse(await readFile(values.dataset, 'utf8')) as unknown } : {};
  if (positionals.length === 0) {
    process.stdout.write(await renderToString(await readStdin(), options));
    return 0;
  }
  for (const file of positionals) {
    const before = await readFile(file, 'utf8');
    const after = await renderToString(before, options);
    if (after !== before) await writeFile(file, after);
    console.error(`${file}: ${after === before ? 'nothing to add' : `${((after.length - before.length) / 1024).toFixed(1)} KB of ready-made copies added`}`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
