// The release workflows in .github/workflows, which cannot run here: parsed and checked for what
// a release relies on. The site goes to GitHub Pages on each release tag, after a walk of its
// pages; the package goes to npm with provenance on a tag, only after every test has passed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';

const workflow = (name) => parse(readFileSync(`.github/workflows/${name}`, 'utf8'));
/** Every `run` command of a job, in order. */
const runs = (job) => job.steps.filter((s) => s.run).map((s) => s.run);
const stepIndex = (job, test) => job.steps.findIndex(test);
const permissionsOf = (flow, job) => ({ ...flow.permissions, ...job.permissions });

describe('the GitHub Pages workflow', () => {
  const flow = workflow('pages.yml');

  it('runs on each release tag', () => {
    assert.deepEqual(flow.on.push.tags, ['v*']);
    assert.equal(flow.on.push.branches, undefined, 'not on every push');
  });

  it('builds the site, walks it, and uploads site/', () => {
    const { build } = flow.jobs;
    const site = stepIndex(build, (s) => s.run === 'npm run site');
    const walk = stepIndex(build, (s) => s.run?.includes('test/e2e/site.test.mjs'));
    const upload = stepIndex(build, (s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    assert.ok(site >= 0 && site < walk && walk < upload, 'build, then walk, then upload');
    assert.equal(build.steps[upload].with.path, 'site');
    assert.match(build.steps[site].env.SITE_URL, /steps\.pages\.outputs\.base_url/);
    assert.ok(!runs(build).some((r) => /npm ci\b/.test(r)), 'npm ci cannot install this lockfile (README, "Why npm install")');
  });

  it('deploys with only the permissions Pages needs, after the build', () => {
    const { deploy } = flow.jobs;
    assert.equal(deploy.needs, 'build');
    assert.ok(deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
    assert.equal(deploy.environment.name, 'github-pages');
    assert.deepEqual(permissionsOf(flow, deploy), { contents: 'read', pages: 'write', 'id-token': 'write' });
    assert.deepEqual(permissionsOf(flow, flow.jobs.build), { contents: 'read' }, 'the build job cannot write');
  });
});

describe('the npm release workflow', () => {
  const flow = workflow('release.yml');
  const { test, publish } = flow.jobs;

  it('runs on each release tag', () => {
    assert.deepEqual(flow.on.push.tags, ['v*']);
    assert.equal(flow.on.push.branches, undefined);
  });

  it('runs every test first, and publishes only after they pass', () => {
    assert.ok(runs(test).includes('npm test'));
    assert.equal(publish.needs, 'test');
    assert.ok(!runs(publish).some((r) => /npm test|npm ci\b/.test(r)));
  });

  it('publishes with provenance, which needs id-token: write, and nothing more than reading the code', () => {
    const publishRun = runs(publish).find((r) => r.startsWith('npm publish'));
    assert.match(publishRun, /^npm publish --provenance\b/);
    assert.deepEqual(permissionsOf(flow, publish), { contents: 'read', 'id-token': 'write' });
    assert.deepEqual(permissionsOf(flow, test), { contents: 'read' });
    const setup = publish.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    assert.equal(setup.with['registry-url'], 'https://registry.npmjs.org');
    const step = publish.steps.find((s) => s.run === publishRun);
    assert.equal(step.env.NODE_AUTH_TOKEN, '${{ secrets.NPM_TOKEN }}');
  });

  it('builds before publishing, and refuses a tag that does not match package.json', () => {
    const order = runs(publish);
    const check = order.findIndex((r) => r.includes('GITHUB_REF_NAME') && r.includes('package.json'));
    const build = order.indexOf('npm run build');
    const publishing = order.findIndex((r) => r.startsWith('npm publish'));
    assert.ok(check >= 0 && check < build && build < publishing, 'check the tag, build, publish');
    assert.match(order[check], /exit 1/);
  });
});
