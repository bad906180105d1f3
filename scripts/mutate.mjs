#!/usr/bin/env node
// npm run mutate: runs StrykerJS (stryker.config.mjs) over src/data, src/shared, src/loader and
// scripts/validate-data.mjs with the Node tests, prints the score per folder and every surviving
// mutant, and writes test/mutation-report.md (commit it when it changes).
// npm run mutate:components [-- <component>]: the slower mode over src/components (and the base
// element) with the Chromium unit tests (stryker.components.config.mjs); its report goes to
// test/mutation-report-components.md.
// Not part of `npm test`: a full run takes many minutes on 2 cores.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const components = process.argv.includes('--components');
const only = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const config = components ? 'stryker.components.config.mjs' : 'stryker.config.mjs';
const jsonReport = components ? 'reports/mutation-components.json' : 'reports/mutation.json';
const markdownReport = components ? 'test/mutation-report-components.md' : 'test/mutation-report.md';

if (!process.argv.includes('--report-only')) {
  const env = { ...process.env, ...(only ? { NHS_MUTATE_COMPONENT: only } : {}) };
  const run = spawnSync('npx', ['stryker', 'run', config], { stdio: 'inherit', env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const report = JSON.parse(readFileSync(jsonReport, 'utf8'));
// Stryker's mutation score: killed (or timed out) over every mutant that could have been caught.
// Mutants that do not compile or crash before a test runs are left out, as Stryker does.
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const folderOf = (file) => {
  const [top, sub] = relative('.', file).split('/');
  return top === 'src' ? `src/${sub}` : top;
};

const folders = new Map();
const survivors = [];
for (const [file, { mutants, source }] of Object.entries(report.files)) {
  const folder = folderOf(file);
  const counts = folders.get(folder) ?? { detected: 0, undetected: 0, ignored: 0 };
  const lines = source.split('\n');
  for (const mutant of mutants) {
    if (DETECTED.has(mutant.status)) counts.detected++;
    else if (UNDETECTED.has(mutant.status)) {
      counts.undetected++;
      const { line, column } = mutant.location.start;
      survivors.push({
        where: `${relative('.', file)}:${line}:${column}`,
        status: mutant.status,
        mutator: mutant.mutatorName,
        original: lines[line - 1].trim(),
        replacement: (mutant.replacement ?? '').replace(/\s+/g, ' '),
      });
    } else if (mutant.status === 'Ignored') counts.ignored++;
  }
  folders.set(folder, counts);
}

// A folder the config names but the report lacks (a narrowed run: `npx stryker run --mutate ...`
// then `node scripts/mutate.mjs --report-only`) is listed as not measured, never left out silently.
const { default: strykerConfig } = await import(new URL(`../${config}`, import.meta.url).href);
const unmeasured = [...new Set(strykerConfig.mutate.filter((pattern) => !pattern.startsWith('!')).map((pattern) => folderOf(pattern.replace(/\/\*\*.*$/, '/x'))))]
  .filter((folder) => !folders.has(folder));

const score = ({ detected, undetected }) => (detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected));
const rows = [...folders].sort(([a], [b]) => a.localeCompare(b));
const total = rows.reduce((sum, [, c]) => ({ detected: sum.detected + c.detected, undetected: sum.undetected + c.undetected, ignored: sum.ignored + c.ignored }), { detected: 0, undetected: 0, ignored: 0 });
const clip = (text, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const cell = (text) => `\`${clip(text).replaceAll('|', '\\|').replaceAll('`', "'")}\``;

const table = [
  '| folder | score | caught | not caught | ignored (run as a module loads, or disabled with a reason in the source) |',
  '|---|---|---|---|---|',
  ...rows.map(([folder, c]) => `| ${folder} | ${score(c).toFixed(1)}% | ${c.detected} | ${c.undetected} | ${c.ignored} |`),
  ...unmeasured.map((folder) => `| ${folder} | not measured in this run | | | |`),
  `| **all** | **${score(total).toFixed(1)}%** | ${total.detected} | ${total.undetected} | ${total.ignored} |`,
];
const survivorLines = survivors.map((s) => `- ${s.where} ${s.mutator}${s.status === 'NoCoverage' ? ' (no test reaches it)' : ''}: ${cell(s.original)} → ${cell(s.replacement)}`);

console.log(`\nmutation score per folder (${components ? 'components, Chromium unit tests' : 'Node tests'})\n`);
for (const line of table) console.log(line);
console.log(`\n${survivors.length} surviving mutant(s)${survivors.length ? ':' : '.'}`);
for (const line of survivorLines) console.log(line);

const heading = components ? 'Mutation report: components (Chromium unit tests)' : 'Mutation report: Node tests';
writeFileSync(
  markdownReport,
  [
    `# ${heading}`,
    '',
    `Written by \`npm run ${components ? 'mutate:components' : 'mutate'}\` (StrykerJS ${JSON.parse(readFileSync('node_modules/@stryker-mutator/core/package.json', 'utf8')).version}, \`${config}\`). ` +
      'A mutant is one small change to the source (a condition flipped, a bound moved, a string emptied); it is caught when a test fails.',
    '',
    ...table,
    '',
    `## Mutants no test catches (${survivors.length})`,
    '',
    ...(survivorLines.length ? survivorLines : ['None.']),
    '',
  ].join('\n'),
);
console.log(`\nwrote ${markdownReport}`);

// The README's testing section quotes the per-folder table between these markers, so it always
// says what the last committed report says.
const START = '<!-- mutation-score:start -->';
const END = '<!-- mutation-score:end -->';
const readme = readFileSync('README.md', 'utf8');
if (!components && readme.includes(START) && readme.includes(END)) {
  const quoted = [START, ...table, END].join('\n');
  writeFileSync('README.md', readme.replace(new RegExp(`${START}[\\s\\S]*?${END}`), quoted));
  console.log('updated the score table in README.md');
}
