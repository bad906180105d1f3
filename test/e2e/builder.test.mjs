// The embed builder: options update the preview and the snippet, and the snippet pasted into a
// blank page renders the same widget (with its integrity hash checked by the browser).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer, withLocalDist } from '../../scripts/static-server.mjs';

describe('the embed builder', () => {
  /** A blank page with the snippet pasted in, the CDN address pointing at this server's copy of dist/. */
  const pastedPage = (snippet) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Pasted</title></head><body><h1>A page</h1>${withLocalDist(snippet, server.url)}<p id="below">Text below the widget.</p></body></html>`;
  let server;
  let browser;
  const routes = {};
  before(async () => {
    server = await startStaticServer({ routes });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('updates the preview and the snippet as options change, and the snippet works when pasted', async () => {
    const { integrity, version } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/demo/builder.html`);
    await page.locator('body[data-ready="true"]').waitFor();

    await page.getByLabel('Role', { exact: true }).selectOption('dental-nurse');
    await page.getByLabel('Everything, for an article about this role').check();
    await page.getByLabel('Cymraeg').check();
    const preview = page.locator('#preview nhs-role-card');
    await preview.getByRole('heading', { name: 'Dental nurse' }).waitFor();
    await preview.getByText('Ffyrdd i mewn').waitFor();

    const snippet = await page.locator('#snippet').inputValue();
    assert.match(snippet, /<nhs-role-card role-id="dental-nurse" variant="full" heading-level="3" lang="cy">/);
    assert.ok(snippet.includes(`<script type="module" src="https://cdn.jsdelivr.net/npm/nhs-role-widgets@${version}/dist/nhs-role-widgets.js"`), 'pinned version');
    assert.ok(snippet.includes(`integrity="${integrity['nhs-role-widgets.js']}"`), 'integrity hash');
    assert.match(snippet, /<a href="https:\/\/www\.healthcareers\.nhs\.uk\/[^"]+">Dental nurse on NHS Health Careers<\/a>/);

    // Pasted into a blank page, with the CDN address pointing at this server's copy of dist/.
    routes['/pasted.html'] = { body: pastedPage(snippet) };
    const pasted = await browser.newPage();
    const pastedErrors = [];
    pasted.on('pageerror', (error) => pastedErrors.push(error.message));
    pasted.on('console', (message) => message.type() === 'error' && pastedErrors.push(message.text()));
    await pasted.goto(`${server.url}/pasted.html`);
    const card = pasted.locator('nhs-role-card');
    await card.getByRole('heading', { name: 'Dental nurse' }).waitFor();
    await card.getByText('Ffyrdd i mewn').waitFor();
    await card.getByText('What the work involves').count().then((n) => assert.equal(n, 0));
    assert.deepEqual(pastedErrors, []);
    await pasted.close();

    // Other widgets, and the iframe form.
    await page.getByLabel('What to show').selectOption('category-grid');
    await page.locator('#preview nhs-category-grid').getByRole('heading', { name: 'Nyrsio' }).waitFor();
    assert.match(await page.locator('#snippet').inputValue(), /<nhs-category-grid heading-level="3" lang="cy">/);
    await page.getByLabel('Only lets me add iframes').check();
    const frame = await page.locator('#snippet').inputValue();
    assert.match(frame, /<iframe title="NHS careers information"[^>]*src="http:\/\/127\.0\.0\.1:\d+\/dist\/embed\.html\?widget=category-grid&amp;heading-level=3&amp;lang=cy"/);
    // Whose pay: a nation goes into the snippet and the iframe address alike.
    await page.getByLabel('Pay figures for').selectOption('scotland');
    assert.match(await page.locator('#snippet').inputValue(), /embed\.html\?widget=category-grid&amp;heading-level=3&amp;nation=scotland&amp;lang=cy"/);
    assert.ok(frame.includes(`integrity="${integrity['embed-resize.js']}"`));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('offers the one-file script, and a ready-made copy that shows without JavaScript and does not move the page', async () => {
    const { integrity } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
    const page = await browser.newPage();
    await page.goto(`${server.url}/demo/builder.html`);
    await page.locator('body[data-ready="true"]').waitFor();
    await page.getByLabel('Everything, for an article about this role').check();
    await page.getByLabel('One larger file').check();
    await page.getByLabel('Include a ready-made copy').check();
    await page.locator('#snippet[data-ready="true"]').waitFor();
    await page.waitForFunction(() => document.querySelector('#snippet').value.includes('shadowrootmode'));
    const snippet = await page.locator('#snippet').inputValue();
    assert.ok(snippet.includes(`integrity="${integrity['nhs-role-widgets.iife.js']}"`), 'the one-file script, with its hash');
    assert.match(snippet, /<nhs-role-card role-id="paramedic" variant="full" heading-level="3"><template shadowrootmode="open"><style>/);
    await page.close();

    for (const loading of ['one file', 'parts']) {
      const pasted = loading === 'one file' ? snippet : snippet.replace(/<script [^>]*><\/script>/, `<script type="module" src="https://cdn.jsdelivr.net/npm/nhs-role-widgets@0/dist/nhs-role-widgets.js"></script>`);
      routes['/ready-made.html'] = { body: pastedPage(pasted) };
      // Without JavaScript the copy is the widget: a reader sees the whole card.
      const off = await browser.newContext({ javaScriptEnabled: false });
      const still = await off.newPage();
      await still.goto(`${server.url}/ready-made.html`);
      await still.locator('nhs-role-card').getByRole('heading', { name: 'Paramedic' }).waitFor();
      assert.equal(await still.locator('nhs-role-card').getByText('What the work involves').count(), 1);
      await off.close();

      // With JavaScript on a slow connection, the widget takes over from the copy without moving anything.
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 });
      const errors = [];
      tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await tab.addInitScript(() => {
        window.shifts = [];
        new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
      });
      await tab.goto(`${server.url}/ready-made.html`);
      await tab.waitForFunction(() => customElements.get('nhs-role-card') && document.querySelector('nhs-role-card').shadowRoot.adoptedStyleSheets.length > 0);
      await tab.waitForTimeout(300);
      const card = tab.locator('nhs-role-card');
      assert.equal(await card.getByRole('heading', { name: 'Paramedic' }).count(), 1, `${loading}: one card, not the copy and the card`);
      assert.equal(await tab.evaluate(() => document.querySelector('nhs-role-card').shadowRoot.querySelector('template, style')), null, `${loading}: the copy is gone`);
      assert.deepEqual(await tab.evaluate(() => window.shifts), [], `${loading}: the page moved`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
});
