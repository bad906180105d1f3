#!/usr/bin/env node
// How far the re-check of every role (issues 13 and 14) has got, per category: roles re-checked,
// facts checked, confirmed, corrected and left unverified, the oldest checked date, and how many
// re-checked roles leave each new profile field null. `recheckStatus` is exported so the data
// report (`npm run data:report`) can print the same figures; run this file for the table alone.
// Usage: node scripts/recheck-status.mjs [--data DIR] [--json]
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

/**
 * Counts per category. A fact is checked when the role carries provenance; it is corrected when the
 * category's log records a change to it (a removed entry route counts as a checked, corrected fact),
 * unverified when its reference is "unverified", and confirmed otherwise.
 * @param {string} dataDir the data folder (default: this checkout's data/)
 */
export function recheckStatus(dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data')) {
  const roles = jsonFiles(join(dataDir, 'roles')).flatMap(readJson);
  const categories = readJson(join(dataDir, 'categories.json'));
  const logs = new Map(jsonFiles(join(dataDir, 'recheck')).map(readJson).map((log) => [log.category, log]));
  return categories.map((category) => {
    const inCategory = roles.filter((role) => role.category === category.id);
    const rechecked = inCategory.filter((role) => role.provenance);
    const log = logs.get(category.id);
    const corrections = new Map((log?.roles ?? []).map((entry) => [entry.role, entry.corrections]));
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
      const facts = sourcedFacts(role);
      const fixes = corrections.get(role.id) ?? [];
      const present = new Set(facts.map(([name]) => name));
      const removed = fixes.filter((fix) => !present.has(fix.fact)).length;
      const unverified = facts.filter(([, reference]) => reference === 'unverified').length;
      row.factsChecked += facts.length + removed;
      row.corrected += fixes.length;
      row.unverified += unverified;
      row.confirmed += facts.length + removed - fixes.length - unverified;
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
  const rows = recheckStatus(dataDir);
  console.log(args.includes('--json') ? JSON.stringify(rows, null, 2) : formatRecheckStatus(rows));
}
