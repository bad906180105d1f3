// The open data the build writes beside the library (scripts/write-open-data.mjs): the CSV follows
// RFC 4180 (read back by a CSV parser, it gives the same values), the JSON carries a version and
// the licence, and with a build there is one file per role.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { CSV_COLUMNS, LICENCE, roleDocument, rolesCsv, rolesDocument } from '../../scripts/write-open-data.mjs';
import { NATIONS, dataset, payRange } from '../../src/data/index.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const built = existsSync('dist/data/roles.json');
const paramedic = dataset.roles.find((r) => r.id === 'paramedic');

/** The dataset with one role whose texts hold everything CSV must quote. */
function trickyDataset() {
  const tricky = {
    ...paramedic,
    id: 'tricky',
    title: 'Nurse, "senior"',
    summary: 'Line one,\r\nline two; “curly” quotes, Cymraeg: ŵ ŷ, and a trailing quote"',
    entryRequirements: null,
    alternativeTitles: ['a, b', 'c'],
  };
  return { ...dataset, roles: [tricky, paramedic] };
}

describe('roles.csv', () => {
  it('reads back to the same values through a CSV parser: commas, quotes, line breaks and Welsh letters survive', () => {
    const text = rolesCsv(trickyDataset(), payRange);
    const rows = parse(text, { columns: true, relax_column_count: false });
    assert.equal(rows.length, 2);
    assert.equal(rows[0].title, 'Nurse, "senior"');
    assert.equal(rows[0].summary, 'Line one,\r\nline two; “curly” quotes, Cymraeg: ŵ ŷ, and a trailing quote"');
    assert.equal(rows[0].alternative_titles, 'a, b; c');
    assert.equal(rows[0].entry_requirements, '', 'not known is an empty field');
    // RFC 4180: a quoted field doubles its quotes; records end in CRLF.
    assert.ok(text.includes('"Nurse, ""senior"""'));
    assert.ok(text.startsWith(`${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`), 'a header row, no byte order mark');
  });

  it('has one row per role, with pay figures and year for each nation from that nation’s own table only', () => {
    const rows = parse(rolesCsv(dataset, payRange), { columns: true });
    assert.equal(rows.length, dataset.roles.length);
    const row = rows.find((r) => r.id === 'paramedic');
    const england = payRange(dataset, paramedic.pay, 'england').figures;
    assert.equal(row.title, 'Paramedic');
    assert.equal(row.category, dataset.categories.find((c) => c.id === paramedic.category).name);
    assert.equal(Number(row.pay_england_min_gbp), england.min);
    assert.equal(Number(row.pay_england_max_gbp), england.max);
    assert.equal(row.pay_england_year, england.year);
    assert.equal(row.source, paramedic.sources[0]);
    for (const nation of NATIONS) {
      const figures = payRange(dataset, paramedic.pay, nation).figures;
      const column = nation.replace(/-/g, '_');
      // A nation without its own table has empty columns, never England's figures under its name.
      if (!figures || figures.fallback) assert.equal(row[`pay_${column}_min_gbp`], '', nation);
      else assert.equal(Number(row[`pay_${column}_min_gbp`]), figures.min, nation);
    }
    assert.ok(NATIONS.some((n) => payRange(dataset, paramedic.pay, n).figures?.fallback), 'the data has a nation without its own table, so the empty case is exercised');
  });
});

describe('roles.json and roles/<id>.json', () => {
  it('carry the version and the licence of the texts and of the facts', () => {
    const whole = rolesDocument(dataset, version);
    assert.equal(whole.version, version);
    assert.equal(whole.licence.texts, 'MIT');
    assert.match(whole.licence.facts, /Not licensed by this project/);
    assert.equal(whole.roles.length, dataset.roles.length);
    const one = roleDocument(dataset, paramedic, version, payRange);
    assert.deepEqual(one.licence, LICENCE);
    assert.equal(one.role.id, 'paramedic');
    assert.deepEqual(Object.keys(one.pay), [...NATIONS]);
    assert.deepEqual(one.pay.scotland, payRange(dataset, paramedic.pay, 'scotland'));
  });

  it('are in dist/ after the build, one file per role, the same as the data module', { skip: !built && 'no dist/ yet (npm run build)' }, () => {
    const whole = JSON.parse(readFileSync('dist/data/roles.json', 'utf8'));
    assert.equal(whole.version, version);
    assert.deepEqual(whole.roles, JSON.parse(JSON.stringify(dataset.roles)));
    const files = readdirSync('dist/data/roles').filter((f) => f.endsWith('.json'));
    assert.deepEqual(files.sort(), dataset.roles.map((r) => `${r.id}.json`).sort());
    assert.equal(JSON.parse(readFileSync('dist/data/roles/paramedic.json', 'utf8')).role.title, 'Paramedic');
    const csv = parse(readFileSync('dist/data/roles.csv', 'utf8'), { columns: true });
    assert.equal(csv.length, dataset.roles.length);
  });
});
