// End to end: the built bundle in a plain page, as an embedder pastes it; and the data module in Node.
// Needs `npm run build` first (npm test runs it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { collectErrors, afterTwoFrames } from './axe-page.mjs';

const page = (script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Embed test</title>${script}</head>
<body><nhs-role-card role-id="biomedical-scientist"><a href="https://www.healthcareers.nhs.uk/">Biomedical scientist</a></nhs-role-card>
<nhs-role-card role-id="no-such-role"></nhs-role-card></body></html>`;

describe('the built bundle in a plain HTML page', () => {
  let server;
  let browser;
  before(async () => {
    server = await startStaticServer({
      routes: {
        '/module.html': { body: page('<script type="module" src="/dist/nhs-role-widgets.js"></script>') },
        '/classic.html': { body: page('<script src="/dist/nhs-role-widgets.iife.js"></script>') },
        '/twice.html': {
          body: page('<script src="/dist/nhs-role-widgets.iife.js"></script><script src="/dist/nhs-role-widgets.iife.js?again"></script><script type="module" src="/dist/nhs-role-widgets.js"></script>'),
        },
        '/two-versions.html': { body: page('<script src="/dist/nhs-role-widgets.iife.js"></script><script src="/other-version/nhs-role-widgets.iife.js"></script>') },
        // Another release of the library, as a second embed snippet on the same page might load it.
        '/other-version/nhs-role-widgets.iife.js': {
          type: 'text/javascript',
          body: readFileSync('dist/nhs-role-widgets.iife.js', 'utf8').replace(/"0\.1\.0"/g, '"9.9.9"'),
        },
        '/prefetch.html': {
          body: '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>Prefetch</title><script type="module" src="/dist/nhs-role-widgets.js"></script></head><body><main><nhs-role-card role-id="paramedic"></nhs-role-card><nhs-entry-routes role="porter"></nhs-entry-routes></main></body></html>',
        },
        '/print.html': {
          body: '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>Print</title><script type="module" src="/dist/nhs-role-widgets.js"></script></head><body><nhs-category-grid categories="midwifery"></nhs-category-grid></body></html>',
        },
      },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [kind, path] of [['ES module', '/module.html'], ['classic script', '/classic.html']]) {
    it(`renders a role card from one ${kind} tag, with no page errors`, async () => {
      const tab = await browser.newPage();
      const problems = collectErrors(tab);
      const warnings = [];
      tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
      await tab.goto(`${server.url}${path}`);
      const card = tab.locator('nhs-role-card[role-id="biomedical-scientist"]');
      await card.getByRole('heading', { name: 'Biomedical scientist' }).waitFor();
      const text = await card.evaluate((element) => element.shadowRoot.textContent.replace(/\s+/g, ' '));
      assert.match(text, /Healthcare science/);
      assert.match(text, /samples of blood/);
      assert.match(text, /Ways in/);
      const href = await card.getByRole('link', { name: /Find out more about Biomedical scientist/ }).getAttribute('href');
      assert.match(href, /^https:\/\/www\.healthcareers\.nhs\.uk\/explore-roles\/healthcare-science\//);
      const unknown = tab.locator('nhs-role-card[role-id="no-such-role"]');
      await unknown.getByText('We could not find the NHS role “no-such-role”.').waitFor();
      assert.deepEqual(problems, []);
      assert.equal(warnings.filter((w) => w.includes('no-such-role')).length, 1);
      await tab.close();
    });
  }

  for (const [what, path, versions] of [
    ['the script loaded twice (and the module version too)', '/twice.html', ['0.1.0', '0.1.0']],
    ['two versions on one page', '/two-versions.html', ['0.1.0', '9.9.9']],
  ]) {
    it(`keeps the first definition and warns once with ${what}`, async () => {
      const tab = await browser.newPage();
      const errors = [];
      const warnings = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      tab.on('console', (message) => message.type() === 'warning' && message.text().includes('already on this page') && warnings.push(message.text()));
      await tab.goto(`${server.url}${path}`);
      await tab.locator('nhs-role-card[role-id="biomedical-scientist"]').getByRole('heading', { name: 'Biomedical scientist' }).waitFor();
      // Both copies have run once the page has no requests left (the second may load after the card).
      await tab.waitForLoadState('networkidle');
      assert.deepEqual(errors, []);
      assert.equal(warnings.length, 1, warnings.join('\n'));
      assert.match(warnings[0], new RegExp(`version ${versions[0]} is already on this page, so version ${versions[1]}`));
      await tab.close();
    });
  }

  it('loads the role that role-id (or the deprecated role) names before the first frame', async () => {
    const tab = await browser.newPage();
    const warnings = [];
    tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    // Before the loader runs: note whether each widget's first render still waits for its role.
    await tab.addInitScript(() => {
      window.firstFrames = {};
      for (const tag of ['nhs-role-card', 'nhs-entry-routes']) {
        customElements.whenDefined(tag).then(async () => {
          const element = document.querySelector(tag);
          await element.updateComplete;
          window.firstFrames[tag] = element.shadowRoot.querySelector('[aria-busy="true"]') ? 'waiting' : 'complete';
        });
      }
    });
    await tab.goto(`${server.url}/prefetch.html`);
    await tab.waitForFunction(() => Object.keys(window.firstFrames).length === 2);
    assert.deepEqual(await tab.evaluate(() => window.firstFrames), { 'nhs-role-card': 'complete', 'nhs-entry-routes': 'complete' });
    await tab.locator('nhs-entry-routes').getByRole('heading', { name: 'Ways into Porter' }).waitFor();
    assert.equal(warnings.filter((w) => w.includes('role-id=')).length, 1, warnings.join('\n'));
    await tab.close();
  });

  it('prints closed categories with their role lists showing', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/print.html`);
    const grid = tab.locator('nhs-category-grid');
    await grid.getByRole('heading', { name: 'Midwifery' }).waitFor();
    const hiddenOnScreen = await grid.locator('.panel').first().isVisible();
    await tab.emulateMedia({ media: 'print' });
    // The grid renders closed categories' role lists when the page turns to print.
    await grid.getByText('Maternity support worker').waitFor();
    const shownInPrint = await grid.locator('.panel').first().isVisible();
    assert.equal(hiddenOnScreen, false);
    assert.equal(shownInPrint, true);
    await tab.close();
  });

  // The widgets are defined only once their code and data are both in, so their first frame is their
  // finished content: the page moves at most once (from the host's reserved space to the widget).
  // The council article carries a ready-made copy of its card (scripts/prerender-demo.mjs), so it
  // must not move at all, even on a slow connection where the script arrives long after the first paint.
  for (const [demo, most] of [['/demo/council-article.html', 0], ['/demo/school-page.html', 1]]) {
    it(`moves ${demo} at most ${most === 0 ? 'not at all' : 'once'} while the widgets load`, async () => {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 });
      await tab.addInitScript(() => {
        window.shifts = [];
        new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
      });
      await tab.goto(`${server.url}${demo}`, { waitUntil: 'networkidle' });
      await tab.waitForFunction(() => [...document.querySelectorAll(':not(:defined)')].every((e) => !e.localName.startsWith('nhs-')));
      await afterTwoFrames(tab);
      const shifts = await tab.evaluate(() => window.shifts);
      assert.ok(shifts.length <= most, `the page moved ${shifts.length} times: ${shifts.join(', ')}; if a ready-made copy is out of date, run node scripts/prerender-demo.mjs`);
      await context.close();
    });
  }

  it('loads nothing but its own files', async () => {
    const tab = await browser.newPage();
    const requests = [];
    tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await tab.goto(`${server.url}/module.html`);
    await tab.locator('nhs-role-card').first().getByRole('heading').waitFor();
    assert.deepEqual(
      requests.filter((path) => path !== '/module.html' && !path.startsWith('/dist/')),
      [],
    );
    await tab.close();
  });
});

describe('nhs-role-widgets/data in Node', () => {
  it('imports without a DOM and answers queries', async () => {
    const data = await import('../../dist/data/index.js');
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(data.categories.length, 14);
    assert.equal(data.getRole('medical-physicist').title, 'Medical physicist');
    assert.equal(data.searchRoles('biomedical scientists')[0].id, 'biomedical-scientist');
  });
});
