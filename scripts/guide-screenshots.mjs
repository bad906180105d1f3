#!/usr/bin/env node
// Takes the screenshots in docs/guides/images/ (needs `npm run build` first):
//   node scripts/guide-screenshots.mjs
// Uses the embed builder and the host pages the guides' tests use (test/e2e/host-pages.mjs).
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { startStaticServer, withLocalDist } from './static-server.mjs';
import { iframeOnlyPage, wordPressPage } from '../test/e2e/host-pages.mjs';

const OUT = 'docs/guides/images';
const routes = {};
const server = await startStaticServer({ routes });
const browser = await launchChromium();
await mkdir(OUT, { recursive: true });

const settled = (page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('nhs-'))
      .every((e) => e.shadowRoot && !e.shadowRoot.querySelector('[aria-busy="true"]')),
  );

async function open(path, width, height = 900) {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('pageerror', (error) => console.log(`  [pageerror] ${path}: ${error.message}`));
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await settled(page);
  return page;
}

async function shot(page, name, target) {
  const file = `${OUT}/${name}.png`;
  if (target) await page.locator(target).screenshot({ path: file });
  else await page.screenshot({ path: file });
  console.log(file);
}

/** The builder, with `choose` applied; returns its snippet with the CDN pointed at this server. */
async function builder(choose, name) {
  const page = await open('/demo/builder.html', 1280, 1000);
  await page.locator('body[data-ready="true"]').waitFor();
  await choose(page);
  await page.locator('#snippet[data-ready="true"]').waitFor();
  await settled(page);
  if (name) await shot(page, name);
  const snippet = await page.locator('#snippet').inputValue();
  await page.close();
  return withLocalDist(snippet, server.url);
}

/** A small host page around one widget, for the theming recipes. */
const themed = (name, { css = '', attributes = '', pageCss = '', widget = 'role-card', inner = 'role-id="paramedic"' }) => {
  routes[`/theming/${name}.html`] = {
    body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${name}</title>
<script type="module" src="/dist/nhs-role-widgets.js"></script>
<style>body { margin: 0; padding: 24px; font-family: Arial, sans-serif; ${pageCss} } #host { padding: 8px; } h1 { margin: 0 0 8px; } ${css}</style></head>
<body><div id="host"><h1>Careers</h1><p>One of the jobs our Year 10s asked about.</p>
<nhs-${widget} ${inner} ${attributes} heading-level="2"></nhs-${widget}></div></body></html>`,
  };
  return `/theming/${name}.html`;
};

try {
  // The builder: the script snippet, and the iframe form.
  const cardSnippet = await builder(() => {}, 'builder-script');
  await builder(async (page) => {
    await page.getByLabel('My website removes scripts but keeps iframes').check();
  }, 'builder-iframe');
  const gridSnippet = await builder(async (page) => {
    await page.getByLabel('What to show').selectOption('category-grid');
    await page.getByLabel('Only roles open through').selectOption('apprenticeships');
    await page.getByLabel('Where the widget’s headings fit on your page').selectOption('2');
  });

  // WordPress: the snippets in a block theme page, wide and on a phone.
  routes['/wordpress.html'] = { body: wordPressPage([cardSnippet, gridSnippet]) };
  for (const width of [1280, 375]) {
    const page = await open('/wordpress.html', width, width > 400 ? 1100 : 1400);
    await shot(page, `wordpress-result-${width}`);
    await page.close();
  }

  // Drupal / LocalGov: the council article demo page.
  {
    const page = await open('/demo/council-article.html', 1280, 1100);
    await shot(page, 'drupal-council-article');
    await page.close();
  }

  // Iframe-only hosts: the builder's iframe snippet on a plain page, resized to its content.
  const iframeSnippet = await builder(async (page) => page.getByLabel('My website removes scripts but keeps iframes').check());
  routes['/iframe-only.html'] = { body: iframeOnlyPage(iframeSnippet) };
  {
    const page = await open('/iframe-only.html', 1000, 620);
    await page.frameLocator('iframe').locator('nhs-role-card').getByRole('heading', { name: 'Paramedic' }).waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'iframe-only-result');
    await page.close();
  }

  // Theming: before and after.
  // A school site with its own font (URW Gothic is on Debian; Century Gothic on Windows) and brand purple.
  const schoolPage = "font-family: 'Century Gothic', 'URW Gothic', sans-serif; color: #1b1b2f;";
  const schoolHeading = 'h1 { color: #5b2a86; }';
  const recipes = {
    'theming-before': themed('before', { pageCss: schoolPage, css: schoolHeading }),
    'theming-brand': themed('brand', {
      pageCss: schoolPage,
      css: `${schoolHeading} nhs-role-card { --nhs-color-link: #5b2a86; --nhs-color-link-visited: #3d1c5a; --nhs-color-accent: #5b2a86; --nhs-color-border: #5b2a86;
  --nhs-color-tag-background: #efe6f6; --nhs-radius: 12px; --nhs-role-card-border-width: 2px; }`,
    }),
    'theming-nhs': themed('nhs', { attributes: 'theme="nhs"' }),
    'theming-dark': themed('dark', { attributes: 'theme="dark"', pageCss: 'background: #1b1f23; color: #f0f4f5;' }),
    'theming-nhs-dark': themed('nhs-dark', { attributes: 'theme="nhs dark"', pageCss: 'background: #1b1f23; color: #f0f4f5;' }),
    'theming-parts': themed('parts', {
      css: `nhs-role-card::part(heading) { font-family: Georgia, serif; color: #00594f; }
nhs-role-card::part(card) { box-shadow: 0 2px 8px rgb(0 0 0 / 0.15); }
nhs-role-card::part(credit) { font-style: italic; }`,
    }),
  };
  for (const [name, path] of Object.entries(recipes)) {
    const page = await open(path, 560, 700);
    await shot(page, name, '#host');
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
