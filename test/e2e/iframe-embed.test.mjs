// The iframe embed, for hosts that allow iframes but not scripts: dist/embed.html renders one
// widget from its URL and tells its height to the parent; dist/embed-resize.js resizes the iframe.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { afterTwoFrames } from './axe-page.mjs';

const host = (src, withSnippet) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Google Sites style page</title>
${withSnippet ? '<script src="/dist/embed-resize.js" defer></script>' : ''}</head>
<body><h1>Careers</h1><iframe title="NHS role: paramedic" src="${src}" style="width: 100%; border: 0" height="300"></iframe><p id="after">After the embed.</p></body></html>`;

describe('the iframe embed', () => {
  let server;
  let browser;
  before(async () => {
    const card = '/dist/embed.html?widget=role-card&role-id=paramedic&variant=full&frame=a';
    server = await startStaticServer({
      routes: {
        '/resizing.html': { body: host(card, true) },
        '/fixed.html': { body: host(card, false) },
        '/unknown.html': { body: host('/dist/embed.html?widget=spaceship', true) },
        // Embed URLs made before role-id say role=; both the card and the ways in take them.
        '/old-card.html': { body: host('/dist/embed.html?widget=role-card&role=dentist', true) },
        '/old-routes.html': { body: host('/dist/embed.html?widget=entry-routes&role=porter', true) },
        '/both.html': { body: host('/dist/embed.html?widget=role-card&role=paramedic&role-id=dentist', true) },
        '/hostile.html': { body: host('/dist/embed.html?widget=role-card&role-id=%3Cimg%20src%3Dx%20onerror%3Dparent.hacked%3D1%3E&onclick=parent.hacked%3D2', true) },
        '/welsh.html': { body: host('/dist/embed.html?widget=category-grid&categories=nursing&lang=cy', true) },
      },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (path) => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}${path}`);
    const frame = page.frameLocator('iframe');
    return { page, frame, errors };
  };

  it('takes the height of its content when the host adds the resize snippet', async () => {
    const { page, frame, errors } = await open('/resizing.html');
    await frame.locator('nhs-role-card').getByRole('heading', { name: 'Paramedic' }).waitFor();
    await page.waitForFunction(() => {
      const iframe = document.querySelector('iframe');
      const inner = iframe.contentDocument.documentElement.getBoundingClientRect().height;
      return Math.abs(iframe.getBoundingClientRect().height - inner) <= 2 && inner > 600;
    });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('keeps the height the host gave it, and scrolls inside, without the snippet', async () => {
    const { page, frame } = await open('/fixed.html');
    await frame.locator('nhs-role-card').getByRole('heading', { name: 'Paramedic' }).waitFor();
    await afterTwoFrames(await (await page.locator('iframe').elementHandle()).contentFrame());
    await afterTwoFrames(page);
    assert.equal(await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height), 300);
    await page.close();
  });

  it('takes role= from older URLs as role-id, never as an ARIA role', async () => {
    for (const [path, tag, heading] of [
      ['/old-card.html', 'nhs-role-card', 'Dentist'],
      ['/old-routes.html', 'nhs-entry-routes', 'Ways into Porter'],
      ['/both.html', 'nhs-role-card', 'Dentist'],
    ]) {
      const { page, frame, errors } = await open(path);
      const widget = frame.locator(tag);
      await widget.getByRole('heading', { name: heading }).waitFor();
      assert.equal(await widget.getAttribute('role'), null, path);
      assert.equal(await widget.getAttribute('role-id'), heading === 'Ways into Porter' ? 'porter' : 'dentist', path);
      assert.deepEqual(errors, [], path);
      await page.close();
    }
  });

  it('shows a plain message and a link for an unknown widget', async () => {
    const { page, frame } = await open('/unknown.html');
    await frame.getByText('This embed does not name a widget it knows.').waitFor();
    assert.equal(await frame.getByRole('link', { name: 'Explore NHS roles on NHS Health Careers' }).count(), 1);
    await page.close();
  });

  it('copies only the documented attributes, as text', async () => {
    const { page, frame, errors } = await open('/hostile.html');
    await frame.locator('nhs-role-card').getByText(/We could not find the NHS role/).waitFor();
    assert.equal(await frame.locator('nhs-role-card').getAttribute('onclick'), null);
    assert.equal(await page.evaluate(() => window.hacked), undefined);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('speaks Welsh when the URL says lang=cy', async () => {
    const { page, frame } = await open('/welsh.html');
    await frame.locator('nhs-category-grid').getByRole('heading', { name: 'Nyrsio' }).waitFor();
    assert.equal(await frame.locator('html').getAttribute('lang'), 'cy');
    await page.close();
  });
});
