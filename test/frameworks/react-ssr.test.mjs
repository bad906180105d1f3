// React 19 server rendering and hydration (examples/react-19-ssr): the app is rendered to HTML in
// Node with react-dom/server (importing nhs-role-widgets there too), then hydrated in Chromium
// with hydrateRoot. The props React sent as attributes reach the widgets: the card shows its role,
// not "No NHS role was named for this card", and a later change still re-renders it.
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { build } from 'vite';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { collectErrors } from '../e2e/axe-page.mjs';
import { OUT, ROOT, buildExample, linkPackage } from './build-examples.mjs';

const NAME = 'react-19-ssr';
const shadowText = (page, selector) => page.locator(selector).evaluate((element) => element.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '');

describe('React 19 server rendering and hydration', () => {
  let browser;
  let server;
  let html;

  before(async () => {
    await linkPackage();
    const out = await buildExample(NAME);
    // The server half, built for Node as a framework's server build would be.
    const serverOut = join(OUT, `${NAME}-server`);
    const root = join(ROOT, 'examples', NAME);
    await build({
      root,
      configFile: join(root, 'vite.config.mjs'),
      logLevel: 'warn',
      build: { ssr: join(root, 'server.tsx'), outDir: serverOut, emptyOutDir: true, minify: false },
    });
    const { renderPage } = await import(pathToFileURL(join(serverOut, 'server.js')).href);
    html = renderPage(await readFile(join(out, 'index.html'), 'utf8'));
    await writeFile(join(out, 'index.html'), html);
    server = await startStaticServer({ root: OUT, index: `/${NAME}/index.html` });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('the server writes the props as attributes, as React 19 does', () => {
    assert.match(html, /<nhs-role-card roleId="paramedic" variant="full" headingLevel="2"><\/nhs-role-card>/);
  });

  test('after hydration the widgets show the roles React named, with no error and no hydration problem', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}/${NAME}/index.html`);
    await page.waitForFunction(() => {
      const card = document.querySelector('nhs-role-card');
      return card?.shadowRoot?.querySelector('h2, [part="message"]');
    });
    const card = await shadowText(page, 'nhs-role-card');
    assert.match(card, /Paramedic/);
    assert.doesNotMatch(card, /No NHS role was named/);
    assert.equal(await page.locator('nhs-role-card').evaluate((element) => element.roleId), 'paramedic');
    assert.equal(await page.locator('nhs-role-card').evaluate((element) => element.shadowRoot.querySelector('h2')?.textContent), 'Paramedic');
    await page.waitForFunction(() => document.querySelector('nhs-entry-routes').shadowRoot?.textContent.includes('Biomedical scientist'));
    assert.deepEqual(await page.evaluate(() => window.hydrationProblems), []);
    assert.equal(await page.locator('#events li').count(), 0, 'no nhs-error reached React');

    // A prop changed after hydration is set as a property, and the card follows it.
    await page.click('#change-role');
    await page.waitForFunction(() => document.querySelector('nhs-role-card').shadowRoot.textContent.includes('Adult nurse'));
    assert.deepEqual(errors, []);
    await page.close();
  });
});
