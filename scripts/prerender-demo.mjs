#!/usr/bin/env node
// Refreshes the ready-made copies in the demo pages: every widget tag marked `data-ready-made`
// gets its rendered shadow root written after its opening tag as a declarative shadow root, the
// way the embed builder's "ready-made copy" option does. Run after `npm run build` when a widget's
// look or the data changes (the end-to-end tests fail on a page that moves while it loads).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const MARKED = /(<(nhs-[a-z-]+)\b[^>]*\bdata-ready-made\b[^>]*>)(?:<template shadowrootmode="open">[\s\S]*?<\/template>)?/g;
const pages = readdirSync('demo').filter((f) => f.endsWith('.html') && new RegExp(MARKED.source).test(readFileSync(`demo/${f}`, 'utf8')));

const server = await startStaticServer();
const browser = await launchChromium();
try {
  for (const file of pages) {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/demo/${file}`, { waitUntil: 'networkidle' });
    const copies = await tab.evaluate(async () => {
      const { prerendered, rendered } = await import('/demo/prerender.js');
      const marked = [...document.querySelectorAll('[data-ready-made]')];
      await Promise.all(marked.map((element) => rendered(element)));
      return marked.map((element) => prerendered(element));
    });
    let i = 0;
    const html = readFileSync(`demo/${file}`, 'utf8').replace(MARKED, (_, open) => `${open}${copies[i++]}`);
    writeFileSync(`demo/${file}`, html);
    console.log(`demo/${file}: ${copies.length} ready-made ${copies.length === 1 ? 'copy' : 'copies'} (${(copies.join('').length / 1024).toFixed(1)} KB)`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}
