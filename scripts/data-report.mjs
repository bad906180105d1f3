#!/usr/bin/env node
// npm run data:report: per category, the facts checked and unverified and the oldest check date,
// then every pay table, warning when a table's financial year has ended, then how far the re-check
// of every role has got.
// Usage: node scripts/data-report.mjs [--data DIR] [--today YYYY-MM-DD] [--json]
// It reports; it does not fail the build (scripts/validate-data.mjs does that).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, freshnessReport, todayFrom } from './freshness.mjs';
import { formatRecheckStatus, recheckStatus } from './recheck-status.mjs';

const args = process.argv.slice(2);
const dataDir = args.includes('--data') ? args[args.indexOf('--data') + 1] : join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const rolesDir = join(dataDir, 'roles');
const data = {
  roles: readdirSync(rolesDir).filter((f) => f.endsWith('.json')).sort().flatMap((f) => readJson(join(rolesDir, f))),
  categories: readJson(join(dataDir, 'categories.json')),
  pay: readJson(join(dataDir, 'pay.json')),
};
const report = freshnessReport(data, todayFrom(args));
// The re-check of issues 13 and 14 (scripts/recheck-status.mjs): facts confirmed, corrected and
// left unverified per category, and the profile fields no source states.
const recheck = recheckStatus(dataDir);
if (args.includes('--json')) console.log(JSON.stringify({ ...report, recheck }, null, 2));
else console.log(`${formatReport(report)}\n\nRe-check against public pages (node scripts/recheck-status.mjs --category <id> for each role)\n${formatRecheckStatus(recheck)}`);
