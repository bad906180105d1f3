#!/usr/bin/env node
// Takes screenshots at 320 and 1280 px wide into screenshots/ for a person to look at.
// Usage:
//   node scripts/screenshot.mjs [path ...]            demo pages (default: every demo page)
//   node scripts/screenshot.mjs --stories [filter]    built Storybook stories whose id contains filter,
//                                                     in English/default theme and Welsh/NHS theme
import { mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const args = process.argv.slice(2);
const storiesMode = args[0] === '--stories';
let targets;
let server;
if (storiesMode) {
  const filter = args[1] ?? '';
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
  const ids = Object.values(index.entries).filter((e) => e.type === 'story' && e.id.includes(filter)).map((e) => e.id);
  targets = ids.flatMap((id) =>
    ['locale:en;theme:default', 'locale:cy;theme:nhs'].map((globals) => ({
      url: `/iframe.html?id=${id}&viewMode=story&globals=${globals}`,
      name: `${id}-${globals.includes('cy') ? 'cy-nhs' : 'en-default'}`,
    })),
  );
  server = await startStaticServer({ root: 'storybook-static', index: '/index.html' });
} else {
  const paths = args.length ? args : ['/demo/index.html', '/demo/council-article.html', '/demo/school-page.html'];
  targets = paths.map((path) => ({ url: path, name: path.replace(/^\//, '').replace(/[/?=&]+/g, '_') }));
  server = await startStaticServer();
}

const browser = await launchChromium();
await mkdir('screenshots', { recursive: true });
try {
  for (const target of targets) {
    for (const width of [320, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      page.on('pageerror', (error) => console.log(`  [pageerror] ${error.message}`));
      await page.goto(`${server.url}${target.url}`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() =>
        [...document.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('nhs-'))
          .every((e) => e.shadowRoot && !e.shadowRoot.querySelector('[aria-busy="true"]')),
      );
      const file = `screenshots/${target.name}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      console.log(`${file}${overflow ? '  (scrolls sideways!)' : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
