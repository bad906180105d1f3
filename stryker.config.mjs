// Mutation testing (npm run mutate): StrykerJS changes the source one small way at a time (a
// condition flipped, a bound moved, a string emptied) and runs the Node tests against each change;
// a change no test notices ("survived") is behaviour nothing checks. Not part of `npm test`: a run
// takes many minutes on 2 cores. scripts/mutate.mjs runs this and writes test/mutation-report.md.
// The components' mode (npm run mutate:components) is stryker.components.config.mjs.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // node:test has no Stryker runner, and one process per test file per mutant (the tap runner)
  // took hours here, so Stryker runs the same test files in process through Vitest, which also
  // tells it which tests reach each mutant (vitest.stryker.config.mjs maps node:test onto Vitest).
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.stryker.config.mjs' },
  mutate: [
    'src/data/**/*.ts',
    'src/shared/**/*.ts',
    // The base element is a LitElement that needs a browser: the components' mode covers it.
    '!src/shared/nhs-element.ts',
    'src/loader/**/*.ts',
    'scripts/validate-data.mjs',
  ],
  // Per test: a mutant runs only the tests that reached it.
  coverageAnalysis: 'perTest',
  // A mutant in code that runs when a module loads (a constant, a table, a regular expression at
  // the top of a file) reaches every test, so each would rerun the whole suite: too slow here. They
  // are left out and counted as ignored in the report.
  ignoreStatic: true,
  // The machine is shared: two workers at most.
  concurrency: 2,
  // Results of unchanged code and tests are reused from the last run (reports/, kept out of git).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  // The sandbox gets only what the Node tests read; node_modules is linked, never copied.
  ignorePatterns: ['/*', '!/src', '!/scripts', '!/test', '/test/*', '!/test/node', '!/test/fixtures', '!/data', '!/package.json', '!/tsconfig.json', '!/vitest.stryker.config.mjs'],
  symlinkNodeModules: true,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  timeoutMS: 10000,
  thresholds: { high: 90, low: 80, break: null },
};
