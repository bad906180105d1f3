// What `npm pack` would publish: what users need (the built JavaScript and its types, the embed
// page, the open data, the editor completion files, custom-elements.json, the dataset's schemas
// and field reference, README, LICENSE,
// CHANGELOG, package.json) and nothing else. Works
// with or without a build: without dist/ it checks the root files and that every packed path is
// allowed; with dist/ it also checks that every export and the one-file scripts are packed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const paths = packed.files.map((file) => file.path);
const built = existsSync('dist/nhs-role-widgets.js');

const ROOT_FILES = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'SECURITY.md', 'custom-elements.json'];
const ALLOWED = [
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|SECURITY\.md|custom-elements\.json)$/,
  /^dist\/.+\.js$/,
  /^dist\/types\/src\/.+\.d\.ts$/,
  /^dist\/(embed\.html|embed\.css|integrity\.json)$/,
  // The dataset's JSON Schemas and field reference, for hosts that supply their own dataset.
  /^data\/schema\/[a-z-]+\.schema\.json$/,
  /^data\/README\.md$/,
  /^dist\/(vscode\.html-custom-data|vscode\.css-custom-data|web-types)\.json$/,
  /^dist\/data\/roles\.(json|csv)$/,
  /^dist\/data\/roles\/[a-z0-9-]+\.json$/,
];
const FORBIDDEN = [/\.map$/, /\.test\./, /\.stories\./, /\.mdx$/, /\.png$/, /^(src|test|stories|demo|docs|scripts|bench|storybook-static|screenshots|\.cache|\.storybook|node_modules)\//, /^data\/(?!schema\/|README\.md$)/, /(^|\/)\.cache\//, /^dist\/types\/(test|stories|scripts)\//, /^dist\/tsc\//];

describe('the npm package', () => {
  it('lists only the built library and the root documents in package.json "files"', () => {
    const files = ['CHANGELOG.md', 'LICENSE', 'README.md', 'SECURITY.md', 'custom-elements.json', 'dist', 'data/schema', 'data/README.md'];
    assert.deepEqual([...pkg.files].sort(), files.sort());
  });

  it('packs the root documents', () => {
    for (const file of ROOT_FILES) assert.ok(paths.includes(file), `${file} is not packed`);
  });

  it('packs nothing users do not need', () => {
    assert.deepEqual(paths.filter((path) => !ALLOWED.some((pattern) => pattern.test(path))), [], 'files outside the allowed patterns');
    assert.deepEqual(paths.filter((path) => FORBIDDEN.some((pattern) => pattern.test(path))), [], 'files that must not be published');
  });

  it('packs every file package.json points to, the one-file scripts, the embed page, the open data and the editor files', { skip: !built && 'no dist/ yet (npm run build)' }, () => {
    const targets = [pkg.main, pkg.types, pkg.customElements, pkg['web-types'], ...Object.values(pkg.bin)];
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
    const expected = [
      ...['nhs-role-widgets.js', 'nhs-role-widgets.iife.js', 'embed.html', 'embed-page.js', 'embed-resize.js', 'embed.css'],
      ...['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json', 'data/roles.json', 'data/roles.csv', 'data/roles/paramedic.json'],
    ].map((file) => `dist/${file}`);
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

describe('package metadata', () => {
  it('has keywords, a homepage and the Node versions it runs on', () => {
    assert.ok(Array.isArray(pkg.keywords) && pkg.keywords.length >= 5, 'keywords');
    for (const word of ['nhs', 'careers', 'web-components', 'lit']) assert.ok(pkg.keywords.includes(word), `keyword ${word}`);
    assert.match(pkg.homepage, /^https:\/\//);
    // Node 20 is the oldest the Node tests and the server rendering run on here.
    assert.equal(pkg.engines.node, '>=20');
    assert.equal(pkg.type, 'module');
  });

  it('points at its repository and issues, or refuses to be published until it does', () => {
    if (pkg.repository || pkg.bugs) {
      assert.match(typeof pkg.repository === 'string' ? pkg.repository : pkg.repository.url, /^(git\+)?https:\/\//);
      assert.match(typeof pkg.bugs === 'string' ? pkg.bugs : pkg.bugs.url, /^https:\/\//);
    }
    assert.equal(pkg.scripts.prepublishOnly, 'node scripts/check-publishable.mjs');
    const check = spawnSync(process.execPath, ['scripts/check-publishable.mjs'], { encoding: 'utf8' });
    if (pkg.repository && pkg.bugs) assert.equal(check.status, 0, check.stderr);
    else {
      assert.equal(check.status, 1);
      assert.match(check.stderr, /package\.json has no repository/);
    }
  });

  it('declares the command line tool and the server-rendering entry, with its optional peers', () => {
    assert.equal(pkg.bin['nhs-role-widgets-prerender'], 'dist/ssr/cli.js');
    assert.deepEqual(pkg.exports['./ssr'], { types: './dist/types/src/ssr/index.d.ts', default: './dist/ssr/index.js' });
    for (const peer of ['@lit-labs/ssr', 'parse5']) {
      assert.ok(pkg.peerDependencies[peer], `${peer} is a peer dependency`);
      assert.equal(pkg.peerDependenciesMeta[peer]?.optional, true, `${peer} is optional`);
    }
  });
});

describe('project documents', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('has a security policy that says how to report, a code of conduct and issue templates', () => {
    assert.match(readFileSync('SECURITY.md', 'utf8'), /## Reporting a problem/);
    assert.match(readFileSync('CODE_OF_CONDUCT.md', 'utf8'), /## Reporting/);
    const templates = readdirSync('.github/ISSUE_TEMPLATE');
    for (const name of ['bug.yml', 'data-error.yml', 'feature.yml']) assert.ok(templates.includes(name), `${name}`);
    // A data error must name the page that shows the right fact.
    assert.match(readFileSync('.github/ISSUE_TEMPLATE/data-error.yml', 'utf8'), /id: source\n\s+attributes:[\s\S]*?required: true/);
  });

  it('keeps a changelog in Keep a Changelog form with one Unreleased section', () => {
    const changelog = readFileSync('CHANGELOG.md', 'utf8');
    assert.match(changelog, /keepachangelog\.com/);
    assert.equal((changelog.match(/^## \[Unreleased\]$/gm) ?? []).length, 1);
    assert.deepEqual((changelog.match(/^## .*$/gm) ?? []).filter((h) => !/^## \[(Unreleased|\d+\.\d+\.\d+)\]( - \d{4}-\d{2}-\d{2})?$/.test(h)), []);
    const kinds = [...changelog.matchAll(/^### (.*)$/gm)].map((match) => match[1]);
    assert.deepEqual(kinds.filter((kind) => !['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'].includes(kind)), []);
  });

  it('links only to files that exist (npm resolves relative links against the repository)', () => {
    const links = [...readme.matchAll(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/g)].map((match) => match[1].split('#')[0]);
    assert.ok(links.length > 0);
    assert.deepEqual(links.filter((link) => !existsSync(link)), []);
  });

  it('says it is ES modules only and which Node versions can require() it', () => {
    assert.match(readme, /\*\*ES modules only\.\*\*/);
    assert.match(readme, /`require\(\)` an ES module without a flag from Node 22\.12 and 20\.19/);
  });

  it('states a versioning, deprecation and browser-support policy, with a browser floor', () => {
    assert.match(readme, /## Versions, deprecations and browsers/);
    assert.match(readme, /\*\*Deprecations\.\*\*/);
    assert.match(readme, /The floor is Chrome and Edge 111, Firefox 121 and Safari\n?\s*16\.2/);
  });
});
