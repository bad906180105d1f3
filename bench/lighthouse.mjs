// Lighthouse 13 (npm) on the demo's council article, served by bench/server.mjs with brotli.
// Lighthouse's defaults: mobile form factor and screen, simulated throttling (a slow 4G network
// and a 4x slower CPU, computed from an unthrottled load). It launches its own Chromium.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

const run = promisify(execFile);
const cli = join(dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli/index.js');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const PAGE = '/demo/council-article.html';
export const GOALS = { performance: 98, cls: 0, tbtMs: 0, accessibility: 100 };

async function lighthouseOnce(url, attempt = 1) {
  const { stdout } = await run(
    process.execPath,
    [cli, url, '--output=json', '--output-path=stdout', '--only-categories=performance,accessibility', '--quiet',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 256 * 1024 * 1024, timeout: 180_000 },
  ).catch((error) => {
    // Headless Chromium on a loaded machine now and then drops its first target: try once more.
    if (attempt < 2) return lighthouseOnce(url, attempt + 1).then((lhr) => ({ stdout: JSON.stringify(lhr) }));
    throw error;
  });
  return JSON.parse(stdout);
}

/** What an audit found, in a line: its value and the first few things it points at. */
function reason(audit) {
  const items = (audit.details?.items ?? [])
    .slice(0, 3)
    .map((item) => {
      const node = item.node?.type === 'node' ? item.node : undefined;
      const why = node?.explanation?.split('\n').slice(1).join(' ').trim();
      return node ? `${node.snippet}${why ? ` (${why})` : ''}` : (item.url ?? item.source?.url ?? '');
    })
    .filter(Boolean);
  return [audit.displayValue, audit.explanation, items.length ? `e.g. ${items.join(', ')}` : ''].filter(Boolean).join('; ');
}

/** Audits of both categories that did not get full marks (metrics, checks and insights). */
function failingAudits(lhr) {
  const failing = [];
  for (const category of ['performance', 'accessibility']) {
    for (const ref of lhr.categories[category].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (audit.score === null || audit.score >= 1 || ['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode)) continue;
      failing.push({ category, id: ref.id, title: audit.title, score: audit.score, weight: ref.weight, reason: reason(audit) });
    }
  }
  return failing;
}

/** The LCP element and the parts of its time, from the LCP breakdown insight. */
function lcpElement(lhr) {
  const items = lhr.audits['lcp-breakdown-insight']?.details?.items ?? [];
  const node = items.find((item) => item.type === 'node');
  const parts = items.find((item) => item.type === 'table')?.items ?? [];
  return {
    selector: node?.selector,
    text: node?.nodeLabel,
    observedParts: Object.fromEntries(parts.map((p) => [p.subpart, Math.round(p.duration)])),
  };
}

export async function measureLighthouse({ server, runs }) {
  const reports = [];
  for (let i = 0; i < runs; i++) reports.push(await lighthouseOnce(`${server.url}${PAGE}`));
  const pick = (fn) => median(reports.map(fn));
  const result = {
    page: PAGE,
    runs,
    settings: 'Lighthouse defaults: mobile, simulated throttling (slow 4G, 4x CPU slowdown)',
    compression: 'brotli (bench/server.mjs)',
    lighthouse: reports[0].lighthouseVersion,
    performance: pick((r) => Math.round(r.categories.performance.score * 100)),
    accessibility: pick((r) => Math.round(r.categories.accessibility.score * 100)),
    lcpMs: pick((r) => r.audits['largest-contentful-paint'].numericValue),
    fcpMs: pick((r) => r.audits['first-contentful-paint'].numericValue),
    tbtMs: pick((r) => r.audits['total-blocking-time'].numericValue),
    cls: pick((r) => r.audits['cumulative-layout-shift'].numericValue),
    goals: GOALS,
    lcpElement: lcpElement(reports[0]),
  };
  result.goalsMet = {
    performance: result.performance >= GOALS.performance,
    cls: result.cls <= GOALS.cls,
    tbt: result.tbtMs <= GOALS.tbtMs,
    accessibility: result.accessibility >= GOALS.accessibility,
  };
  // Each failing audit once, with the number of runs it failed in.
  const byId = new Map();
  for (const report of reports) {
    for (const audit of failingAudits(report)) {
      const seen = byId.get(audit.id);
      byId.set(audit.id, { ...audit, failedRuns: (seen?.failedRuns ?? 0) + 1 });
    }
  }
  result.failingAudits = [...byId.values()];
  return result;
}

export function printLighthouse(l) {
  const mark = (met) => (met ? 'met' : 'MISSED');
  console.log(`\nLighthouse ${l.lighthouse}: ${l.page}, ${l.settings}, ${l.compression}, median of ${l.runs} runs`);
  console.log('metric            value      goal');
  console.log(`performance     ${String(l.performance).padStart(7)}      ≥ ${l.goals.performance} ${mark(l.goalsMet.performance)}`);
  console.log(`CLS             ${l.cls.toFixed(3).padStart(7)}        ${l.goals.cls} ${mark(l.goalsMet.cls)}`);
  console.log(`TBT             ${l.tbtMs.toFixed(0).padStart(4)} ms     ${l.goals.tbtMs} ms ${mark(l.goalsMet.tbt)}`);
  console.log(`accessibility   ${String(l.accessibility).padStart(7)}      ${l.goals.accessibility} ${mark(l.goalsMet.accessibility)}`);
  console.log(`LCP             ${(l.lcpMs / 1000).toFixed(2).padStart(5)} s      (FCP ${(l.fcpMs / 1000).toFixed(2)} s)`);
  const parts = Object.entries(l.lcpElement.observedParts).map(([k, v]) => `${k} ${v} ms`).join(', ');
  console.log(`LCP element: ${l.lcpElement.selector} "${l.lcpElement.text}"; unthrottled: ${parts}`);
  if (l.failingAudits.length === 0) return console.log('No audit short of full marks.');
  console.log('Audits short of full marks (category, id, score, runs failed: what it found):');
  for (const a of l.failingAudits) {
    const weight = a.weight ? `, weight ${a.weight}` : ', no weight';
    console.log(`  ${a.category.padEnd(13)} ${a.id} ${a.score} (${a.failedRuns}/${l.runs}${weight}): ${a.reason || a.title}`);
  }
}
