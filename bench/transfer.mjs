// What a page fetches from the library before its widget is painted, at brotli size: shared by
// `npm run bench` (which prints it) and test/e2e/budgets.test.mjs (which holds it to the budgets).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

/** One page per kind of widget, with its budget in KB (issue #8). */
export const TRANSFER_PAGES = [
  { name: 'one role card', markup: '<nhs-role-card role-id="paramedic"></nhs-role-card>', budgetKB: 40 },
  // Issue 12: a provider adds its own chunk and nothing else (it gives the widgets the role index).
  {
    name: 'one role card in a provider',
    markup: '<nhs-careers-provider><nhs-role-card role-id="paramedic"></nhs-role-card></nhs-careers-provider>',
    budgetKB: 45,
  },
  { name: 'the category grid', markup: '<nhs-category-grid></nhs-category-grid>', budgetKB: 60 },
  { name: 'the explorer', markup: '<nhs-role-explorer></nhs-role-explorer>', budgetKB: 200 },
];

/** Static-server routes for the pages, each loading the embed bundle as the README shows. */
export const transferRoutes = () =>
  Object.fromEntries(
    TRANSFER_PAGES.map(({ markup }, i) => [
      `/transfer-${i}.html`,
      {
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title><script type="module" src="/dist/nhs-role-widgets.js"></script></head><body>${markup}</body></html>`,
      },
    ]),
  );

// What a CDN serves: brotli at its highest quality, which is how jsDelivr and most hosts compress static files.
const brotliSize = (path) => brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Opens page `i` in a new tab and resolves to the files under /dist/ it fetched before its widget settled, with
 * their brotli bytes.
 */
export async function measureTransfer(browser, serverUrl, i) {
  const tab = await browser.newPage();
  const files = new Set();
  tab.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/dist/')) files.add(path);
  });
  await tab.goto(`${serverUrl}/transfer-${i}.html`, { waitUntil: 'networkidle' });
  await tab.waitForFunction(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.localName.startsWith('nhs-'))
      .every((e) => e.shadowRoot && !e.shadowRoot.querySelector('[aria-busy="true"]')),
  );
  await tab.close();
  const bytes = [...files].reduce((sum, path) => sum + brotliSize(`.${path}`), 0);
  return { files: [...files].sort(), kb: bytes / 1024 };
}
