// The "Embed on your site" docs page of the built Storybook, and the embed builder it links to
// (Storybook serves demo/ and dist/ beside its own files). Needs `npm run build`, then
// `storybook build` (npm test runs both).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer, withLocalDist } from '../../scripts/static-server.mjs';
import { axeViolations, collectErrors } from '../e2e/axe-page.mjs';

describe('the Storybook page "Embed on your site"', () => {
  let server;
  let browser;
  before(async () => {
    server = await startStaticServer({ root: 'storybook-static', index: '/index.html' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('explains the three ways and opens the builder, which previews a widget and makes both snippets', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(`${server.url}/iframe.html?id=embed-on-your-site--docs&viewMode=docs`);
    const docs = page.locator('#storybook-docs');
    await docs.getByRole('heading', { name: 'Embed on your site', level: 1 }).waitFor();
    for (const way of ['1. A script snippet (most websites)', '2. An iframe (sites that allow no scripts)', '3. npm (developers)']) {
      assert.equal(await docs.getByRole('heading', { name: way }).count(), 1, way);
    }
    assert.deepEqual(await axeViolations(page, '#storybook-docs'), [], 'axe on the docs page');

    await docs.getByRole('link', { name: 'Open the embed builder' }).click();
    await page.waitForURL(/\/demo\/builder\.html$/);
    await page.locator('body[data-ready="true"]').waitFor();
    await page.locator('#preview nhs-role-card').getByRole('heading', { name: 'Paramedic' }).waitFor();
    assert.match(await page.locator('#snippet').inputValue(), /<nhs-role-card role-id="paramedic" heading-level="3">/);

    // On this local address the iframe form carries an example address, with a plain warning to
    // replace it; the same path on this server's copy renders the widget.
    await page.getByLabel('My website removes scripts but keeps iframes').check();
    await page.locator('#snippet[data-ready="true"]').waitFor();
    const src = (await page.locator('#snippet').inputValue()).match(/src="([^"]+embed\.html[^"]+)"/)[1].replaceAll('&amp;', '&');
    assert.ok(src.startsWith('https://your-site.example/nhs-role-widgets/dist/embed.html?widget=role-card'), src);
    assert.match(await page.locator('#local-warning').innerText(), /running on this computer/);
    const embed = await browser.newPage();
    const embedErrors = collectErrors(embed);
    await embed.goto(withLocalDist(src, server.url));
    await embed.locator('nhs-role-card').getByRole('heading', { name: 'Paramedic' }).waitFor();
    assert.deepEqual(embedErrors, []);
    await embed.close();

    assert.deepEqual(errors, []);
    await page.close();
  });
});
