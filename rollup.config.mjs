import json from '@rollup/plugin-json';
import { roleHash } from './src/loader/role-hash.js';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { posix } from 'node:path';

// Start from an empty dist/ so chunks of earlier builds (hashed names) never linger.
rmSync('dist', { recursive: true, force: true });

// The files that register elements: one per component folder, named after the folder.
const components = readdirSync('src/components').map((name) => `src/components/${name}/${name}.ts`);

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts', 'data/**/*.json'],
    compilerOptions: { outDir: 'dist', declaration: false, sourceMap: false, types: [] },
    noEmitOnError: true,
  });
const data = () => json({ compact: true, preferConst: true });
/**
 * For the script-tag bundles: data files become `JSON.parse('...')`, which browsers parse several
 * times faster than the same data as object literals, so a page spends less time blocked.
 */
const dataAsJsonParse = () => ({
  name: 'data-as-json-parse',
  transform(code, id) {
    if (!id.endsWith('.json')) return null;
    return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(code)))});`, map: { mappings: '' } };
  },
});
/** Copies the embed page and its stylesheet next to the bundle. */
const copyEmbedFiles = () => ({
  name: 'copy-embed-files',
  generateBundle() {
    for (const file of ['embed.html', 'embed.css']) {
      this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`src/embed/${file}`, 'utf8') });
    }
  },
});
/** One small module per role (`export default {...}`), which the embed bundle imports when a card shows that role. */
const roleFiles = () => ({
  name: 'role-files',
  generateBundle() {
    for (const file of readdirSync('data/roles').filter((f) => f.endsWith('.json'))) {
      for (const role of JSON.parse(readFileSync(`data/roles/${file}`, 'utf8'))) {
        this.emitFile({ type: 'asset', fileName: `roles/${role.id}.js`, source: `export default ${JSON.stringify(role)};\n` });
      }
    }
  },
});
/**
 * Starts fetching what an element's chunk imports at the same time as the chunk itself, instead of
 * after it has arrived and been parsed: one round trip fewer before a widget can render. If the
 * chunk cannot load, the error it rejects with says which files were missing (`error.missing`,
 * paths relative to the importing file), which the loader names in its console warning.
 */
const preloadDependencies = () => ({
  name: 'preload-dependencies',
  renderDynamicImport({ chunk, targetChunk, targetModuleId, getTargetChunkImports }) {
    if (!targetChunk) return null;
    // resolvedImportPath is already a quoted string literal, relative to the importing file.
    const imports = (getTargetChunkImports() ?? [])
      .filter((i) => i.type === 'internal' && !i.chunk.isEntry)
      .map((i) => i.resolvedImportPath);
    // Data chunks are reported by the widgets that need them (dataset-unavailable): only preloaded.
    if (!targetModuleId?.includes('/src/components/')) {
      return imports.length === 0 ? null : { left: `([${imports.join(',')}].forEach((path) => import(path).catch(() => {})), import(`, right: '))' };
    }
    const self = JSON.stringify(`./${posix.relative(posix.dirname(chunk.fileName), targetChunk.fileName)}`);
    return {
      left:
        '((chunk, imports) => chunk.catch((error) => Promise.all(imports).then((failed) => {' +
        ` failed = failed.filter(Boolean); throw Object.assign(error, { missing: failed.length ? failed : [${self}] }); })))(import(`,
      right: `), [${imports.join(',')}].map((path) => import(path).then(() => '', () => path)))`,
    };
  },
});
/**
 * For npm users' bundlers: one module per role in dist/data/roles/, named by its position in the
 * role index, and, in place of the empty table in src/data/role-modules.ts, a list of
 * `import('./roles/<n>.js')` calls in that order. Bundlers see each import and make each role a
 * chunk of its own, so an app showing one card loads one role's details, not all of them.
 */
const roleModulesForBundlers = () => {
  // The order of the role index (scripts/role-index.mjs): file name order, then order in the file.
  const roles = () =>
    readdirSync('data/roles')
      .filter((f) => f.endsWith('.json'))
      .sort()
      .flatMap((file) => JSON.parse(readFileSync(`data/roles/${file}`, 'utf8')));
  return {
    name: 'role-modules-for-bundlers',
    load(id) {
      if (!id.replaceAll('\\', '/').endsWith('/src/data/role-modules.ts')) return null;
      const entries = roles().map((_, n) => `  () => import('./roles/${n}.js'),`);
      return `/** One loader per bundled role, in role index order (written by the npm build). */\nexport const roleModules = [\n${entries.join('\n')}\n];\n`;
    },
    resolveId(source, importer) {
      // The role modules are written below, beside the table; the import stays as written.
      if (importer?.endsWith('role-modules.ts') && source.startsWith('./roles/')) return { id: source, external: 'absolute' };
      return null;
    },
    generateBundle() {
      roles().forEach((role, n) => {
        this.emitFile({ type: 'asset', fileName: `data/roles/${n}.js`, source: `export default ${JSON.stringify(role)};\n` });
      });
    },
  };
};
/**
 * The fingerprints of every bundled role's id (src/loader/role-hash.js), for the loader (src/loader/role-ids.d.ts): from the committed role
 * index, which the data validation keeps current.
 */
const roleIds = () => ({
  name: 'role-ids',
  resolveId: (source) => (source.endsWith('/loader/role-ids.js') ? '\0nhs-role-ids' : null),
  load(id) {
    if (id !== '\0nhs-role-ids') return null;
    const ids = JSON.parse(readFileSync('data/generated/role-index.json', 'utf8')).map((role) => role.id);
    return `export default ${JSON.stringify(ids.map(roleHash).join(''))};`;
  },
});
/** The chunk every element imports (lit and the base element) is named for what it holds, not for whichever module rollup saw first. */
const chunkFileNames = ({ name, moduleIds }) =>
  moduleIds.some((id) => id.includes('/node_modules/lit-element/')) ? 'chunks/lit-and-base-[hash].js' : `chunks/${name}-[hash].js`;
const minify = () => terser({ ecma: 2021, module: true, format: { comments: false } });

export default [
  // What an embedder loads: a small loader that fetches the elements a page uses, the role index,
  // and the roles its cards show, each as a chunk or file of its own.
  {
    input: { 'nhs-role-widgets': 'src/bundle.ts' },
    // The loader exports `discover`; letting it also export what the element chunks share with it
    // keeps those in the loader file rather than in a chunk behind a re-exporting facade.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames,
      // The loader's own imports (the loading and lookup code the elements share) go into the loader
      // file, so it starts loading elements without first waiting for a shared chunk.
      manualChunks: (id) => (/src\/(bundle|loader\/|context\/context-root|data\/(load-bundled|selectors)|shared\/(define-element|warn))/.test(id) || id.includes('@lit/context/lib/context-root') ? 'nhs-role-widgets' : undefined),
    },
    plugins: [roleIds(), nodeResolve(), dataAsJsonParse(), ts(), minify(), roleFiles(), preloadDependencies()],
  },
  // The same as one classic script, for hosts that cannot use modules.
  {
    input: 'src/index.ts',
    output: { file: 'dist/nhs-role-widgets.iife.js', format: 'iife', name: 'NhsRoleWidgets', inlineDynamicImports: true },
    plugins: [nodeResolve(), dataAsJsonParse(), ts(), minify()],
  },
  // The iframe embed: a page that renders one widget from its URL, and the host's resize snippet.
  {
    input: { 'embed-page': 'src/embed/embed-page.ts', 'embed-resize': 'src/embed/embed-resize.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js' },
    plugins: [ts(), minify(), copyEmbedFiles()],
  },
  // For npm users and their bundlers: one module per source file, lit (and, for the React
  // wrappers, react and @lit/react) left to the user's bundler. react/events.ts is an entry so its
  // eventsByTag survives tree-shaking: a Node test compares it with custom-elements.json; widgets.ts
  // is one so the embed builder (demo/builder.js) reads the registry.
  {
    input: [
      'src/index.ts', 'src/data/index.ts', ...components, 'src/react/index.ts', 'src/react/jsx.ts', 'src/react/events.ts',
      'src/widgets.ts', 'src/ssr/index.ts', 'src/ssr/cli.ts',
    ],
    // Server rendering's @lit-labs/ssr and parse5 are optional peers, and node: modules are Node's own.
    external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^react($|\/)/, /^parse5$/, /^node:/],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      // The TypeScript plugin always imports its decorator helper from tslib; npm never packs a
      // folder named node_modules, so the helper's module goes to vendor/ instead.
      entryFileNames: ({ name }) => `${name.replace(/^.*node_modules\//, 'vendor/')}.js`,
    },
    plugins: [roleModulesForBundlers(), data(), ts()],
  },
];
