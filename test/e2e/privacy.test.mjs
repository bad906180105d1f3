// Privacy and trust (issue #6): a page with every widget, used by a reader, makes no request but
// the library's own files and the dataset its author names, and writes no cookie and no storage of
// any kind. Every write is recorded as it happens (not only looked for afterwards), in Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { widgetsSettled } from './axe-page.mjs';

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Privacy</title>
<script type="module" src="/dist/nhs-role-widgets.js"></script></head><body><main>
<nhs-careers-provider src="/host-data/careers.json">
  <nhs-role-card role-id="paramedic" variant="full"></nhs-role-card>
  <nhs-category-grid categories="midwifery"></nhs-category-grid>
  <nhs-entry-routes route="apprenticeships"></nhs-entry-routes>
  <nhs-role-explorer page-size="5"></nhs-role-explorer>
  <nhs-role-compare roles="paramedic,adult-nurse"></nhs-role-compare>
  <nhs-career-finder></nhs-career-finder>
</nhs-careers-provider></main></body></html>`;

// Wraps every way a page can store something, so a write is caught even if it is undone later.
function recordStorageWrites() {
  window.storageWrites = [];
  const note = (what) => window.storageWrites.push(what);
  for (const name of ['setItem', 'removeItem', 'clear']) {
    const original = Storage.prototype[name];
    Storage.prototype[name] = function (...args) {
      note(`${this === localStorage ? 'localStorage' : 'sessionStorage'}.${name}(${args[0] ?? ''})`);
      return original.apply(this, args);
    };
  }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    get() { return cookie.get.call(this); },
    set(value) { note(`document.cookie = ${value}`); cookie.set.call(this, value); },
  });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) { note(`indexedDB.open(${args[0]})`); return open.apply(this, args); };
  const cachesOpen = CacheStorage.prototype.open;
  CacheStorage.prototype.open = function (...args) { note(`caches.open(${args[0]})`); return cachesOpen.apply(this, args); };
  if (window.cookieStore) {
    const set = CookieStore.prototype.set;
    CookieStore.prototype.set = function (...args) { note('cookieStore.set'); return set.apply(this, args); };
  }
}

describe('privacy: requests and storage', () => {
  let server;
  let browser;
  before(async () => {
    // The host's own dataset: a copy of two bundled roles, as a council might serve it.
    const data = await import('../../dist/data/index.js');
    const careers = { roles: data.roles.filter((r) => ['paramedic', 'adult-nurse', 'midwife'].includes(r.id)) };
    server = await startStaticServer({
      routes: {
        '/privacy.html': { body: page },
        '/host-data/careers.json': { body: JSON.stringify(careers), type: 'application/json' },
      },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fetches only the library and the named dataset, and stores nothing, while a reader uses every widget', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const requests = [];
    tab.on('request', (request) => requests.push({ url: new URL(request.url()), credentials: request.headers().cookie }));
    await tab.addInitScript(recordStorageWrites);
    await tab.goto(`${server.url}/privacy.html`, { waitUntil: 'networkidle' });
    await widgetsSettled(tab);

    // Use the widgets: open a category and a role, search, answer the finder to the end.
    await tab.locator('nhs-category-grid').getByRole('button', { name: /Show/ }).first().click();
    await tab.locator('nhs-category-grid').getByRole('button', { name: 'Midwife', exact: true }).click();
    await tab.locator('nhs-role-explorer').getByRole('searchbox').fill('nurse');
    for (let i = 0; i < 20 && (await tab.locator('nhs-career-finder').getByRole('radio').count()) > 0; i++) {
      await tab.locator('nhs-career-finder').getByRole('radio').first().check();
      await tab.locator('nhs-career-finder').getByRole('button', { name: /Next|See/ }).click();
    }
    await tab.locator('nhs-career-finder').getByRole('heading', { name: 'Roles that might suit you' }).waitFor();
    await tab.waitForLoadState('networkidle');

    const foreign = requests.filter(({ url }) => url.origin !== server.url || !(url.pathname.startsWith('/dist/') || ['/privacy.html', '/host-data/careers.json'].includes(url.pathname)));
    assert.deepEqual(foreign.map(({ url }) => url.href), []);
    assert.ok(requests.some(({ url }) => url.pathname === '/host-data/careers.json'), 'the named dataset was fetched');
    assert.ok(requests.every(({ credentials }) => !credentials), 'no request carried a cookie');
    assert.deepEqual(await tab.evaluate(() => window.storageWrites), []);
    assert.deepEqual(await context.cookies(), []);
    const stored = await tab.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    assert.deepEqual(stored, { local: 0, session: 0, databases: 0, caches: 0 });
    await context.close();
  });
});
