// The paths docs/guides/ tell people to follow, followed in Chromium: snippets copied from the
// embed builder and pasted into host pages like the ones WordPress and iframe-only platforms
// make. builder.test.mjs covers the builder itself and a snippet in a blank page;
// iframe-embed.test.mjs covers the embed page's messages and attributes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer, withLocalDist } from '../../scripts/static-server.mjs';
import { axeViolations, collectErrors, widgetsSettled } from './axe-page.mjs';
import { classicEditorPage, iframeOnlyPage, wordPressPage } from './host-pages.mjs';

describe('following the guides', () => {
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

  /** What the builder's snippet box holds after `choose` has set the options. */
  async function snippetFromBuilder(choose) {
    const page = await browser.newPage();
    await page.goto(`${server.url}/demo/builder.html`);
    await page.locator('body[data-ready="true"]').waitFor();
    await choose(page);
    await page.locator('#snippet[data-ready="true"]').waitFor();
    const snippet = await page.locator('#snippet').inputValue();
    await page.close();
    return withLocalDist(snippet, server.url);
  }

  const fullCard = (page) => page.getByLabel('Everything, for an article about this role').check();
  const grid = async (page) => {
    await page.getByLabel('What to show').selectOption('category-grid');
    await page.getByLabel('Only roles open through').selectOption('apprenticeships');
    await page.getByLabel('Where the widget’s headings fit on your page').selectOption('2');
  };

  it('WordPress: two builder snippets in Custom HTML blocks of a block theme page render, without errors, and pass axe', async () => {
    routes['/wordpress.html'] = { body: wordPressPage([await snippetFromBuilder(fullCard), await snippetFromBuilder(grid)]) };
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${server.url}/wordpress.html`);
    await page.locator('nhs-role-card').getByRole('heading', { name: 'Paramedic', level: 3 }).waitFor();
    await page.locator('nhs-category-grid').getByRole('heading', { name: 'Nursing', level: 2 }).waitFor();
    await widgetsSettled(page);
    // The theme's font reaches the widget (the default theme inherits it).
    const font = await page.locator('nhs-role-card').evaluate((card) => getComputedStyle(card.shadowRoot.querySelector('[part="heading"]')).fontFamily);
    assert.match(font, /Georgia/);
    assert.deepEqual(errors, []);
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  it('WordPress classic editor: automatic paragraphs and a script moved to the footer still render', async () => {
    routes['/classic.html'] = { body: classicEditorPage(await snippetFromBuilder(() => {})) };
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(`${server.url}/classic.html`);
    const card = page.locator('nhs-role-card');
    await card.getByRole('heading', { name: 'Paramedic' }).waitFor();
    await widgetsSettled(page);
    // The line breaks the editor added inside the element belong to the fallback, not the card.
    assert.equal(await card.evaluate((element) => element.shadowRoot.querySelector('[part="card"]').getBoundingClientRect().width > 300), true);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('iframe-only hosts: the builder\'s iframe snippet grows with its content, also when a category opens', async () => {
    routes['/iframe-only.html'] = { body: iframeOnlyPage(await snippetFromBuilder(async (page) => {
      await page.getByLabel('What to show').selectOption('category-grid');
      await page.getByLabel('My website removes scripts but keeps iframes').check();
    })) };
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${server.url}/iframe-only.html`);
    const frame = page.frameLocator('iframe');
    await frame.locator('nhs-category-grid').getByRole('heading', { name: 'Nursing' }).waitFor();
    const fits = () =>
      page.waitForFunction(() => {
        const iframe = document.querySelector('iframe');
        const inner = iframe.contentDocument.documentElement.getBoundingClientRect().height;
        return Math.abs(iframe.getBoundingClientRect().height - inner) <= 2 && inner;
      });
    const closed = await (await fits()).jsonValue();
    assert.notEqual(closed, 1200, 'still the height the snippet gave');
    await frame.locator('nhs-category-grid').getByRole('button', { name: /Nursing/ }).click();
    await page.waitForFunction((before) => document.querySelector('iframe').getBoundingClientRect().height > before + 100, closed);
    await fits();
    assert.deepEqual(errors, []);
    await page.close();
  });
});
