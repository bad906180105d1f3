// Pay by nation: figures from the nation's own table, England's (named) where it has none, every
// figure with its nation and year.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledIndex } from '../../src/data/bundled-index.js';
import { describePay, englishPayWording, formatPay, isNation, NATIONS, payRange, payTable, payTables } from '../../src/data/pay.js';
import { findPayBand } from '../../src/data/selectors.js';
import type { DatasetIndex, Pay, PayScales } from '../../src/data/types.js';

const info = (nation: string, year: string) => ({ name: 'T', year, nation, sources: ['https://example.org/'], checked: '2026-12-03' }) as const;
const pay = {
  england: {
    agendaForChange: { ...info('england', '2025/26'), bands: [{ band: '5', min: 31049, max: 37796 }, { band: '6', min: 38682, max: 46580 }] },
    residentDoctors: { ...info('england', '2025/26'), grades: [{ id: 'f1', name: 'F1', min: 38831, max: 38831 }, { id: 'st6-8', name: 'ST6', min: 73992, max: 73992 }] },
    consultants: { ...info('england', '2024/25'), grades: [{ id: 'consultant', name: 'C', min: 105504, max: 139882 }] },
  },
  scotland: { agendaForChange: { ...info('scotland', '2026/27'), bands: [{ band: '5', min: 34494, max: 42978 }] } },
  wales: { residentDoctors: { ...info('wales', '2025/26'), grades: [{ id: 'f1', name: 'F1', min: 35390, max: 35390 }] } },
  'northern-ireland': {},
} as unknown as PayScales;
const dataset = { ...bundledIndex, pay } as DatasetIndex;
const band = (from: string, to = from) => ({ scale: 'agenda-for-change', from, to }) as Pay;

describe('payRange', () => {
  it("reads a nation's own table", () =>
    assert.deepEqual(payRange(dataset, band('5'), 'scotland').figures, { min: 34494, max: 42978, year: '2026/27', nation: 'scotland', fallback: false }));
  it('spans the lowest band to the highest', () => assert.deepEqual(payRange(dataset, band('5', '6')).figures, { min: 31049, max: 46580, year: '2025/26', nation: 'england', fallback: false }));
  it("falls back to England's table, marked, when the nation lacks either band", () => {
    assert.deepEqual(payRange(dataset, band('5', '6'), 'scotland').figures, { min: 31049, max: 46580, year: '2025/26', nation: 'england', fallback: true });
    assert.equal(payRange(dataset, band('6'), 'northern-ireland').figures?.fallback, true);
  });
  it('has no figures for a band no table holds', () => assert.equal(payRange(dataset, band('9')).figures, null));
  it("gives doctors the resident doctors' range and the consultants' range, each from its own table", () => {
    const range = payRange(dataset, { scale: 'medical' }, 'wales');
    assert.deepEqual(range.figures, { min: 35390, max: 35390, year: '2025/26', nation: 'wales', fallback: false });
    assert.deepEqual(range.consultants, { min: 105504, max: 139882, year: '2024/25', nation: 'england', fallback: true });
  });
  it('keeps the note and has no figures for other scales', () => {
    const range = payRange(dataset, { scale: 'other', note: 'Set locally.' }, 'wales');
    assert.deepEqual([range.figures, range.consultants, range.note, range.nation], [null, null, 'Set locally.', 'wales']);
  });
});

describe('formatPay', () => {
  it('names the nation and year of every figure', () => {
    assert.equal(formatPay(dataset, band('5')), 'Band 5: £31,049 to £37,796 (England, 2025/26)');
    assert.equal(formatPay(dataset, band('5'), 'scotland'), 'Band 5: £34,494 to £42,978 (Scotland, 2026/27)');
  });
  it("says when England's figures stand in for a nation", () =>
    assert.equal(formatPay(dataset, band('5', '6'), 'wales'), 'Band 5 to 6: £31,049 to £46,580 (England, 2025/26; no figures for Wales in our data)'));
  it('gives the band alone when no table has it', () => assert.equal(formatPay(dataset, band('9')), 'Band 9'));
  it('gives doctors both scales', () =>
    assert.equal(
      formatPay(dataset, { scale: 'medical' }),
      "Doctors in training: £38,831 to £73,992 (England, 2025/26); consultants: £105,504 to £139,882 (England, 2024/25)",
    ));
  it("says Doctors' pay when no doctors' table exists", () => {
    const empty = { ...dataset, pay: { england: {}, wales: {}, scotland: {}, 'northern-ireland': {} } } as DatasetIndex;
    assert.equal(formatPay(empty, { scale: 'medical' }), "Doctors' pay");
  });
  it('gives dentists and other scales their note', () => {
    assert.equal(formatPay(dataset, { scale: 'dental', note: 'NHS contract.' }), "Dentists' pay: NHS contract.");
    assert.equal(formatPay(dataset, { scale: 'dental' }), "Dentists' pay");
    assert.equal(formatPay(dataset, { scale: 'other', note: 'Set by the employer.' }), 'Set by the employer.');
  });
  it('uses the wording it is given', () => {
    const shouty = { ...englishPayWording, payBands: (b: string) => `BAND ${b}`, payWhere: (n: string, y: string) => `${n} ${y}` };
    assert.equal(describePay(shouty, dataset, band('5'), 'scotland'), 'BAND 5: £34,494 to £42,978 (Scotland 2026/27)');
  });
});

describe('the bundled pay tables', () => {
  it('has a table for each nation key, and England stands in for every scale', () => {
    assert.deepEqual(Object.keys(bundledIndex.pay).sort(), [...NATIONS].sort());
    assert.ok(payTable(bundledIndex, 'england', 'agendaForChange'));
    assert.ok(payTable(bundledIndex, 'england', 'residentDoctors'));
  });
  it('names its year, nation and sources in every table', () => {
    for (const table of payTables(bundledIndex)) {
      assert.match(table.year, /^20\d\d\/\d\d$/);
      assert.ok(isNation(table.nation));
      assert.ok(table.sources.every((url) => url.startsWith('https://')));
    }
  });
  it('ships the corrected resident doctors figures and no derived consultant figure', () => {
    const grades = payTable(bundledIndex, 'england', 'residentDoctors')!.grades.map((g) => [g.id, g.min]);
    assert.deepEqual(grades, [['f1', 38831], ['f2', 44439], ['st1-2', 52656], ['st3-5', 65048], ['st6-8', 73992]]);
    assert.deepEqual(payTable(bundledIndex, 'england', 'consultants')!.grades[0], { id: 'consultant', name: 'Consultant, threshold 1 to the top threshold', min: 105504, max: 139882 });
  });
  it("finds a band in a nation's table", () => {
    assert.equal(findPayBand(bundledIndex, '5')?.min, 31049);
    assert.equal(findPayBand(bundledIndex, '5', 'scotland')?.min, 34494);
    assert.equal(findPayBand(bundledIndex, '9', 'wales'), undefined);
  });
  it('knows the four nations and nothing else', () => {
    assert.deepEqual(NATIONS, ['england', 'wales', 'scotland', 'northern-ireland']);
    assert.equal(isNation('cymru'), false);
  });
});
