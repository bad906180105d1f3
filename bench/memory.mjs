// Memory: the heap of a page with 350 cards once they are painted and garbage has been collected,
// ours against the same content as static HTML (and Web Awesome's cards, for reference).
// CDP's Runtime.getHeapUsage after HeapProfiler.collectGarbage: `usedSize` is the JavaScript heap;
// `embedderHeapUsedSize` is Blink's own heap (DOM nodes, style data), where most of a page's
// markup lives, reported alongside so the JS figure is not read as the whole story.
import { VARIANTS } from './render-pages.mjs';
import { withPage } from './load-page.mjs';

const CARDS = 350;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const MB = 1024 * 1024;

async function heapOnce(browser, url) {
  return withPage(browser, url, async (page, cdp) => {
    // Let work scheduled after the first paint (late updates, idle callbacks) settle first.
    await page.waitForTimeout(500);
    await cdp.send('HeapProfiler.enable');
    for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return { jsMB: usage.usedSize / MB, blinkMB: (usage.embedderHeapUsedSize ?? 0) / MB };
  });
}

export async function measureMemory({ browser, server, runs }) {
  const samples = Object.fromEntries(VARIANTS.map((v) => [v, []]));
  for (let run = 0; run < runs; run++) {
    for (const variant of VARIANTS) samples[variant].push(await heapOnce(browser, `${server.url}/render/${variant}-${CARDS}.html`));
  }
  const summary = (variant) => ({ jsMB: median(samples[variant].map((s) => s.jsMB)), blinkMB: median(samples[variant].map((s) => s.blinkMB)) });
  const result = { cards: CARDS, runs, static: summary('static'), ours: summary('ours'), wa: summary('wa') };
  result.jsRatioVsStatic = result.ours.jsMB / result.static.jsMB;
  result.blinkRatioVsStatic = result.ours.blinkMB / result.static.blinkMB;
  return result;
}

export function printMemory(m, chromium) {
  const mb = (n) => `${n.toFixed(2).padStart(6)} MB`;
  console.log(`\nMemory: heap after GC with ${m.cards} cards painted, ${chromium}, median of ${m.runs} runs`);
  console.log('page              JS heap    Blink heap (DOM, style)');
  for (const [name, v] of [['static', m.static], ['Web Awesome', m.wa], ['ours', m.ours]]) console.log(`${name.padEnd(14)} ${mb(v.jsMB)}    ${mb(v.blinkMB)}`);
  console.log(`ours / static  ${m.jsRatioVsStatic.toFixed(1).padStart(6)}x      ${m.blinkRatioVsStatic.toFixed(1).padStart(6)}x`);
}
