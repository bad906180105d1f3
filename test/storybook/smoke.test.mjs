// Opens every story of the built Storybook and fails on page errors, axe violations (in English
// with the default theme, and in Welsh with the NHS dark theme), or sideways scrolling at 320 px
// wide and with text at 200 %. Needs `storybook build` first (npm test runs it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { axeViolations, collectErrors, widgetsSettled } from '../e2e/axe-page.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

describe('every Storybook story', () => {
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

  /** Opens a story and waits for its widgets; collects page errors into `errors`. */
  async function open(story, { width = 1280, globals = '' } = {}) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story${globals ? `&globals=${globals}` : ''}`);
    await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay');
    assert.equal(await page.locator('body.sb-show-errordisplay').count(), 0, 'Storybook shows an error');
    await widgetsSettled(page);
    return { page, errors };
  }

  const scrollsSideways = (page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

  it('has stories', () => assert.ok(stories.length >= 25, `only ${stories.length} stories`));

  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async () => {
      const english = await open(story);
      assert.deepEqual(english.errors, []);
      assert.deepEqual(await axeViolations(english.page, '#storybook-root'), [], 'axe, English, default theme');
      await english.page.close();

      const welsh = await open(story, { globals: 'locale:cy;theme:nhs+dark' });
      assert.deepEqual(welsh.errors, []);
      assert.deepEqual(await axeViolations(welsh.page, '#storybook-root'), [], 'axe, Welsh, NHS dark theme');
      await welsh.page.close();

      const narrow = await open(story, { width: 320 });
      assert.equal(await scrollsSideways(narrow.page), false, 'scrolls sideways at 320 px');
      // Text at 200 %: the widgets size their text in em, so they follow the host's text size.
      await narrow.page.setViewportSize({ width: 640, height: 800 });
      await narrow.page.addStyleTag({ content: 'html { font-size: 200% !important } body { font-size: 200% !important }' });
      await widgetsSettled(narrow.page);
      assert.equal(await scrollsSideways(narrow.page), false, 'scrolls sideways with text at 200 %');
      await narrow.page.close();
    });
  }
});
