// The embed builder: options update the preview and the snippet, and the snippet pasted into a
// blank page renders the same widget (with its integrity hash checked by the browser).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

describe('the embed builder', () => {
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
    assert.match(snippet, /<nhs-role-card role="dental-nurse" variant="full" heading-level="3" lang="cy">/);
    assert.ok(snippet.includes(`nhs-role-widgets@${version}/dist/nhs-role-widgets.iife.js`), 'pinned version');
    assert.ok(snippet.includes(`integrity="${integrity['nhs-role-widgets.iife.js']}"`), 'integrity hash');
    assert.match(snippet, /<a href="https:\/\/www\.healthcareers\.nhs\.uk\/[^"]+">Dental nurse on NHS Health Careers<\/a>/);

    // Pasted into a blank page, with the CDN address pointing at this server's copy of dist/.
    routes['/pasted.html'] = {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${snippet.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/nhs-role-widgets@[^/]+\/dist\//g, `${server.url}/dist/`)}</body></html>`,
    };
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
    assert.ok(frame.includes(`integrity="${integrity['embed-resize.js']}"`));
    assert.deepEqual(errors, []);
    await page.close();
  });
});
