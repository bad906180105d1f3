#!/usr/bin/env node
// Takes screenshots of demo pages at 320 and 1280 px wide into screenshots/ for a person to look at.
// Usage: node scripts/screenshot.mjs [path ...]   (paths on the demo server, default: every demo page)
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const paths = process.argv.slice(2);
const pages = paths.length ? paths : ['/demo/index.html', '/demo/council-article.html', '/demo/school-page.html'];
const server = await startStaticServer();
const browser = await launchChromium();
await mkdir('screenshots', { recursive: true });
try {
  for (const path of pages) {
    for (const width of [320, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      page.on('console', (message) => console.log(`  [${message.type()}] ${message.text()}`));
      page.on('pageerror', (error) => console.log(`  [pageerror] ${error.message}`));
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('nhs-')).map((e) => e.updateComplete)));
      const file = `screenshots/${path.replace(/^\//, '').replace(/[/?=&]+/g, '_')}-${width}.png`;
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
