// Mutation testing (npm run mutate): StrykerJS changes the source one small way at a time (a
// condition flipped, a bound moved, a string emptied) and runs the Node tests against each change;
// a change no test notices ("survived") is behaviour nothing checks. Not part of `npm test`: a run
// takes minutes on 2 cores. scripts/mutate.mjs runs this and writes test/mutation-report.md.
// The components' mode (npm run mutate:components) is stryker.components.config.mjs.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'tap',
  plugins: ['@stryker-mutator/tap-runner'],
  // Each test file runs in its own `node --import tsx` process (node:test prints TAP when piped).
  tap: {
    // package-contents runs `npm pack` and reaches no mutated code.
    testFiles: ['test/node/!(package-contents).test.@(ts|mjs)'],
    nodeArgs: ['--import', 'tsx', '--require', '{{hookFile}}'],
  },
  mutate: [
    'src/data/**/*.ts',
    'src/shared/**/*.ts',
    // The base element is a LitElement that needs a browser: the components' mode covers it.
    '!src/shared/nhs-element.ts',
    'src/loader/**/*.ts',
    'scripts/validate-data.mjs',
  ],
  // Per test file: a mutant runs only the files whose tests reached it.
  coverageAnalysis: 'perTest',
  // The machine is shared; 2 workers keep a run near 10 minutes without starving others.
  concurrency: 2,
  // Results of unchanged code and tests are reused from the last run (reports/, kept out of git).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // The sandbox gets only what the Node tests read; node_modules is linked, never copied.
  ignorePatterns: ['/*', '!/src', '!/scripts', '!/test', '/test/*', '!/test/node', '!/test/fixtures', '!/data', '!/package.json', '!/tsconfig.json'],
  symlinkNodeModules: true,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  timeoutMS: 10000,
  thresholds: { high: 90, low: 80, break: null },
};
