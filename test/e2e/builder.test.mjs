// The embed builder: options update the preview and the snippet, and the snippet pasted into a
// blank page renders the same widget (with its integrity hash checked by the browser). The role
// is chosen by searching, with the keyboard; the builder speaks English and Welsh; "Try it" runs a
// pasted snippet in a sandboxed frame; no snippet ever carries a local address.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer, withLocalDist } from '../../scripts/static-server.mjs';
import { afterTwoFrames, axeViolations, collectErrors } from './axe-page.mjs';

const LOCAL = /127\.0\.0\.1|localhost/;
const PUBLISHED = 'https://example.github.io/nhs-role-widgets/';

describe('the embed builder', () => {
  /** A blank page with the snippet pasted in, the CDN address pointing at this server's copy of dist/. */
  const pastedPage = (snippet) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Pasted</title></head><body><h1>A page</h1>${withLocalDist(snippet, server.url)}<p id="below">Text below the widget.</p></body></html>`;
  let server;
  let browser;
  const routes = {};
  before(async () => {
    server = await startStaticServer({ routes });
    browser = await launchChromium();
    // The builder as the site build writes it when it knows where the site is published.
    routes['/demo/local-cdn-builder.html'] = {
      body: readFileSync('demo/builder.html', 'utf8').replace('</head>', `<meta name="nhs-widgets-cdn" content="${server.url}/dist/" /></head>`),
    };
    routes['/demo/published-builder.html'] = {
      body: readFileSync('demo/builder.html', 'utf8').replace('</head>', `<meta name="nhs-widgets-site" content="${PUBLISHED}" /></head>`),
    };
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openBuilder(path = '/demo/builder.html') {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${server.url}${path}`);
    await page.locator('body[data-ready="true"]').waitFor();
    return { page, errors };
  }
  const snippetOf = async (page) => {
    await page.locator('#snippet[data-ready="true"]').waitFor();
    return page.locator('#snippet').inputValue();
  };
  /** Chooses a role the way a keyboard user does: type, arrow down to it, Enter. */
  async function pickRole(page, label, query, title) {
    const box = page.getByRole('combobox', { name: label });
    await box.fill(query);
    const list = page.locator(`[id="${await box.getAttribute('aria-controls')}"]`);
    const option = list.getByRole('option', { name: title, exact: true });
    await option.waitFor();
    const position = await list.getByRole('option').evaluateAll((options, wanted) => options.findIndex((o) => o.textContent === wanted), title);
    for (let i = 0; i <= position; i++) await box.press('ArrowDown');
    assert.equal(await option.getAttribute('aria-selected'), 'true');
    await box.press('Enter');
    assert.equal(await box.inputValue(), title);
  }

  it('updates the preview and the snippet as options change, and the snippet works when pasted', async () => {
    const { integrity, version } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
    const { page, errors } = await openBuilder();
    await pickRole(page, 'Role', 'dental nurse', 'Dental nurse');
    await page.getByLabel('Everything, for an article about this role').check();
    await page.getByLabel('Cymraeg').check();
    const preview = page.locator('#preview nhs-role-card');
    await preview.getByRole('heading', { name: 'Dental nurse' }).waitFor();
    await preview.getByText('Ffyrdd i mewn').waitFor();

    const snippet = await snippetOf(page);
    assert.match(snippet, /<nhs-role-card role-id="dental-nurse" variant="full" heading-level="3" lang="cy">/);
    assert.ok(snippet.includes(`<script type="module" src="https://cdn.jsdelivr.net/npm/nhs-role-widgets@${version}/dist/nhs-role-widgets.js"`), 'pinned version');
    assert.ok(snippet.includes(`integrity="${integrity['nhs-role-widgets.js']}"`), 'integrity hash');
    // The link for readers without JavaScript is in the widget's language.
    assert.match(snippet, /<a href="https:\/\/www\.healthcareers\.nhs\.uk\/[^"]+">Dental nurse ar NHS Health Careers<\/a>/);

    // Pasted into a blank page, with the CDN address pointing at this server's copy of dist/.
    routes['/pasted.html'] = { body: pastedPage(snippet) };
    const pasted = await browser.newPage();
    const pastedErrors = collectErrors(pasted);
    await pasted.goto(`${server.url}/pasted.html`);
    const card = pasted.locator('nhs-role-card');
    await card.getByRole('heading', { name: 'Dental nurse' }).waitFor();
    await card.getByText('Ffyrdd i mewn').waitFor();
    await card.getByText('What the work involves').count().then((n) => assert.equal(n, 0));
    assert.deepEqual(pastedErrors, []);
    await pasted.close();

    // Without the file check the snippet has no integrity attribute.
    await page.getByLabel('Check the file has not been changed (recommended)').uncheck();
    assert.doesNotMatch(await snippetOf(page), /integrity=/);
    await page.getByLabel('Check the file has not been changed (recommended)').check();

    // Other widgets.
    await page.getByLabel('What to show').selectOption('category-grid');
    await page.locator('#preview nhs-category-grid').getByRole('heading', { name: 'Nyrsio' }).waitFor();
    assert.match(await snippetOf(page), /<nhs-category-grid heading-level="3" lang="cy">/);
    // Whose pay: a nation goes into the snippet and the iframe address alike.
    await page.getByLabel('Pay figures for').selectOption('scotland');
    assert.match(await snippetOf(page), /<nhs-category-grid heading-level="3" nation="scotland" lang="cy">/);
    await page.getByLabel('My website removes scripts but keeps iframes').check();
    assert.match(await snippetOf(page), /embed\.html\?widget=category-grid&amp;heading-level=3&amp;nation=scotland&amp;lang=cy"/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('lets a keyboard user search for a role: arrows move through the matches, Enter chooses, Escape closes', async () => {
    const { page, errors } = await openBuilder();
    const box = page.getByRole('combobox', { name: 'Role' });
    await box.focus();
    await box.fill('physio');
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    // The same search as the explorer: an informal name finds the role.
    await page.getByRole('listbox').getByRole('option', { name: 'Physiotherapist', exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: /roles? found/ }).waitFor();
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    assert.equal(await page.locator(`[id="${active}"]`).getAttribute('aria-selected'), 'true');
    await box.press('Escape');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    await box.press('ArrowDown');
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    await box.press('Enter');
    const chosen = await box.inputValue();
    assert.notEqual(chosen, 'Paramedic');
    await page.locator('#preview nhs-role-card').getByRole('heading', { name: chosen }).waitFor();
    assert.match(await snippetOf(page), new RegExp(`role-id="[a-z-]+"`));
    // A typo still finds the role; leaving the box without choosing keeps the last choice.
    await box.fill('pharmasist');
    await page.getByRole('listbox').getByRole('option', { name: 'Community pharmacist', exact: true }).waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await box.inputValue(), chosen);
    // Comparing: three pickers; the third is optional.
    await page.getByLabel('What to show').selectOption('role-compare');
    await pickRole(page, 'Second role', 'radiographer', 'Diagnostic radiographer');
    assert.match(await snippetOf(page), /<nhs-role-compare roles="paramedic,diagnostic-radiographer"/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('speaks Welsh: its own words, the language switch, and snippets that keep lang="cy"', async () => {
    const { page, errors } = await openBuilder('/demo/builder.html?lang=cy');
    assert.equal(await page.locator('html').getAttribute('lang'), 'cy');
    await page.getByRole('heading', { level: 1, name: 'Gwneud pyt o god i’ch gwefan' }).waitFor();
    assert.equal(await page.getByLabel('Gwirio nad yw’r ffeil wedi’i newid (argymhellir)').isChecked(), true);
    assert.equal(await page.getByRole('button', { name: 'Copïo’r pyt' }).count(), 1);
    // The widget's language follows the builder's.
    assert.equal(await page.locator('[name="lang"][value="cy"]').isChecked(), true);
    await page.locator('#preview nhs-role-card').getByText('Ffyrdd i mewn').waitFor();
    assert.match(await snippetOf(page), /<nhs-role-card role-id="paramedic" heading-level="3" lang="cy">/);
    await page.getByLabel('Mae fy ngwefan yn tynnu sgriptiau ond yn cadw iframes').check();
    const frame = await snippetOf(page);
    assert.match(frame, /<iframe title="Gyrfaoedd y GIG: Paramedic" lang="cy"/);
    assert.match(frame, /(\?|&amp;)lang=cy"/);
    assert.deepEqual(await axeViolations(page), []);
    // The switch goes back to English, in English.
    const english = page.getByRole('link', { name: 'English' });
    assert.equal(await english.getAttribute('lang'), 'en');
    await english.click();
    await page.locator('body[data-ready="true"]').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Make a snippet for your website' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('never puts a local address in a snippet: on this computer it warns and uses an example address', async () => {
    const { page, errors } = await openBuilder();
    for (const form of ['script', 'iframe', 'google-sites']) {
      await page.locator(`[name="embed"][value="${form}"]`).check();
      const snippet = await snippetOf(page);
      assert.doesNotMatch(snippet, LOCAL, snippet);
      assert.equal(await page.locator('#local-warning').isVisible(), form !== 'script', form);
    }
    assert.match(await page.locator('#local-warning').innerText(), /running on this computer.*https:\/\/your-site\.example\/nhs-role-widgets\//s);
    assert.match(await snippetOf(page), /^https:\/\/your-site\.example\/nhs-role-widgets\/dist\/embed\.html\?widget=role-card/);
    // A local or mistyped address is refused, plainly, and the snippet keeps its example address.
    await page.getByText('Advanced: where the widget page lives').click();
    const base = page.getByLabel('Address of the widget page');
    for (const [typed, message] of [['http://localhost:8000/', /only works on this computer/], ['careers page', /starting with https:\/\//]]) {
      await base.fill(typed);
      await base.press('Tab');
      assert.match(await page.locator('#embed-base-error').innerText(), message);
      assert.equal(await base.getAttribute('aria-invalid'), 'true');
      assert.match(await snippetOf(page), /^https:\/\/your-site\.example\/nhs-role-widgets\/dist\/embed\.html\?/);
    }
    // An organisation that copies the site to its own server names it once.
    await page.getByLabel('Address of the widget page').fill('https://careers.example.sch.uk/widgets');
    await page.getByLabel('Address of the widget page').press('Tab');
    assert.match(await snippetOf(page), /^https:\/\/careers\.example\.sch\.uk\/widgets\/dist\/embed\.html\?/);
    assert.equal(await page.locator('#local-warning').isVisible(), false);
    assert.equal(await page.locator('#embed-base-error').isVisible(), false);
    assert.deepEqual(errors, []);
    await page.close();

    // Where the site build named the published site, a local copy of the builder points there.
    const published = await openBuilder('/demo/published-builder.html');
    await published.page.getByLabel('My website removes scripts but keeps iframes').check();
    const frame = await snippetOf(published.page);
    assert.ok(frame.includes(`src="${PUBLISHED}dist/embed.html?widget=role-card`), frame);
    assert.match(await published.page.locator('#local-warning').innerText(), /published site/);
    await published.page.close();
  });

  it('makes an iframe snippet titled after what it shows, and a Google Sites address that needs no editing', async () => {
    const { integrity } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
    const { page, errors } = await openBuilder();
    await page.getByLabel('My website removes scripts but keeps iframes').check();
    // The page says when to use the iframe form.
    assert.match(await page.locator('#iframe-hint').innerText(), /only if the first choice does not work/);
    let frame = await snippetOf(page);
    assert.match(frame, /<iframe title="NHS careers: Paramedic" loading="lazy"/);
    assert.ok(frame.includes(`integrity="${integrity['embed-resize.js']}"`));
    await page.getByLabel('What to show').selectOption('role-compare');
    frame = await snippetOf(page);
    assert.match(frame, /<iframe title="NHS careers: Paramedic and Adult nurse compared"/);

    await page.getByLabel('What to show').selectOption('role-card');
    await page.getByLabel('Google Sites').check();
    assert.match(await page.locator('#how-to-paste').innerText(), /Insert, then Embed, then “By URL”/);
    const address = await snippetOf(page);
    assert.match(address, /^https:\/\/\S+\/dist\/embed\.html\?widget=role-card&role-id=paramedic&heading-level=3$/, 'one address, with & not &amp;');
    // Pasted as Google Sites would use it, the address shows the widget.
    const embed = await browser.newPage();
    const embedErrors = collectErrors(embed);
    await embed.goto(withLocalDist(address, server.url));
    await embed.locator('nhs-role-card').getByRole('heading', { name: 'Paramedic' }).waitFor();
    assert.deepEqual(embedErrors, []);
    await embed.close();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('"Try it" shows a pasted snippet working in a sandboxed frame', async () => {
    // The CDN is not reachable here, and a sandboxed frame's requests escape page.route: this copy
    // of the builder names this server's dist/ as its CDN (meta nhs-widgets-cdn), as a site may.
    const { page, errors } = await openBuilder('/demo/local-cdn-builder.html');
    await page.getByRole('button', { name: 'Try it', exact: true }).click();
    assert.equal(await page.locator('#try-status').innerText(), 'Paste a snippet first.');
    await pickRole(page, 'Role', 'midwife', 'Midwife');
    await page.getByRole('button', { name: 'Try this snippet below' }).click();
    assert.equal(await page.locator('#try-input').inputValue(), await snippetOf(page));
    const frame = page.locator('#try-frame');
    const sandbox = await frame.getAttribute('sandbox');
    assert.ok(sandbox.split(' ').includes('allow-scripts'));
    assert.ok(!sandbox.includes('allow-same-origin'), 'the pasted code cannot reach the builder');
    assert.equal(await frame.getAttribute('title'), 'Your snippet, working in a blank page');
    await page.frameLocator('#try-frame').locator('nhs-role-card').getByRole('heading', { name: 'Midwife' }).waitFor();
    // Any pasted snippet, edited by hand.
    await page.getByLabel('Snippet to try').fill(withLocalDist('<script type="module" src="https://cdn.jsdelivr.net/npm/nhs-role-widgets@0.1.0/dist/nhs-role-widgets.js"></script>\n<nhs-role-card role-id="biomedical-scientist"></nhs-role-card>', server.url));
    await page.getByRole('button', { name: 'Try it', exact: true }).click();
    await page.frameLocator('#try-frame').locator('nhs-role-card').getByRole('heading', { name: 'Biomedical scientist' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('adds schema.org Occupation data for search engines when ticked', async () => {
    const { page, errors } = await openBuilder();
    await page.getByLabel('Help search engines understand this role').check();
    const snippet = await snippetOf(page);
    const json = snippet.match(/<script type="application\/ld\+json">\n([\s\S]+?)\n<\/script>/)[1];
    const data = JSON.parse(json);
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'Occupation');
    assert.equal(data.name, 'Paramedic');
    assert.equal(data.estimatedSalary[0]['@type'], 'MonetaryAmountDistribution');
    // Only for one role.
    await page.getByLabel('What to show').selectOption('category-grid');
    assert.doesNotMatch(await snippetOf(page), /ld\+json/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('offers the one-file script, and a ready-made copy that shows without JavaScript and does not move the page', async () => {
    const { integrity } = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
    const { page } = await openBuilder();
    await page.getByLabel('Everything, for an article about this role').check();
    await page.getByLabel('Everything in one larger file').check();
    await page.getByLabel('Show the widget at once').check();
    await page.waitForFunction(() => document.querySelector('#snippet').value.includes('shadowrootmode'));
    const snippet = await snippetOf(page);
    assert.ok(snippet.includes(`integrity="${integrity['nhs-role-widgets.iife.js']}"`), 'the one-file script, with its hash');
    assert.match(snippet, /<nhs-role-card role-id="paramedic" variant="full" heading-level="3"><template shadowrootmode="open"><style>/);
    await page.close();

    for (const loading of ['one file', 'parts']) {
      const pasted = loading === 'one file' ? snippet : snippet.replace(/<script [^>]*><\/script>/, `<script type="module" src="https://cdn.jsdelivr.net/npm/nhs-role-widgets@0/dist/nhs-role-widgets.js"></script>`);
      routes['/ready-made.html'] = { body: pastedPage(pasted) };
      // Without JavaScript the copy is the widget: a reader sees the whole card.
      const off = await browser.newContext({ javaScriptEnabled: false });
      const still = await off.newPage();
      await still.goto(`${server.url}/ready-made.html`);
      await still.locator('nhs-role-card').getByRole('heading', { name: 'Paramedic' }).waitFor();
      assert.equal(await still.locator('nhs-role-card').getByText('What the work involves').count(), 1);
      await off.close();

      // With JavaScript on a slow connection, the widget takes over from the copy without moving anything.
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 90_000 });
      const errors = collectErrors(tab);
      await tab.addInitScript(() => {
        window.shifts = [];
        new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: 'layout-shift', buffered: true });
      });
      await tab.goto(`${server.url}/ready-made.html`);
      await tab.waitForFunction(() => customElements.get('nhs-role-card') && document.querySelector('nhs-role-card').shadowRoot.adoptedStyleSheets.length > 0);
      await afterTwoFrames(tab);
      const card = tab.locator('nhs-role-card');
      assert.equal(await card.getByRole('heading', { name: 'Paramedic' }).count(), 1, `${loading}: one card, not the copy and the card`);
      assert.equal(await tab.evaluate(() => document.querySelector('nhs-role-card').shadowRoot.querySelector('template, style')), null, `${loading}: the copy is gone`);
      assert.deepEqual(await tab.evaluate(() => window.shifts), [], `${loading}: the page moved`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
});
