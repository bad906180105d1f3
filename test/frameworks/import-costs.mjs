// What each way of importing the package costs an app: small apps in examples/size-*, built by
// vite as a production build would be, opened in Chromium, and the files they fetch before their
// card is painted, at brotli size. test/frameworks/import-costs.test.mjs holds them to budgets and
// checks the README's table against them; `node test/frameworks/import-costs.mjs --write` measures
// and rewrites that table. Needs `npm run build` first (the apps import dist/ through the package).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { OUT, ROOT, buildExample, linkPackage } from './build-examples.mjs';

/**
 * The apps, what each imports, and its budget in KB (issue 19: one card within 40 KB; issue 12: a provider adds at
 * most 5).
 */
export const IMPORT_COSTS = [
  { app: 'size-one-card', imports: '`nhs-role-widgets/components/role-card/role-card.js`', shows: 'one card', budgetKB: 40 },
  {
    app: 'size-provider-card',
    imports: 'the provider and the card, each from `nhs-role-widgets/components/…`',
    shows: 'one card in a provider',
    budgetKB: 45,
  },
  { app: 'size-everything', imports: '`nhs-role-widgets` (registers every element)', shows: 'one card', budgetKB: 200 },
];

const brotliSize = (path) => brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** How many roles' full details (their `work` text) a piece of code carries. */
export const rolesInFull = (code) => (code.match(/[{,]"?work"?:\s*["`]/g) ?? []).length;

/** Builds the apps and resolves to each one's fetched files, their brotli KB and how many roles came in full. */
export async function measureImportCosts() {
  await linkPackage();
  for (const { app } of IMPORT_COSTS) await buildExample(app, { minify: true });
  const server = await startStaticServer({ root: OUT, index: `/${IMPORT_COSTS[0].app}/index.html` });
  const browser = await launchChromium();
  try {
    const results = [];
    for (const cost of IMPORT_COSTS) {
      const page = await browser.newPage();
      const files = new Set();
      page.on('request', (request) => files.add(new URL(request.url()).pathname));
      await page.goto(`${server.url}/${cost.app}/index.html`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => document.querySelector('nhs-role-card')?.shadowRoot?.querySelector('h3')?.textContent === 'Paramedic');
      await page.close();
      const paths = [...files].filter((path) => path.startsWith(`/${cost.app}/`)).sort();
      const bytes = paths.reduce((sum, path) => sum + brotliSize(join(OUT, path)), 0);
      const full = paths.reduce((sum, path) => sum + rolesInFull(readFileSync(join(OUT, path), 'utf8')), 0);
      results.push({ ...cost, files: paths, kb: bytes / 1024, rolesInFull: full });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

export const README_START = '<!-- import-costs:start (written by node test/frameworks/import-costs.mjs --write) -->';
export const README_END = '<!-- import-costs:end -->';

/** The README's table of import costs, from measured results. */
export function importCostsTable(results) {
  const rows = results.map((r) => `| ${r.imports} | ${r.shows} | ${Math.round(r.kb)} KB | ${r.files.length} | ${r.budgetKB} KB |`);
  return [
    '| import | page shows | fetched before paint (brotli) | files | budget |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The KB figures the README's table states, in its row order. */
export function readmeFigures(readme) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return [];
  return [...readme.slice(start, end).matchAll(/^\|[^|]+\|[^|]+\| (\d+) KB \|/gm)].map((m) => Number(m[1]));
}

if (import.meta.filename === process.argv[1]) {
  const results = await measureImportCosts();
  for (const r of results) console.log(`${r.app}: ${r.kb.toFixed(1)} KB in ${r.files.length} files, ${r.rolesInFull} role(s) in full`);
  if (process.argv.includes('--write')) {
    const path = join(ROOT, 'README.md');
    const readme = readFileSync(path, 'utf8');
    const start = readme.indexOf(README_START);
    const end = readme.indexOf(README_END);
    if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} ... ${README_END} markers`);
    writeFileSync(path, `${readme.slice(0, start + README_START.length)}\n${importCostsTable(results)}\n${readme.slice(end)}`);
    console.log('README.md: table of import costs rewritten');
  }
}
