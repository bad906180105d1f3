/*
 * `npm run eval`: how well search and the career finder serve readers, measured on cases the
 * project owns (test/eval/queries.json, test/eval/personas.json), written from the roles' data by
 * an adviser's judgement before any tuning. Prints top-1 and top-3 by kind of query and each
 * persona's verdict; exits 1 when a goal is missed (top-3 at least 95% overall, every persona
 * sensible). `--failures` lists the queries that missed.
 */
import { readFileSync } from 'node:fs';
import { bundledDataset } from '../../src/data/bundled.js';
import * as finder from '../../src/data/finder.js';
import * as search from '../../src/data/search.js';
import type { Band, QualificationLevel, Role } from '../../src/data/types.js';

interface Where {
  minQualification?: QualificationLevel[];
  entryRoute?: string;
  band?: Band;
  category?: string;
}
interface QueryCase {
  q: string;
  kind: string;
  accept?: string[];
  where?: Where;
  note?: string;
}
interface Persona {
  name: string;
  answers: Record<string, string>;
  expect: string[];
  mislead: string[];
}

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as T;
const { cases } = read<{ cases: QueryCase[] }>('./queries.json');
const { personas } = read<{ personas: Persona[] }>('./personas.json');
const BANDS: Band[] = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'];

/** What the explorer lists for a query: the search with its intent filters where the module has them. */
type Searcher = (query: string) => readonly Role[];
const api = search as unknown as { searchRoles?: (dataset: typeof bundledDataset, query: string) => { roles: readonly Role[] } };
const searchFor: Searcher = api.searchRoles
  ? (query) => api.searchRoles!(bundledDataset, query).roles
  : (query) => search.rankRoles(bundledDataset, query);

function meets(role: Role, where: Where): boolean {
  if (where.minQualification && (role.minQualification === null || !where.minQualification.includes(role.minQualification))) return false;
  if (where.entryRoute && !role.entryRoutes?.includes(where.entryRoute)) return false;
  if (where.category && role.category !== where.category) return false;
  if (where.band) {
    if (role.pay?.scale !== 'agenda-for-change') return false;
    const band = BANDS.indexOf(where.band);
    if (BANDS.indexOf(role.pay.from) > band || BANDS.indexOf(role.pay.to) < band) return false;
  }
  return true;
}

/** A hit at k: some of the first k is accepted, and every one of them meets the case's conditions. */
function hit(c: QueryCase, roles: readonly Role[], k: number): boolean {
  const top = roles.slice(0, k);
  if (top.length === 0) return false;
  if (c.where && !top.every((r) => meets(r, c.where!))) return false;
  return !c.accept || top.some((r) => c.accept!.includes(r.id));
}

const percent = (n: number, of: number) => (of ? `${Math.round((100 * n) / of)}%` : '-');
const pad = (text: string, width: number) => text.padEnd(width);

const started = performance.now();
const rows = new Map<string, { n: number; top1: number; top3: number }>();
const failures: string[] = [];
for (const c of cases) {
  const roles = searchFor(c.q);
  const row = rows.get(c.kind) ?? { n: 0, top1: 0, top3: 0 };
  row.n += 1;
  if (hit(c, roles, 1)) row.top1 += 1;
  if (hit(c, roles, 3)) row.top3 += 1;
  else failures.push(`  [${c.kind}] "${c.q}" -> ${roles.slice(0, 3).map((r) => r.id).join(', ') || '(nothing)'}`);
  rows.set(c.kind, row);
}
const total = [...rows.values()].reduce((a, r) => ({ n: a.n + r.n, top1: a.top1 + r.top1, top3: a.top3 + r.top3 }), { n: 0, top1: 0, top3: 0 });

console.log(`Search: ${cases.length} queries${api.searchRoles ? '' : ' (rankRoles: no intent filters in this version)'}`);
console.log(`| ${pad('kind', 13)} | ${pad('queries', 7)} | top-1 | top-3 |`);
console.log(`|${'-'.repeat(15)}|${'-'.repeat(9)}|-------|-------|`);
for (const [kind, r] of [...rows, ['all', total] as const]) {
  console.log(`| ${pad(kind, 13)} | ${pad(String(r.n), 7)} | ${pad(percent(r.top1, r.n), 5)} | ${pad(percent(r.top3, r.n), 5)} |`);
}
if (process.argv.includes('--failures') && failures.length) console.log(`\nMissed in the top 3:\n${failures.join('\n')}`);

console.log(`\nCareer finder: ${personas.length} personas (sensible: an expected role in the first 5, no misleading role in the first 10)`);
let sensible = 0;
for (const p of personas) {
  const ids = finder.suggestRoles(bundledDataset, p.answers, 10).map((s) => s.role.id);
  const expected = ids.slice(0, 5).filter((id) => p.expect.includes(id));
  const misleading = ids.filter((id) => p.mislead.includes(id));
  const ok = expected.length > 0 && misleading.length === 0;
  if (ok) sensible += 1;
  const why = ok ? `${expected.length} expected in first 5` : [expected.length ? '' : 'none expected in first 5', misleading.length ? `misleading: ${misleading.join(', ')}` : ''].filter(Boolean).join('; ');
  console.log(`  ${ok ? 'sensible ' : 'NOT sensible'} ${p.name}: ${why}`);
  if (process.argv.includes('--failures') && !ok) console.log(`      first 10: ${ids.join(', ')}`);
}
console.log(`\n${sensible}/${personas.length} personas sensible; top-3 overall ${percent(total.top3, total.n)} (${(performance.now() - started).toFixed(0)} ms)`);
const goalsMet = total.top3 / total.n >= 0.95 && sensible === personas.length;
console.log(goalsMet ? 'Goals met.' : 'Goals not met (top-3 >= 95% and every persona sensible).');
process.exitCode = goalsMet ? 0 : 1;
