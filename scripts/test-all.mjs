#!/usr/bin/env node
// Everything `npm test` checks, in order, with a summary at the end. A failing step does not
// stop the others (so one run shows every problem), except that steps needing the build skip
// when the build fails.
import { spawnSync } from 'node:child_process';

const steps = [
  { name: 'type check', command: 'npx tsc --noEmit -p tsconfig.json' },
  { name: 'eslint', command: 'npx eslint .' },
  // Two rules are off. no-missing-import cannot see tags registered by a component's define file
  // through defineElement() (the unit tests prove each define file registers what its templates
  // use); no-invalid-css knows no container queries, which the compare table relies on.
  { name: 'lit-analyzer (templates)', command: 'npm run --silent lint:templates' },
  { name: 'data validation', command: 'node scripts/validate-data.mjs --min-roles 350' },
  { name: 'Node tests (data module, validator, loader, widget registry, package, open data, editor data, workflows)', command: 'npm run --silent test:node' },
  { name: 'build', command: 'npm run build --silent', produces: 'build' },
  { name: 'custom-elements.json is current', command: 'node scripts/check-manifest.mjs' },
  // The package as npm users get it: exports, types and files (ESM only, so CommonJS resolution is not asked for).
  { name: 'package checks (publint, arethetypeswrong)', command: 'npx publint --strict && npx attw --pack . --profile esm-only', needs: 'build' },
  { name: 'unit tests (Chromium, Firefox ESR, WebKitGTK)', command: 'node scripts/test-browsers.mjs' },
  // Storybook is built once, here: the static site (npm run site) copies this build rather than
  // making its own, and the end-to-end tests walk that site (test/e2e/site.test.mjs).
  { name: 'storybook build', command: 'npx storybook build --quiet -o storybook-static', needs: 'build', produces: 'storybook' },
  { name: 'static site (npm run site)', command: 'npm run --silent site', needs: ['build', 'storybook'], produces: 'site' },
  { name: 'end-to-end tests (built bundle, static site)', command: 'node --test test/e2e/', needs: ['build', 'site'] },
  // The examples/ apps (plain HTML, React 19, React 18 wrappers, Vue, Angular) built by vite and run
  // in Chromium, and the TypeScript typings for them, against the built package.
  { name: 'framework examples and typings', command: 'node --test test/frameworks/', needs: 'build' },
  { name: 'storybook smoke test (every story, axe)', command: 'node --test test/storybook/', needs: 'storybook' },
];

const results = [];
const failedProducts = new Set();
for (const step of steps) {
  if ([step.needs ?? []].flat().some((product) => failedProducts.has(product))) {
    results.push({ ...step, status: 'skipped', seconds: 0 });
    continue;
  }
  console.log(`\n━━ ${step.name}: ${step.command}`);
  const started = Date.now();
  const { status } = spawnSync(step.command, { shell: true, stdio: 'inherit' });
  const seconds = (Date.now() - started) / 1000;
  results.push({ ...step, status: status === 0 ? 'passed' : 'failed', seconds });
  if (status !== 0 && step.produces) failedProducts.add(step.produces);
}

console.log('\n━━ summary');
for (const r of results) console.log(`  ${r.status === 'passed' ? '✓' : r.status === 'failed' ? '✗' : '-'} ${r.name} (${r.seconds.toFixed(1)} s)`);
const count = (status) => results.filter((r) => r.status === status).length;
console.log(`test steps: ${count('passed')} passed, ${count('failed')} failed${count('skipped') ? `, ${count('skipped')} skipped` : ''}`);
process.exit(count('failed') + count('skipped') > 0 ? 1 : 0);
