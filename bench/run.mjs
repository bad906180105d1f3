#!/usr/bin/env node
// `npm run bench`: measures the built widgets in Debian's Chromium and prints a table; also writes
// bench/results.json. Timings live here, not in pass/fail tests, because these machines are noisy.
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { launchChromium } from '../scripts/chromium.mjs';
import { startStaticServer } from '../scripts/static-server.mjs';
import { TRANSFER_PAGES, measureTransfer, transferRoutes } from './transfer.mjs';
import { startBenchServer } from './server.mjs';
import { buildWebAwesomeCard } from './webawesome.mjs';
import { measureRender, preparePages, printRender } from './render.mjs';
import { measureMemory, printMemory } from './memory.mjs';
import { measureLighthouse, printLighthouse } from './lighthouse.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_ONLY=explorer measures the explorer alone (keystrokes and the first search), for quick checks.
const ONLY_EXPLORER = process.env.BENCH_ONLY === 'explorer';
// The heavier parts run fewer times so that `npm run bench` stays within a few minutes on 2 cores.
const MEMORY_RUNS = Number(process.env.BENCH_MEMORY_RUNS ?? Math.min(RUNS, 3));
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? Math.min(RUNS, 3));
/** Thrown to skip the render, memory and Lighthouse parts under BENCH_ONLY=explorer. */
class OnlyExplorer extends Error {}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>
<script type="module" src="/dist/nhs-role-widgets.js"></script></head><body>
<nhs-careers-provider id="provider"><nhs-role-explorer page-size="20"></nhs-role-explorer></nhs-careers-provider>
<ul id="baseline"></ul></body></html>`;

const server = await startStaticServer({ routes: { '/bench.html': { body: page }, ...transferRoutes() } });
const browser = await launchChromium();
const results = { date: new Date().toISOString(), machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, chromium: browser.version() }, runs: RUNS, transfer: [], explorer: [] };

try {
  // Transfer: the library files fetched before the widget is painted, at their brotli size.
  for (const [i, { name, budgetKB }] of ONLY_EXPLORER ? [] : TRANSFER_PAGES.entries()) {
    const { files, kb } = await measureTransfer(browser, server.url, i);
    results.transfer.push({ page: name, files: files.length, brotliKB: kb, budgetKB, withinBudget: kb <= budgetKB });
  }

  for (const [name, count, budget] of [['real dataset', 0, 16], ['10,000 roles', 10000, 50]]) {
    const ours = [];
    const baseline = [];
    const firstSearch = [];
    for (let run = 0; run < RUNS; run++) {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}/bench.html`);
      const measured = await tab.evaluate(async (count) => {
        const bench = await import('/bench/explorer-page.js');
        await bench.ready();
        const { roles, dataset, rankRoles } = await import('/dist/data/index.js');
        const provider = document.getElementById('provider');
        const explorer = provider.querySelector('nhs-role-explorer');
        const data = count ? bench.syntheticRoles(roles, count) : roles;
        if (count) {
          const loaded = new Promise((resolve) => provider.addEventListener('nhs-dataset-load', (e) => e.detail.source === 'data' && resolve()));
          provider.data = { roles: data };
          await loaded;
        }
        await explorer.updateComplete;
        const first = bench.measureFirstSearch(rankRoles, dataset, data);
        // A reader takes a moment to start typing; the explorer builds its index in that idle time.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        return { first, ours: await bench.measureExplorer(explorer), baseline: await bench.measureBaseline(data, document.getElementById('baseline')) };
      }, count);
      ours.push(measured.ours);
      firstSearch.push(measured.first);
      baseline.push(measured.baseline);
      await tab.close();
    }
    const row = {
      dataset: name,
      keystrokes: ours[0].keystrokes,
      p50: median(ours.map((r) => r.p50)),
      p95: median(ours.map((r) => r.p95)),
      firstKeystroke: median(ours.map((r) => r.first)),
      baselineP50: median(baseline.map((r) => r.p50)),
      baselineP95: median(baseline.map((r) => r.p95)),
      budget,
      firstSearch: median(firstSearch),
      firstSearchBudget: count ? null : 50,
    };
    row.ratioP50 = row.p50 / Math.max(row.baselineP50, 0.01);
    row.withinBudget = row.p95 <= budget;
    results.explorer.push(row);
  }

  // Render and memory: pages of 1, 50 and 350 cards (ours, static HTML, Web Awesome), served compressed.
  if (ONLY_EXPLORER) throw new OnlyExplorer();
  const routes = await buildWebAwesomeCard();
  const pages = await startBenchServer({ routes });
  try {
    await preparePages({ browser, server: pages, routes });
    results.render = await measureRender({ browser, server: pages, runs: RUNS });
    results.memory = await measureMemory({ browser, server: pages, runs: MEMORY_RUNS });
  } finally {
    await pages.close();
  }
} catch (error) {
  if (!(error instanceof OnlyExplorer)) throw error;
} finally {
  await browser.close();
  await server.close();
}

// Lighthouse launches its own Chromium, so it runs once the bench's browser is closed.
if (!ONLY_EXPLORER) {
  const host = await startBenchServer();
  try {
    results.lighthouse = await measureLighthouse({ server: host, runs: LIGHTHOUSE_RUNS });
  } finally {
    await host.close();
  }
}

console.log(`\nTransfer: library files fetched before the widget is painted (brotli), ${results.machine.chromium}`);
console.log('page                   files   brotli      budget');
for (const t of results.transfer) {
  console.log(`${t.page.padEnd(22)} ${String(t.files).padStart(5)} ${t.brotliKB.toFixed(1).padStart(7)} KB   ${String(t.budgetKB).padStart(4)} KB ${t.withinBudget ? 'met' : 'MISSED'}`);
}

const ms = (n) => n.toFixed(2).padStart(8);
console.log(`\nExplorer: keystroke to results updated (ms), ${results.machine.chromium}, median of ${RUNS} runs`);
console.log('dataset          keys    p50      p95   first key   baseline p50  baseline p95  ratio p50  budget (p95)');
for (const r of results.explorer) {
  console.log(
    `${r.dataset.padEnd(15)} ${String(r.keystrokes).padStart(5)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.firstKeystroke)}    ${ms(r.baselineP50)}      ${ms(r.baselineP95)}   ${r.ratioP50.toFixed(1).padStart(6)}x   ${String(r.budget).padStart(3)} ms ${r.withinBudget ? 'met' : 'MISSED'}`,
  );
}
console.log('\nBaseline: a hand-made substring filter over titles rendering 20 results with innerHTML, on the same data in the same page.');
console.log('\nFirst search on a dataset not seen before (building the index and answering "nurse"), ms, median of runs');
for (const r of results.explorer) {
  const verdict = r.firstSearchBudget === null ? '' : ` budget ${r.firstSearchBudget} ms ${r.firstSearch <= r.firstSearchBudget ? 'met' : 'MISSED'}`;
  console.log(`${r.dataset.padEnd(15)} ${ms(r.firstSearch)}${verdict}`);
}
if (ONLY_EXPLORER) process.exit(0);
printRender(results.render, RUNS, results.machine.chromium);
printMemory(results.memory, results.machine.chromium);
printLighthouse(results.lighthouse);
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('Written to bench/results.json');
