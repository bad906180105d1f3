// Opens every story of the built Storybook and fails on page errors or axe violations.
// Needs `storybook build` first (npm test runs it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { axeViolations, widgetsSettled } from '../e2e/axe-page.mjs';

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

  it('has stories', () => assert.ok(stories.length >= 10, `only ${stories.length} stories`));

  for (const story of stories) {
    it(`${story.title} / ${story.name}: renders without errors or axe violations`, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay');
      assert.equal(await page.locator('body.sb-show-errordisplay').count(), 0, 'Storybook shows an error');
      await widgetsSettled(page);
      assert.deepEqual(errors, []);
      assert.deepEqual(await axeViolations(page, '#storybook-root'), []);
      await page.close();
    });
  }
});
