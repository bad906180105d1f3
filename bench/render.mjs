// Render: first script starting → the frame that paints all N cards, for our cards, the same
// content as static HTML (the floor) and Web Awesome's <wa-card>, in the same runs.
// How the moment is taken is explained next to the probe in render-pages.mjs.
import { readCardText, renderPage, roleIds, VARIANTS } from './render-pages.mjs';
import { mainThreadCosts, withPage } from './load-page.mjs';

export const SIZES = [1, 50, 350];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Adds the pages to `routes` (served by bench/server.mjs) and returns what each card says. */
export async function preparePages({ browser, server, routes }) {
  const ids = roleIds(Math.max(...SIZES));
  routes['/render/read-text.html'] = { body: renderPage('ours', [], ids) };
  const cards = await withPage(browser, `${server.url}/render/read-text.html`, (page) => page.evaluate(readCardText));
  for (const size of SIZES) {
    for (const variant of VARIANTS) routes[`/render/${variant}-${size}.html`] = { body: renderPage(variant, cards.slice(0, size), ids.slice(0, size)) };
  }
  // One load of each page, not measured: the server compresses each file on its first request
  // and the OS caches the files, which would otherwise land on whichever load comes first.
  for (const size of SIZES) {
    for (const variant of VARIANTS) await withPage(browser, `${server.url}/render/${variant}-${size}.html`, () => undefined);
  }
  return cards;
}

async function measureOnce(browser, url) {
  return withPage(browser, url, async (page, cdp) => {
    const timing = await page.evaluate(() => {
      const bench = window.__bench;
      // When the last script, stylesheet or data file arrived, from the same start.
      const fetched = performance.getEntriesByType('resource').reduce((last, r) => Math.max(last, r.responseEnd), bench.start);
      return { ms: bench.painted - bench.start, fromNavigationMs: bench.painted, fetchedMs: fetched - bench.start };
    });
    return { ...timing, ...(await mainThreadCosts(cdp)) };
  });
}

export async function measureRender({ browser, server, runs }) {
  const samples = Object.fromEntries(SIZES.map((size) => [size, Object.fromEntries(VARIANTS.map((v) => [v, []]))]));
  for (let run = 0; run < runs; run++) {
    for (const size of SIZES) {
      // Rotate the order each run so no variant always goes first on a warming machine.
      const order = VARIANTS.map((_, i) => VARIANTS[(i + run) % VARIANTS.length]);
      for (const variant of order) samples[size][variant].push(await measureOnce(browser, `${server.url}/render/${variant}-${size}.html`));
    }
  }
  return SIZES.map((size) => {
    const s = samples[size];
    const summary = (variant) =>
      Object.fromEntries(Object.keys(s[variant][0]).map((key) => [key, median(s[variant].map((sample) => sample[key]))]));
    // Ratios pair the loads of the same run, then take the median across runs.
    const ratio = (a, b) => median(s[a].map((sample, i) => sample.ms / Math.max(s[b][i].ms, 0.1)));
    const row = { cards: size, static: summary('static'), ours: summary('ours'), wa: summary('wa'), oursVsStatic: ratio('ours', 'static'), oursVsWa: ratio('ours', 'wa') };
    row.goalStaticMet = row.oursVsStatic <= 2;
    row.goalWaMet = row.oursVsWa < 1;
    return row;
  });
}

export function printRender(rows, runs, chromium) {
  const ms = (n) => `${n.toFixed(1).padStart(7)} ms`;
  console.log(`\nRender: first script starting to the frame that paints all cards (compact <nhs-role-card>), ${chromium}, median of ${runs} runs`);
  console.log('cards   static (floor)   Web Awesome       ours   ours/static (goal ≤ 2x)   ours/WA (goal < 1x)');
  for (const r of rows) {
    console.log(
      `${String(r.cards).padStart(5)}   ${ms(r.static.ms)}     ${ms(r.wa.ms)}   ${ms(r.ours.ms)}   ${r.oursVsStatic.toFixed(2).padStart(6)}x ${(r.goalStaticMet ? 'met' : 'MISSED').padEnd(12)}      ${r.oursVsWa.toFixed(2).padStart(5)}x ${r.goalWaMet ? 'met' : 'MISSED'}`,
    );
  }
  console.log('Main-thread time on each page by the time it was measured (CDP Performance metrics), and when its last file arrived:');
  console.log('cards  page            script     style    layout   last file');
  for (const r of rows) {
    for (const [name, v] of [['static', r.static], ['Web Awesome', r.wa], ['ours', r.ours]]) {
      console.log(`${String(r.cards).padStart(5)}  ${name.padEnd(12)} ${ms(v.scriptMs)} ${ms(v.styleMs)} ${ms(v.layoutMs)} ${ms(v.fetchedMs)}`);
    }
  }
}
