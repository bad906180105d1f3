// The static site (`npm run site` builds site/) served from a sub-path, as GitHub Pages serves a
// project site: every page is walked from the home page. Each must load without errors, pass axe,
// hold no local address (127.0.0.1, localhost), and every address on it must resolve: pages,
// scripts, styles, images, and #fragments to an id on the page they name.
// Storybook's own pages are checked for loading only; its stories are checked with axe by
// test/storybook/smoke.test.mjs.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { axeViolations, collectErrors, widgetsSettled } from './axe-page.mjs';

const BASE = '/nhs-role-widgets/';
const LOCAL = /127\.0\.0\.1|localhost|\[::1\]/;

describe('the static site, served from a sub-path', () => {
  let server;
  let browser;
  before(async () => {
    assert.ok(existsSync('site/index.html'), 'no site/ yet: run `npm run site`');
    server = await startStaticServer({ root: 'site', base: BASE, index: '/index.html' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Fetched once each: status and, for HTML, the ids a #fragment may name. */
  const fetched = new Map();
  async function resolveAddress(url) {
    const key = url.split('#')[0];
    if (!fetched.has(key)) {
      const response = await fetch(key);
      const body = await response.text();
      const ids = new Set([...body.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]));
      fetched.set(key, { status: response.status, ids, isHtml: (response.headers.get('content-type') ?? '').startsWith('text/html') });
    }
    return fetched.get(key);
  }

  it('has no broken link, no error, no local address and no axe violation on any page', async () => {
    const home = `${server.url}${BASE}`;
    const queue = [home];
    const seen = new Set(queue);
    const problems = [];
    let pages = 0;
    while (queue.length > 0) {
      const url = queue.shift();
      const path = new URL(url).pathname;
      const inStorybook = path.startsWith(`${BASE}storybook/`);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = collectErrors(page);
      const response = await page.goto(url);
      pages += 1;
      if (response.status() !== 200) {
        problems.push(`${path}: status ${response.status()}`);
        await page.close();
        continue;
      }
      if (inStorybook) await page.locator('#storybook-preview-iframe').waitFor();
      else await widgetsSettled(page);
      await page.waitForLoadState('networkidle');
      const source = await response.text();
      const rendered = await page.content();
      for (const [what, text] of [['source', source], ['page', rendered]]) {
        const local = text.match(new RegExp(`.{0,60}(${LOCAL.source}).{0,40}`));
        if (local) problems.push(`${path}: a local address in the ${what}: ${local[0]}`);
      }
      const addresses = await page.$$eval('[href], [src]', (elements) =>
        elements.filter((e) => !e.closest('nhs-role-card, template')).map((e) => e.getAttribute('href') ?? e.getAttribute('src')),
      );
      for (const address of addresses) {
        if (/^(mailto:|tel:|data:|javascript:)/.test(address)) continue;
        const target = new URL(address, url);
        if (target.origin !== server.url) continue;
        if (!target.pathname.startsWith(BASE)) {
          problems.push(`${path}: ${address} leaves the site's folder (a root-relative address?)`);
          continue;
        }
        const { status, ids, isHtml } = await resolveAddress(target.href);
        const id = decodeURIComponent(target.hash.slice(1));
        // A fragment of this same page may name an element its scripts made.
        const samePage = target.href.split('#')[0] === url.split('#')[0];
        const hasId = samePage ? (await page.locator(`[id="${id}"]`).count()) > 0 : ids.has(id);
        if (status !== 200) problems.push(`${path}: ${address} is ${status}`);
        else if (id && isHtml && !hasId) problems.push(`${path}: ${address} names no id on its page`);
        const next = target.href.split('#')[0];
        const isPage = isHtml && !next.includes(`${BASE}storybook/`) && !next.includes(`${BASE}dist/`);
        if (isPage && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
      // The site's entry to Storybook is visited; its manager and stories are left to the Storybook tests.
      if (path === `${BASE}index.html` || path === BASE) {
        const storybook = `${home}storybook/index.html`;
        if (!seen.has(storybook)) {
          seen.add(storybook);
          queue.push(storybook);
        }
      }
      if (!inStorybook) {
        for (const violation of await axeViolations(page)) problems.push(`${path}: axe ${violation}`);
      }
      for (const error of errors) problems.push(`${path}: ${error}`);
      await page.close();
    }
    assert.deepEqual(problems, []);
    const visited = [...seen].map((u) => new URL(u).pathname.slice(BASE.length));
    for (const expected of ['', 'demo/builder.html', 'demo/index.html', 'demo/council-article.html', 'guides/index.html', 'guides/wordpress.html', 'guides/iframe-only-hosts.html', 'privacy-and-accessibility.html', 'storybook/index.html']) {
      assert.ok(visited.includes(expected), `the walk did not reach ${expected || 'the home page'}`);
    }
    assert.ok(pages >= 12, `only ${pages} pages walked`);
  });

  it('renders the guides with their screenshots', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${BASE}guides/wordpress.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const images = await page.$$eval('main img', (imgs) => imgs.map((img) => ({ alt: img.alt, loaded: img.complete && img.naturalWidth > 0 })));
    assert.ok(images.length >= 2);
    for (const image of images) {
      assert.ok(image.alt, 'every screenshot has a text alternative');
      assert.ok(image.loaded, `${image.alt} did not load`);
    }
    await page.close();
  });

  it('the builder, from the sub-path, makes snippets with no local address for every widget and every form', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}${BASE}demo/builder.html`);
    await page.locator('body[data-ready="true"]').waitFor();
    const widgets = await page.locator('#widget option').evaluateAll((options) => options.map((o) => o.value));
    assert.equal(widgets.length, 6);
    for (const form of ['script', 'iframe', 'google-sites']) {
      await page.locator(`[name="embed"][value="${form}"]`).check();
      for (const widget of widgets) {
        await page.locator('#widget').selectOption(widget);
        await page.locator('#snippet[data-ready="true"]').waitFor();
        const snippet = await page.locator('#snippet').inputValue();
        assert.doesNotMatch(snippet, LOCAL, `${form} ${widget}: ${snippet}`);
        if (form !== 'script') assert.match(snippet, /https:\/\/[^/]+\/nhs-role-widgets\/dist\/embed\.html\?widget=/);
      }
    }
    // Where the builder runs on a local address it says so, plainly, beside the snippet.
    if ((await page.locator('meta[name="nhs-widgets-site"]').count()) === 0) {
      assert.match(await page.locator('#local-warning').innerText(), /running on this computer.*replace/s);
    }
    assert.deepEqual(errors, []);
    await page.close();
  });
});
