import type { Role } from './types.js';

/**
 * One loader per bundled role, for npm users' bundlers, in the order of the bundled role index:
 * `import('./roles/<n>.js')` for the role at position n, which Vite, webpack, Rollup and esbuild
 * each turn into a small chunk of its own, so an app with one card fetches that role's details
 * and no other (as the script tag does with dist/roles/). The files are named by position, not
 * id, because an app carries this table: a number and a bundler's hash per role cost about half
 * what an id would.
 *
 * The table is written by the npm build (rollup.config.mjs, `roleModulesForBundlers`), which also
 * writes dist/data/roles/<n>.js. Here, in the source, and in the script-tag bundles it is empty,
 * and load-bundled.ts finds a role's details another way: the embed bundle from its own
 * dist/roles/ files, the classic script and the tests from the whole dataset.
 */
export const roleModules: readonly (() => Promise<{ default: Role }>)[] = [];
