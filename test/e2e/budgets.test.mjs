// Size budgets (issue #8): what the embed bundle fetches before a widget is painted, at brotli
// size, for a card, a grid and the explorer; and everything the library has. Sizes, unlike
// timings, are stable enough to be pass/fail. Needs `npm run build` first (npm test runs it).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { TRANSFER_PAGES, measureTransfer, transferRoutes } from '../../bench/transfer.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const EVERYTHING_BUDGET_KB = 200;

describe('size budgets of the embed bundle', () => {
  let server;
  let browser;
  before(async () => {
    server = await startStaticServer({ routes: transferRoutes() });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [i, { name, budgetKB }] of TRANSFER_PAGES.entries()) {
    it(`a page with ${name} fetches at most ${budgetKB} KB before it is painted`, async () => {
      const { files, kb } = await measureTransfer(browser, server.url, i);
      assert.ok(kb <= budgetKB, `${kb.toFixed(1)} KB fetched (${files.join(', ')})`);
      const roleFiles = files.filter((f) => f.startsWith('/dist/roles/'));
      // A card fetches its own role's details and no other, in a provider too; a grid none until a
      // role is opened.
      if (name.startsWith('one role card')) assert.deepEqual(roleFiles, ['/dist/roles/paramedic.js']);
      else assert.deepEqual(roleFiles, []);
    });
  }

  it(`everything (the loader, every element chunk, all the data) is at most ${EVERYTHING_BUDGET_KB} KB`, () => {
    const files = ['dist/nhs-role-widgets.js', ...readdirSync('dist/chunks').map((f) => join('dist/chunks', f))];
    const kb = files.reduce((sum, f) => sum + brotliCompressSync(readFileSync(f), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0) / 1024;
    assert.ok(kb <= EVERYTHING_BUDGET_KB, `${kb.toFixed(1)} KB`);
    // The per-role files repeat what the data chunk holds; each is small.
    for (const f of readdirSync('dist/roles')) {
      assert.ok(statSync(join('dist/roles', f)).size < 8 * 1024, `${f} is larger than 8 KB`);
    }
  });
});
