// End to end: the loader (dist/nhs-role-widgets.js) as pages meet it: one card fetched in two round
// trips, an unknown role that makes no failed request, an element chunk that cannot load (reported,
// fallback kept, tried again), and widgets inside a host's own shadow root (discover).
// Needs `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, constants } from 'node:zlib';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const head = '<meta charset="utf-8"><link rel="icon" href="data:,"><title>Loader</title>';
const loader = '<script type="module" src="/dist/nhs-role-widgets.js"></script>';
const cardChunk = readdirSync('dist/chunks').find((file) => file.startsWith('role-card.component-'));

describe('the loader', () => {
  let server;
  let browser;
  before(async () => {
    server = await startStaticServer({
      routes: {
        '/one-card.html': {
          body: `<!doctype html><html lang="en"><head>${head}${loader}</head><body><nhs-role-card role-id="paramedic"><a href="https://www.healthcareers.nhs.uk/">Paramedic</a></nhs-role-card></body></html>`,
        },
        '/unknown.html': {
          body: `<!doctype html><html lang="en"><head>${head}${loader}</head><body><nhs-role-card role-id="no-such-role"></nhs-role-card><nhs-role-card role-id="constructor"></nhs-role-card><nhs-role-card role-id="../../package"></nhs-role-card></body></html>`,
        },
        '/fallback.html': {
          body: `<!doctype html><html lang="en"><head>${head}<script>window.errors = []; addEventListener('nhs-error', (e) => errors.push({ tag: e.target.localName, ...e.detail }));</script>${loader}</head><body><nhs-role-card role-id="paramedic"><a href="https://www.healthcareers.nhs.uk/">Paramedic on NHS Health Careers</a></nhs-role-card><nhs-category-grid></nhs-category-grid></body></html>`,
        },
        '/shadow.html': {
          body: `<!doctype html><html lang="en"><head>${head}</head><body><div id="host"></div><script type="module">
const root = document.getElementById('host').attachShadow({ mode: 'open' });
root.innerHTML = '<nhs-role-card role-id="paramedic"></nhs-role-card>';
const { discover } = await import('/dist/nhs-role-widgets.js');
window.discovered = discover(root).then(() => 'done');
</script></body></html>`,
        },
      },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is the size the README says', () => {
    const kb = brotliCompressSync(readFileSync('dist/nhs-role-widgets.js'), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length / 1024;
    const stated = Number(/is a ([\d.]+) KB loader/.exec(readFileSync('README.md', 'utf8'))?.[1]);
    assert.ok(Math.abs(stated - kb) <= 0.1, `the README says ${stated} KB; the built loader is ${kb.toFixed(1)} KB (brotli): update the README`);
  });

  it('asks for a card’s role file together with the index, not after it', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    // Latency makes the round trips visible: each takes at least 100 ms.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 100, downloadThroughput: -1, uploadThroughput: -1 });
    const started = new Map();
    const finished = new Map();
    const t0 = Date.now();
    tab.on('request', (request) => started.set(new URL(request.url()).pathname, Date.now() - t0));
    tab.on('requestfinished', (request) => finished.set(new URL(request.url()).pathname, Date.now() - t0));
    await tab.goto(`${server.url}/one-card.html`);
    await tab.locator('nhs-role-card').getByRole('heading', { name: 'Paramedic' }).waitFor();
    const index = [...finished.keys()].find((path) => path.includes('/chunks/bundled-index-'));
    assert.ok(index, 'the index was fetched');
    assert.ok(started.get('/dist/roles/paramedic.js') < finished.get(index), `role file asked at ${started.get('/dist/roles/paramedic.js')} ms, index in at ${finished.get(index)} ms`);
    await context.close();
  });

  it('never asks for a role the bundle does not have', async () => {
    const tab = await browser.newPage();
    const failed = [];
    const roleRequests = [];
    tab.on('response', (response) => response.status() >= 400 && failed.push(response.url()));
    tab.on('requestfailed', (request) => failed.push(request.url()));
    tab.on('request', (request) => request.url().includes('/roles/') && roleRequests.push(request.url()));
    await tab.goto(`${server.url}/unknown.html`);
    await tab.waitForFunction(() => [...document.querySelectorAll('nhs-role-card')].every((card) => card.shadowRoot?.textContent.trim()));
    await tab.waitForTimeout(200);
    assert.deepEqual(failed, []);
    assert.deepEqual(roleRequests, []);
    await tab.close();
  });

  it('keeps the fallback of an element whose code cannot load, says which file once, fires chunk-unavailable, and tries again for a new one', async () => {
    const tab = await browser.newPage();
    const warnings = [];
    tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    let refuse = true;
    await tab.route(`**/dist/chunks/${cardChunk}`, (route) => (refuse ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
    await tab.goto(`${server.url}/fallback.html`);
    await tab.waitForFunction(() => window.errors.length >= 2);
    await tab.locator('nhs-category-grid').getByRole('heading').first().waitFor();
    const errors = await tab.evaluate(() => window.errors);
    assert.deepEqual(errors.map((e) => [e.tag, e.code]).sort(), [['nhs-category-grid', 'chunk-unavailable'], ['nhs-role-card', 'chunk-unavailable']]);
    assert.match(errors[0].value, new RegExp(`/dist/chunks/${cardChunk}`));
    const about = warnings.filter((w) => w.includes('could not be loaded'));
    assert.equal(about.length, 1, warnings.join('\n'));
    assert.match(about[0], new RegExp(`nhs-role-widgets: the code of <nhs-role-card> could not be loaded \\(http://127\\.0\\.0\\.1:\\d+/dist/chunks/${cardChunk}\\)`));
    assert.equal(await tab.evaluate(() => customElements.get('nhs-role-card')), undefined);
    assert.equal(await tab.locator('nhs-role-card a').textContent(), 'Paramedic on NHS Health Careers');

    // The file is back: the next card added to the page loads it.
    refuse = false;
    await tab.evaluate(() => document.body.append(Object.assign(document.createElement('nhs-role-card'), { roleId: 'adult-nurse' })));
    await tab.waitForFunction(() => customElements.get('nhs-role-card') !== undefined, null, { timeout: 10_000 });
    await tab.locator('nhs-role-card').first().getByRole('heading', { name: 'Paramedic' }).waitFor();
    await tab.close();
  });

  it('loads the widgets in a host’s own shadow root through discover(root), and those added to it later', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/shadow.html`);
    // The page's module script awaits the import, which the load event does not wait for.
    await tab.waitForFunction(() => window.discovered !== undefined);
    assert.equal(await tab.evaluate(() => window.discovered), 'done');
    await tab.locator('#host nhs-role-card').getByRole('heading', { name: 'Paramedic' }).waitFor();
    await tab.evaluate(() => {
      document.getElementById('host').shadowRoot.append(Object.assign(document.createElement('nhs-category-grid'), { id: 'later' }));
    });
    await tab.locator('#host nhs-category-grid').getByRole('heading', { name: 'Nursing' }).waitFor();
    await tab.close();
  });
});
