// npm run mutate:components [-- <component>]: mutation testing of the components and the base
// element with the Chromium unit tests. Much slower than `npm run mutate` (each mutant rebuilds
// nothing but reruns the web-test-runner suite in Chromium, about 30 s), so narrow it to one
// component: `npm run mutate:components -- role-card` mutates src/components/role-card and runs
// test/unit/role-card.test.ts only. Stryker's command runner cannot tell which tests reach a
// mutant, so every mutant runs the whole chosen command.
const component = process.env.NHS_MUTATE_COMPONENT;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'command',
  commandRunner: {
    command: `BROWSERS=chromium node scripts/test-browsers.mjs${component ? ` --files test/unit/${component}.test.ts` : ''}`,
  },
  mutate: component
    ? [`src/components/${component}/**/*.ts`]
    : ['src/components/**/*.ts', 'src/shared/nhs-element.ts', 'src/context/**/*.ts'],
  coverageAnalysis: 'off',
  // One worker: each one starts its own Chromium.
  concurrency: 1,
  // The unit tests need the sources, fixtures, helpers, data and the test runner's config.
  ignorePatterns: ['/dist', '/storybook-static', '/screenshots', '/.cache', '/bench', '/demo', '/examples', '/docs', '/reports'],
  symlinkNodeModules: true,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation-components.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  timeoutMS: 120000,
  thresholds: { high: 90, low: 80, break: null },
};
