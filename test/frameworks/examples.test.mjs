// Each framework example, built as an app would build it, in Chromium: the widgets render, a
// changed prop re-renders the card, and the framework's handlers receive nhs-role-select and
// nhs-error with their detail. Needs `npm run build` first (the examples import dist/).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { collectErrors } from '../e2e/axe-page.mjs';
import { EXAMPLES, OUT, buildExample, linkPackage } from './build-examples.mjs';

/** The text an element shows, its shadow root included. */
const shadowText = (page, selector) => page.locator(selector).first().evaluate((element) => element.shadowRoot?.textContent ?? '');

describe('framework examples', () => {
  let browser;
  let server;

  before(async () => {
    await linkPackage();
    // One build at a time: vite already uses both cores.
    for (const name of EXAMPLES) await buildExample(name);
    server = await startStaticServer({ root: OUT, index: '/html/index.html' });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  // The repository holds React 19 as `react` and React 18 under an alias: make sure each React
  // example bundled the version it is named after.
  for (const [name, major] of [['react-18', 18], ['react-19', 19]]) {
    test(`${name} bundles React ${major}`, async () => {
      const folder = join(OUT, name, 'assets');
      const code = (await Promise.all((await readdir(folder)).map((file) => readFile(join(folder, file), 'utf8')))).join('');
      const versions = new Set([...code.matchAll(/version\s*[=:]\s*["'](1[89])\.\d+\.\d+["']/g)].map((match) => Number(match[1])));
      assert.deepEqual([...versions], [major]);
    });
  }

  for (const name of EXAMPLES) {
    test(name, async () => {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      await page.goto(`${server.url}/${name}/index.html`);
      const events = page.locator('#events');

      // Rendered from the attribute or property the framework set.
      await assert.doesNotReject(page.waitForFunction(() => document.querySelector('nhs-role-card')?.shadowRoot?.textContent.includes('Paramedic')));
      const card = page.locator('nhs-role-card').first();
      // heading-level, set as an attribute (a property through the React 18 wrapper), applies.
      assert.match(await card.evaluate((element) => element.shadowRoot.querySelector('h2')?.textContent ?? ''), /Paramedic/);
      assert.equal(await card.evaluate((element) => element.variant), 'compact');
      assert.match(await shadowText(page, 'nhs-category-grid'), /Ambulance service team/);

      // A changed prop re-renders the card.
      await page.click('#change-role');
      await page.waitForFunction(() => document.querySelector('nhs-role-card').shadowRoot.textContent.includes('Adult nurse'));
      assert.equal(await card.evaluate((element) => element.roleId), 'adult-nurse');
      // The card never sets its ARIA role; the frameworks set role-id or roleId.
      assert.equal(await card.evaluate((element) => element.getAttribute('role')), null);

      // The grid's nhs-role-select reaches the framework's handler with its detail.
      await page.locator('nhs-category-grid button', { hasText: 'Ambulance service team' }).click();
      await page.locator('nhs-category-grid button', { hasText: 'Ambulance care assistant' }).click();
      await events.getByText('role-select: ambulance-care-assistant').waitFor();

      // So does the card's nhs-error (a warning in the console, by design, not an error).
      await page.click('#break-role');
      await events.getByText('error: unknown-role').waitFor();

      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
