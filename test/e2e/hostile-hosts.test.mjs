// Host pages that try to break the widgets, with the built bundle: aggressive global CSS on a dark
// page with a 10px root font, and a strict Content Security Policy with Trusted Types.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { axeViolations, collectErrors, widgetsSettled } from './axe-page.mjs';

const WIDGETS = `
<nhs-role-card role-id="paramedic" variant="full" heading-level="2"></nhs-role-card>
<nhs-category-grid categories="midwifery,pharmacy"></nhs-category-grid>
<nhs-role-explorer page-size="3"></nhs-role-explorer>
<nhs-career-finder></nhs-career-finder>`;

const AGGRESSIVE_CSS = `
html { font-size: 10px; background: #111; color: #eee; }
body { font-size: 1.6rem; text-align: center; font-family: Georgia, serif; }
* { margin: 0; padding: 0; box-sizing: content-box; line-height: 1; letter-spacing: 0.1em; text-transform: uppercase; }
div { display: flex; }
ul, li { list-style: square inside; }
a { color: #eee; }
button, input, select { all: unset; }
section, article { border: 5px dotted hotpink; }`;

/** The contrast ratio of two CSS colours as getComputedStyle reports them (rgb() or color(srgb ...)). */
function contrast(a, b) {
  const channels = (c) => {
    const srgb = c.match(/color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/);
    const values = srgb ? srgb.slice(1, 4).map(Number) : c.match(/[\d.]+/g).slice(0, 3).map((v) => Number(v) / 255);
    return values.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  };
  const luminance = (c) => channels(c).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

describe('host pages that try to break the widgets', () => {
  let server;
  let browser;
  before(async () => {
    const page = (head) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title>${head}<script type="module" src="/dist/nhs-role-widgets.js"></script></head><body><main><h1>Host page</h1>${WIDGETS}</main></body></html>`;
    const plain = (script) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loading</title>${script}</head><body><main><h1>Host</h1><nhs-role-card role-id="porter" heading-level="2"></nhs-role-card></main></body></html>`;
    server = await startStaticServer({
      routes: {
        '/aggressive.html': { body: page(`<style>${AGGRESSIVE_CSS}</style>`) },
        '/defer.html': { body: plain('<script defer src="/dist/nhs-role-widgets.iife.js"></script>') },
        '/async.html': { body: plain('<script async src="/dist/nhs-role-widgets.iife.js"></script>') },
        '/async-module.html': { body: plain('<script type="module" async src="/dist/nhs-role-widgets.js"></script>') },
        '/csp.html': {
          body: page(''),
          headers: {
            'content-security-policy':
              "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
          },
        },
      },
    });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps its own typography, readable links and accessibility under aggressive global CSS on a dark page', async () => {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${server.url}/aggressive.html`);
    await widgetsSettled(tab);
    const card = await tab.evaluate(() => {
      const root = document.querySelector('nhs-role-card').shadowRoot;
      const summary = getComputedStyle(root.querySelector('[part="summary"]'));
      const heading = getComputedStyle(root.querySelector('[part="heading"]'));
      return {
        fontSize: parseFloat(summary.fontSize),
        lineHeight: parseFloat(summary.lineHeight),
        textAlign: summary.textAlign,
        transform: summary.textTransform,
        headingSize: parseFloat(heading.fontSize),
        link: getComputedStyle(root.querySelector('[part="link"]')).color,
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
    assert.equal(card.fontSize, 16, 'text follows the host body size, not the 10px root');
    assert.ok(Math.abs(card.lineHeight / card.fontSize - 1.5) < 0.01, `line height ${card.lineHeight}`);
    assert.equal(card.textAlign, 'start');
    assert.equal(card.transform, 'none');
    assert.ok(card.headingSize >= 20, `heading ${card.headingSize}px`);
    assert.ok(contrast(card.link, card.background) >= 4.5, `link ${card.link} on ${card.background}`);
    assert.deepEqual(await axeViolations(tab, 'main'), []);
    await tab.setViewportSize({ width: 320, height: 900 });
    assert.equal(await tab.evaluate(() => document.documentElement.scrollWidth <= 320), true, 'no sideways scroll at 320 px');
    assert.deepEqual(errors, []);
    await tab.close();
  });

  for (const path of ['/defer.html', '/async.html', '/async-module.html']) {
    it(`works when loaded as ${path.slice(1, -5)}, and with widgets added long after load and removed again`, async () => {
      const tab = await browser.newPage();
      const problems = [];
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
      await tab.goto(`${server.url}${path}`);
      await tab.locator('nhs-role-card').getByRole('heading', { name: 'Porter' }).waitFor();
      await tab.waitForLoadState('networkidle');
      await tab.evaluate(() => {
        const late = document.createElement('div');
        late.id = 'late';
        late.innerHTML = '<nhs-category-grid categories="pharmacy"></nhs-category-grid><nhs-role-compare roles="porter,chef"></nhs-role-compare>';
        document.querySelector('main').append(late);
      });
      await tab.locator('#late nhs-category-grid').getByRole('heading', { name: 'Pharmacy' }).waitFor();
      await tab.locator('#late nhs-role-compare').getByRole('table').waitFor();
      await tab.evaluate(() => document.getElementById('late').remove());
      await tab.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<nhs-role-card role-id="chef"></nhs-role-card>'));
      await tab.locator('nhs-role-card[role-id="chef"]').getByRole('heading', { name: 'Chef' }).waitFor();
      assert.deepEqual(problems, []);
      await tab.close();
    });
  }

  it('works under a strict Content Security Policy with Trusted Types, with no violations', async () => {
    const tab = await browser.newPage();
    const problems = collectErrors(tab);
    await tab.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
    await tab.goto(`${server.url}/csp.html`);
    await widgetsSettled(tab);
    // Exercise the templates that render later: open a category and a role, search, answer.
    const grid = tab.locator('nhs-category-grid');
    await grid.getByRole('button', { name: /^Show \d+ roles/ }).first().click();
    await grid.getByRole('button', { name: 'Midwife', exact: true }).click();
    await grid.locator('nhs-role-card').getByRole('heading', { name: 'Midwife' }).waitFor();
    await tab.locator('nhs-role-explorer').getByRole('searchbox').fill('porter');
    await tab.locator('nhs-role-explorer').getByRole('heading', { name: 'Porter', exact: true }).waitFor();
    await tab.locator('nhs-career-finder').getByRole('radio').first().check();
    await tab.locator('nhs-career-finder').getByRole('button', { name: 'Next' }).click();
    await tab.locator('nhs-career-finder').getByText(/^Question 2 of/).waitFor();
    const card = tab.locator('nhs-role-card[role-id="paramedic"]');
    await card.getByRole('heading', { name: 'Paramedic' }).waitFor();
    assert.deepEqual(await tab.evaluate(() => window.violations), []);
    assert.deepEqual(problems, []);
    await tab.close();
  });
});
