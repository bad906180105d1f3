// Every demo page `npm start` serves (the host pages and the embed builder) loads without errors
// and passes axe, widgets included.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { axeViolations, collectErrors, widgetsSettled } from './axe-page.mjs';

const pages = readdirSync('demo').filter((file) => file.endsWith('.html'));

describe('the demo pages', () => {
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

  for (const file of pages) {
    it(`${file} has no errors and no axe violations`, async () => {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      await page.goto(`${server.url}/demo/${file}`, { waitUntil: 'networkidle' });
      await widgetsSettled(page);
      assert.deepEqual(errors, []);
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }
});
