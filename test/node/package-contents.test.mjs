// What `npm pack` would publish: what users need (the built JavaScript and its types, the embed
// page, custom-elements.json, the dataset's schemas and field reference, README, LICENSE,
// CHANGELOG, package.json) and nothing else. Works
// with or without a build: without dist/ it checks the root files and that every packed path is
// allowed; with dist/ it also checks that every export and the one-file scripts are packed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const paths = packed.files.map((file) => file.path);
const built = existsSync('dist/nhs-role-widgets.js');

const ROOT_FILES = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json'];
const ALLOWED = [
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json)$/,
  /^dist\/.+\.js$/,
  /^dist\/types\/src\/.+\.d\.ts$/,
  /^dist\/(embed\.html|embed\.css|integrity\.json)$/,
  // The dataset's JSON Schemas and field reference, for hosts that supply their own dataset.
  /^data\/schema\/[a-z-]+\.schema\.json$/,
  /^data\/README\.md$/,
];
const FORBIDDEN = [/\.map$/, /\.test\./, /\.stories\./, /\.mdx$/, /\.png$/, /^(src|test|stories|demo|docs|scripts|bench|storybook-static|screenshots|\.cache|\.storybook|node_modules)\//, /^data\/(?!schema\/|README\.md$)/, /(^|\/)\.cache\//, /^dist\/types\/(test|stories|scripts)\//, /^dist\/tsc\//];

describe('the npm package', () => {
  it('lists only the built library and the root documents in package.json "files"', () => {
    const files = ['CHANGELOG.md', 'LICENSE', 'README.md', 'custom-elements.json', 'dist', 'data/schema', 'data/README.md'];
    assert.deepEqual([...pkg.files].sort(), files.sort());
  });

  it('packs the root documents', () => {
    for (const file of ROOT_FILES) assert.ok(paths.includes(file), `${file} is not packed`);
  });

  it('packs nothing users do not need', () => {
    assert.deepEqual(paths.filter((path) => !ALLOWED.some((pattern) => pattern.test(path))), [], 'files outside the allowed patterns');
    assert.deepEqual(paths.filter((path) => FORBIDDEN.some((pattern) => pattern.test(path))), [], 'files that must not be published');
  });

  it('packs every file package.json points to, the one-file scripts and the embed page', { skip: !built && 'no dist/ yet (npm run build)' }, () => {
    const targets = [pkg.main, pkg.types, pkg.customElements];
    for (const entry of Object.values(pkg.exports)) {
      if (typeof entry === 'string') targets.push(entry);
      else targets.push(...Object.values(entry));
    }
    const expanded = targets.flatMap((target) => {
      const path = target.replace(/^\.\//, '');
      if (!path.includes('*')) return [path];
      // A subpath pattern: at least one packed file must match it.
      const pattern = new RegExp(`^${path.replace(/[.]/g, '\\.').replace('*', '.+')}$`);
      const matches = paths.filter((p) => pattern.test(p));
      assert.ok(matches.length > 0, `nothing packed matches ${target}`);
      return matches;
    });
    // The schema of a whole dataset, which a host's dataset for the provider can be checked against.
    assert.ok(paths.includes('data/schema/dataset.schema.json'), 'the dataset schema is not packed');
    assert.ok(paths.includes('data/README.md'), 'the field reference is not packed');
    const expected = ['nhs-role-widgets.js', 'nhs-role-widgets.iife.js', 'embed.html', 'embed-page.js', 'embed-resize.js', 'embed.css'].map((file) => `dist/${file}`);
    for (const path of [...expanded, ...expected]) assert.ok(paths.includes(path), `${path} is not packed`);
    assert.ok(paths.some((path) => path.startsWith('dist/chunks/')), 'the bundle\'s chunks are not packed');
  });
});

describe('licences', () => {
  const readme = readFileSync('README.md', 'utf8');
  it('states the code licence in package.json, LICENSE and the README', () => {
    assert.equal(pkg.license, 'MIT');
    assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License\n/);
    assert.match(readme, /Code: MIT licence\./);
  });

  it('states the licence of the written content and who owns the facts', () => {
    assert.match(readme, /Written descriptions: the same licence; facts belong to their sources\./);
  });
});
