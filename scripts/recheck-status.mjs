#!/usr/bin/env node
// How far the re-check of every role (issues 13 and 14) has got, per category: roles re-checked,
// facts checked, confirmed, corrected and left unverified, the oldest checked date, and how many
// re-checked roles leave each new profile field null. `recheckStatus` is exported so the data
// report (`npm run data:report`) can print the same figures; run this file for the table alone.
// Usage: node scripts/recheck-status.mjs [--data DIR] [--json] [--category ID (one line per role)]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORE_FACTS, PROFILE_FIELDS } from './provenance-rules.mjs';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const jsonFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : []);

/** The facts a re-checked role sources, as [name, reference] pairs (core facts and one per entry route). */
export function sourcedFacts(role) {
  const facts = role.provenance?.facts ?? {};
  return [
    ...CORE_FACTS.map((name) => [name, facts[name]]),
    ...(role.entryRoutes ?? []).map((route) => [`entryRoutes.${route}`, facts.entryRoutes?.[route]]),
  ];
}

/** The re-check log of one role as figures: facts checked, which were corrected and which left unverified. */
function roleFigures(role, fixes) {
  const facts = sourcedFacts(role);
  const present = new Set(facts.map(([name]) => name));
  const removed = fixes.filter((fix) => !present.has(fix.fact)).length;
  const unverified = facts.filter(([, reference]) => reference === 'unverified').map(([name]) => name);
  const checked = facts.length + removed;
  return { role: role.id, checked, confirmed: checked - fixes.length - unverified.length, corrected: fixes.map((fix) => fix.fact), unverified };
}

const loadData = (dataDir) => ({
  roles: jsonFiles(join(dataDir, 'roles')).flatMap(readJson),
  logs: new Map(jsonFiles(join(dataDir, 'recheck')).map(readJson).map((log) => [log.category, log])),
});
const DEFAULT_DATA = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

/** Per re-checked role of a category: the facts checked, confirmed, corrected (by name) and left unverified (by name). */
export function recheckRoleStatus(category, dataDir = DEFAULT_DATA) {
  const { roles, logs } = loadData(dataDir);
  const corrections = new Map((logs.get(category)?.roles ?? []).map((entry) => [entry.role, entry.corrections]));
  return roles.filter((role) => role.category === category && role.provenance).map((role) => roleFigures(role, corrections.get(role.id) ?? []));
}

/**
 * Counts per category. A fact is checked when the role carries provenance; it is corrected when the
 * category's log records a change to it (a removed entry route counts as a checked, corrected fact),
 * unverified when its reference is "unverified", and confirmed otherwise.
 * @param {string} dataDir the data folder (default: this checkout's data/)
 */
export function recheckStatus(dataDir = DEFAULT_DATA) {
  const { roles, logs } = loadData(dataDir);
  const categories = readJson(join(dataDir, 'categories.json'));
  return categories.map((category) => {
    const inCategory = roles.filter((role) => role.category === category.id);
    const rechecked = inCategory.filter((role) => role.provenance);
    const corrections = new Map((logs.get(category.id)?.roles ?? []).map((entry) => [entry.role, entry.corrections]));
    const row = {
      category: category.id,
      roles: inCategory.length,
      rechecked: rechecked.length,
      factsChecked: 0,
      confirmed: 0,
      corrected: 0,
      unverified: 0,
      oldestChecked: inCategory.map((role) => role.checked).sort()[0] ?? null,
      nullFields: Object.fromEntries(PROFILE_FIELDS.map((field) => [field, 0])),
    };
    for (const role of rechecked) {
      const figures = roleFigures(role, corrections.get(role.id) ?? []);
      row.factsChecked += figures.checked;
      row.confirmed += figures.confirmed;
      row.corrected += figures.corrected.length;
      row.unverified += figures.unverified.length;
      for (const field of PROFILE_FIELDS) if (role[field] === null || role[field] === undefined) row.nullFields[field] += 1;
    }
    return row;
  });
}

/** The figures as a plain-text table, one category a line, then the totals. */
export function formatRecheckStatus(rows) {
  const total = rows.reduce(
    (sum, row) => {
      for (const key of ['roles', 'rechecked', 'factsChecked', 'confirmed', 'corrected', 'unverified']) sum[key] += row[key];
      for (const [field, count] of Object.entries(row.nullFields)) sum.nullFields[field] = (sum.nullFields[field] ?? 0) + count;
      return sum;
    },
    { roles: 0, rechecked: 0, factsChecked: 0, confirmed: 0, corrected: 0, unverified: 0, nullFields: {} },
  );
  const line = (name, r) =>
    `${name.padEnd(44)} ${String(r.rechecked).padStart(3)}/${String(r.roles).padEnd(4)} ${String(r.factsChecked).padStart(6)} ${String(r.confirmed).padStart(9)} ${String(r.corrected).padStart(9)} ${String(r.unverified).padStart(10)}${r.oldestChecked ? `  ${r.oldestChecked}` : ''}`;
  const nulls = Object.entries(total.nullFields).map(([field, count]) => `${field} ${count}`).join(', ');
  return [
    `${'category'.padEnd(44)} re-checked  facts confirmed corrected unverified  oldest check`,
    ...rows.map((row) => line(row.category, row)),
    line('all categories', total),
    `re-checked roles with a null profile field (no source states it): ${nulls}`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dataDir = args.includes('--data') ? args[args.indexOf('--data') + 1] : undefined;
  const category = args.includes('--category') ? args[args.indexOf('--category') + 1] : undefined;
  const rows = category ? recheckRoleStatus(category, dataDir) : recheckStatus(dataDir);
  if (args.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else if (category) {
    for (const r of rows) {
      console.log(`${r.role}: ${r.checked} checked, ${r.confirmed} confirmed, corrected [${r.corrected.join(', ')}], unverified [${r.unverified.join(', ')}]`);
    }
  } else console.log(formatRecheckStatus(rows));
}
