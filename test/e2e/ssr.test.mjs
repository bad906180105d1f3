// Server rendering, on the built package: every entry point imports in Node without a DOM;
// nhs-role-widgets/ssr and its CLI write ready-made copies; a page rendered ahead of time
// upgrades in Chromium without a change to what the reader sees and without moving.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const componentEntries = readdirSync('dist/components').flatMap((folder) =>
  readdirSync(`dist/components/${folder}`).filter((file) => file.endsWith('.js')).map((file) => `nhs-role-widgets/components/${folder}/${file}`),
);
const entries = [
  ...Object.keys(pkg.exports)
    .filter((key) => !key.includes('*') && !key.endsWith('.json'))
    .map((key) => `nhs-role-widgets${key.slice(1)}`),
  ...componentEntries,
];

/** Runs ES module code in a fresh Node process, as a package user's build would. */
const runModule = (code) => spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });

describe('every entry point in Node', () => {
  it('lists the entry points the package exports', () => {
    assert.ok(entries.includes('nhs-role-widgets') && entries.includes('nhs-role-widgets/ssr') && entries.includes('nhs-role-widgets/react'));
    assert.ok(componentEntries.includes('nhs-role-widgets/components/role-card/role-card.js'));
  });

  for (const entry of entries) {
    it(`imports ${entry} without a DOM`, () => {
      const { status, stderr } = runModule(
        `await import(${JSON.stringify(entry)});
         if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('a DOM global was left behind');`,
      );
      assert.equal(status, 0, stderr);
    });
  }
});

const CARD = '<nhs-role-card role-id="paramedic" variant="full"><a href="https://www.healthcareers.nhs.uk/">Paramedic</a></nhs-role-card>';

describe('nhs-role-widgets/ssr', () => {
  let ssr;
  before(async () => {
    ssr = await import('nhs-role-widgets/ssr');
  });

  it('renders a card\'s ready-made copy, its content and styles, without Lit\'s markers', async () => {
    const copy = await ssr.prerender('nhs-role-card', { 'role-id': 'paramedic', variant: 'full', 'heading-level': 2 });
    assert.match(copy, /^<template shadowrootmode="open"><style>:host\{/);
    assert.match(copy, /<h2 part="heading"[^>]*>Paramedic<\/h2>/);
    assert.match(copy, /What the work involves/);
    assert.doesNotMatch(copy, /lit-part|lit-node|shadowroot="open"/);
  });

  it('renders Welsh, a provider\'s settings and a host\'s dataset', async () => {
    const welsh = await ssr.prerender('nhs-role-card', { 'role-id': 'paramedic', lang: 'cy' });
    assert.match(welsh, /Ffyrdd i mewn/);
    const provided = await ssr.prerender('nhs-role-card', { 'role-id': 'paramedic' }, { provider: { 'heading-level': '5', 'link-base': '/jobs/{id}' } });
    assert.match(provided, /<h5 /);
    assert.match(provided, /href="\/jobs\/paramedic"/);
    const { dataset } = await import('nhs-role-widgets/data');
    const own = { roles: [{ ...dataset.roles.find((r) => r.id === 'paramedic'), id: 'our-paramedic', title: 'Paramedic (our trust)' }] };
    assert.match(await ssr.prerender('nhs-role-card', { 'role-id': 'our-paramedic' }, { dataset: own }), />Paramedic \(our trust\)</);
    await assert.rejects(ssr.prerender('nhs-role-card', { 'role-id': 'x' }, { dataset: { roles: [] } }), /the dataset cannot be used: it has no "roles" list/);
  });

  it('refuses a tag that is not a widget and an attribute name that could break out of the tag', async () => {
    await assert.rejects(ssr.prerender('script', {}), /<script> is not a widget/);
    await assert.rejects(ssr.prerender('nhs-role-card', { 'a><script>': 'x' }), TypeError);
    const copy = await ssr.prerender('nhs-role-card', { 'role-id': '"><script>alert(1)</script>' });
    assert.doesNotMatch(copy, /<script>/);
  });

  it('writes a copy into every widget of a page, keeps their content, and adds nothing on a second run', async () => {
    const page = `<!doctype html><html lang="en"><body><h1>Careers</h1>${CARD}<nhs-category-grid heading-level="2"></nhs-category-grid></body></html>`;
    const once = await ssr.renderToString(page);
    assert.equal((once.match(/<template shadowrootmode="open">/g) ?? []).length >= 2, true);
    assert.ok(once.includes('<nhs-role-card role-id="paramedic" variant="full"><template shadowrootmode="open">'));
    assert.ok(once.includes('</template><a href="https://www.healthcareers.nhs.uk/">Paramedic</a></nhs-role-card>'));
    assert.equal(await ssr.renderToString(once), once);
  });
});

describe('nhs-role-widgets-prerender', () => {
  const cli = join('dist', pkg.bin['nhs-role-widgets-prerender'].replace(/^dist\//, ''));
  const folder = mkdtempSync(join(tmpdir(), 'nhs-prerender-'));

  it('rewrites pages in place and says what it added', () => {
    const file = join(folder, 'index.html');
    writeFileSync(file, `<main>${CARD}</main>`);
    const { status, stderr } = spawnSync(process.execPath, [cli, file], { encoding: 'utf8' });
    assert.equal(status, 0, stderr);
    assert.match(stderr, /index\.html: \d+\.\d KB of ready-made copies added/);
    assert.match(readFileSync(file, 'utf8'), /<nhs-role-card role-id="paramedic" variant="full"><template shadowrootmode="open">/);
    const again = spawnSync(process.execPath, [cli, file], { encoding: 'utf8' });
    assert.match(again.stderr, /nothing to add/);
  });

  it('reads standard input and writes standard output', () => {
    const out = execFileSync(process.execPath, [cli], { input: CARD, encoding: 'utf8' });
    assert.match(out, /^<nhs-role-card role-id="paramedic" variant="full"><template shadowrootmode="open">/);
  });

  it('stops with a message and exit code 1 on a dataset it cannot use', () => {
    const dataset = join(folder, 'bad.json');
    writeFileSync(dataset, '{"roles": "none"}');
    const { status, stderr } = spawnSync(process.execPath, [cli, '--dataset', dataset], { input: CARD, encoding: 'utf8' });
    assert.equal(status, 1);
    assert.match(stderr, /the dataset cannot be used/);
  });
});

describe('a page rendered ahead of time, in Chromium', () => {
  let server;
  let browser;
  before(async () => {
    server = await startStaticServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the widgets before the script and upgrades them without a change or a layout shift', async () => {
    const { renderToString } = await import('nhs-role-widgets/ssr');
    const html = await renderToString(
      `<!doctype html><html lang="en"><head><title>Careers</title></head><body><main><h1>Careers</h1>${CARD}
       <nhs-category-grid heading-level="2"></nhs-category-grid><p id="after">After the widgets</p></main>
       <script type="module" src="/dist/nhs-role-widgets.js"></script></body></html>`,
    );
    const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(`${server.url}/prerendered.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.route(`${server.url}/dist/nhs-role-widgets.js`, async (route) => {
      await held;
      await route.continue();
    });
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
    });
    const look = () =>
      page.evaluate(() =>
        ['nhs-role-card', 'nhs-category-grid', '#after'].map((selector) => {
          const element = document.querySelector(selector);
          const { top, height } = element.getBoundingClientRect();
          const root = element.shadowRoot ?? element;
          // What the reader sees: the text of everything but the copy's <style>.
          const text = [...root.childNodes].filter((node) => (node.nodeType === Node.ELEMENT_NODE && node.localName !== 'style') || node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('');
          return { selector, top, height, text: text.replace(/\s+/g, ' ').trim() };
        }),
      );
    // A module script holds DOMContentLoaded back, so the page is read as soon as it has been parsed.
    await page.goto(`${server.url}/prerendered.html`, { waitUntil: 'commit' });
    await page.waitForSelector('#after', { state: 'attached' });
    await page.waitForTimeout(200);
    const before = await look();
    assert.equal(await page.evaluate(() => customElements.get('nhs-role-card')), undefined, 'the script has not run yet');
    assert.match(before[0].text, /Paramedic.*What the work involves/);
    release();
    await page.waitForFunction(() => customElements.get('nhs-role-card') && customElements.get('nhs-category-grid'));
    await page.waitForFunction(() => !document.querySelector('nhs-role-card').shadowRoot.querySelector('style, [aria-busy]'));
    await page.waitForTimeout(300);
    assert.deepEqual(await look(), before);
    assert.deepEqual(await page.evaluate(() => window.shifts), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
