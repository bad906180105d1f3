// Freshness: the data report's counts and its pay-year warnings, and the validator's rules on pay
// tables and check dates. "Today" is always passed in, so no test changes its answer as the calendar moves.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  factsOf,
  financialYearEnd,
  formatReport,
  freshnessByCategory,
  freshnessReport,
  isAfter,
  isDate,
  nextFinancialYear,
  payTablesOf,
  payWarnings,
  todayFrom,
} from '../../scripts/freshness.mjs';

const table = (nation, year, extra = {}) => ({ name: 'Table', year, nation, sources: ['https://example.org/pay'], checked: '2026-12-03', ...extra });
const role = (extra = {}) => ({
  id: 'r',
  title: 'Role',
  category: 'nursing',
  subArea: null,
  pay: { scale: 'agenda-for-change', from: '5', to: '6' },
  regulator: 'nmc',
  minQualification: 'degree',
  entryRoutes: ['higher-education', 'apprenticeships'],
  sources: ['https://www.healthcareers.nhs.uk/'],
  checked: '2026-11-21',
  ...extra,
});

describe('dates and financial years', () => {
  it('ends a financial year on 31 March of its second calendar year', () => {
    assert.equal(financialYearEnd('2025/26'), '2026-03-31');
    assert.equal(financialYearEnd('2099/00'), '2100-03-31');
  });
  it('refuses a year that is not written like 2026/27, or not two years in a row', () => {
    assert.throws(() => financialYearEnd('2025-26'), /written like 2026\/27/);
    assert.throws(() => financialYearEnd('2025/27'), /not two years in a row/);
  });
  it('names the next financial year', () => {
    assert.equal(nextFinancialYear('2025/26'), '2026/27');
    assert.equal(nextFinancialYear('2099/00'), '2100/01');
    assert.equal(nextFinancialYear('2008/09'), '2009/10');
  });
  it('knows a real YYYY-MM-DD date', () => {
    assert.equal(isDate('2026-12-03'), true);
    assert.equal(isDate('2028-02-29'), true);
    for (const text of ['2026-02-30', '2026-13-01', '3 December 2026', '2026-12-3', undefined, 20261203]) assert.equal(isDate(text), false, String(text));
  });
  it('compares dates: only a later date is after', () => {
    assert.equal(isAfter('2026-12-04', '2026-12-03'), true);
    assert.equal(isAfter('2026-12-03', '2026-12-03'), false);
    assert.equal(isAfter('2026-12-02', '2026-12-03'), false);
  });
  it('takes today from --today, else from the clock', () => {
    assert.equal(todayFrom(['--today', '2027-04-01']), '2027-04-01');
    assert.equal(todayFrom([], new Date('2026-12-03T23:59:00Z')), '2026-12-03');
    assert.throws(() => todayFrom(['--today', 'tomorrow']), /--today must be a date/);
  });
});

describe('pay warnings', () => {
  const pay = { england: { agendaForChange: table('england', '2025/26'), consultants: table('england', '2026/27') }, wales: {}, scotland: { residentDoctors: table('scotland', '2026/27') }, 'northern-ireland': {} };
  it('lists every table with its place in pay.json', () =>
    assert.deepEqual(payTablesOf(pay).map((t) => t.key), ['england.agendaForChange', 'england.consultants', 'scotland.residentDoctors']));
  it('stays quiet while every year is running, up to and including 31 March', () => {
    assert.deepEqual(payWarnings(pay, '2025-12-03'), []);
    assert.deepEqual(payWarnings(pay, '2026-03-31'), []);
  });
  it('warns from 1 April for the tables whose year has ended, saying which year to look for', () => {
    const warnings = payWarnings(pay, '2026-04-01');
    assert.deepEqual(warnings.map((w) => w.key), ['england.agendaForChange']);
    assert.match(warnings[0].message, /england\.agendaForChange: the 2025\/26 financial year ended on 2026-03-31; look for the 2026\/27 table/);
  });
  it('warns for every table a year later', () => assert.equal(payWarnings(pay, '2027-04-01').length, 3));
  it('skips a table without a year rather than failing (the validator reports it)', () =>
    assert.deepEqual(payWarnings({ england: { agendaForChange: { ...table('england', '2025/26'), year: undefined } } }, '2030-01-01'), []));
});

describe('facts of a role', () => {
  it('counts title, category, pay, regulator, qualification and each way in', () => {
    const facts = factsOf(role());
    assert.deepEqual(facts.map((f) => f.name), ['title', 'category', 'pay', 'regulator', 'minQualification', 'entryRoute:higher-education', 'entryRoute:apprenticeships']);
    assert.ok(facts.every((f) => f.known));
  });
  it('counts a sub-area only where there is one', () => assert.ok(factsOf(role({ subArea: 'Life sciences' })).some((f) => f.name === 'subArea' && f.known)));
  it('marks not-known (null) facts as unknown, and unknown ways in as one fact', () => {
    const facts = factsOf(role({ pay: null, regulator: null, minQualification: null, entryRoutes: null }));
    assert.deepEqual(facts.filter((f) => !f.known).map((f) => f.name), ['pay', 'regulator', 'minQualification', 'entryRoutes']);
  });
  it('treats "none" as a known answer', () => assert.ok(factsOf(role({ regulator: 'none', minQualification: 'none' })).every((f) => f.known)));
});

describe('freshness by category', () => {
  const categories = [{ id: 'nursing', name: 'Nursing' }, { id: 'pharmacy', name: 'Pharmacy' }];
  it('counts facts checked and unverified, and finds the oldest check', () => {
    const rows = freshnessByCategory([role(), role({ regulator: null, checked: '2026-10-01' }), role({ category: 'pharmacy', checked: '2026-12-01' })], categories);
    assert.deepEqual(rows[0], { id: 'nursing', name: 'Nursing', roles: 2, checked: 13, unverified: 1, oldest: '2026-10-01' });
    assert.deepEqual(rows[1], { id: 'pharmacy', name: 'Pharmacy', roles: 1, checked: 7, unverified: 0, oldest: '2026-12-01' });
  });
  it('counts every fact of a role without a source, or without a check date, as unverified', () => {
    const [nursing] = freshnessByCategory([role({ sources: [] }), role({ sources: ['http://insecure.example/'] }), role({ checked: 'soon' })], categories);
    assert.equal(nursing.checked, 0);
    assert.equal(nursing.unverified, 21);
    assert.equal(nursing.oldest, '2026-11-21', 'the roles that carry a date still give the oldest check');
  });
  it('lists a category with no roles, and one the category list lacks', () => {
    const rows = freshnessByCategory([role({ category: 'astronomy' })], categories);
    assert.deepEqual(rows.map((r) => [r.id, r.roles]), [['nursing', 0], ['pharmacy', 0], ['astronomy', 1]]);
    assert.equal(rows[0].oldest, null);
  });
});

describe('the report', () => {
  const data = {
    roles: [role(), role({ category: 'pharmacy', checked: '2026-09-09', pay: null })],
    categories: [{ id: 'nursing', name: 'Nursing' }, { id: 'pharmacy', name: 'Pharmacy' }],
    pay: { england: { agendaForChange: table('england', '2025/26') }, wales: {}, scotland: {}, 'northern-ireland': {} },
  };
  it('totals the categories', () => {
    const report = freshnessReport(data, '2026-12-03');
    assert.deepEqual(report.total, { id: 'all', name: 'All categories', roles: 2, checked: 13, unverified: 1, oldest: '2026-09-09' });
    assert.deepEqual(report.tables, [{ key: 'england.agendaForChange', year: '2025/26', checked: '2026-12-03', sources: 1 }]);
  });
  it('prints a row per category, the pay tables and the warnings', () => {
    const text = formatReport(freshnessReport(data, '2026-12-03'));
    assert.match(text, /^Data freshness on 2026-12-03/);
    assert.match(text, /nursing\s+1\s+7\s+0\s+2026-11-21/);
    assert.match(text, /all\s+2\s+13\s+1\s+2026-09-09/);
    assert.match(text, /england\.agendaForChange\s+2025\/26, checked 2026-12-03, 1 source\(s\)/);
    assert.match(text, /warning: england\.agendaForChange: the 2025\/26 financial year ended/);
  });
  it('says so when no pay year has ended', () =>
    assert.match(formatReport(freshnessReport(data, '2025-06-01')), /Every pay table is for a financial year that has not ended\./));
  it('runs as npm run data:report on the real data', () => {
    const result = spawnSync('node', ['scripts/data-report.mjs', '--today', '2026-12-03'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^all\s+388\s/m);
    for (const id of ['doctors', 'nursing', 'wider-healthcare-team']) assert.match(result.stdout, new RegExp(`^${id}\\s+\\d+`, 'm'));
  });
  it('gives the same report as JSON', () => {
    const result = spawnSync('node', ['scripts/data-report.mjs', '--today', '2027-04-01', '--json'], { encoding: 'utf8' });
    const report = JSON.parse(result.stdout);
    assert.equal(report.today, '2027-04-01');
    assert.ok(report.warnings.some((w) => w.key === 'scotland.agendaForChange'), 'Scotland 2026/27 has ended by April 2027');
  });
});

describe('the validator on pay tables and check dates', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'nhs-pay-'));
  const seeds = mkdtempSync(join(tmpdir(), 'nhs-pay-seeds-'));
  after(() => [scratch, seeds].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  let count = 0;
  /** Copies data/, lets `breakIt` change pay.json and a role, and validates on the given day. */
  function validate(breakIt, today = '2026-12-03') {
    const dir = join(scratch, `case-${count++}`);
    cpSync('data', dir, { recursive: true });
    const payFile = join(dir, 'pay.json');
    const rolesFile = join(dir, 'roles', 'nursing.json');
    const pay = JSON.parse(readFileSync(payFile, 'utf8'));
    const roles = JSON.parse(readFileSync(rolesFile, 'utf8'));
    breakIt(pay, roles);
    writeFileSync(payFile, JSON.stringify(pay));
    writeFileSync(rolesFile, JSON.stringify(roles));
    return spawnSync('node', ['scripts/validate-data.mjs', '--data', dir, '--seeds', seeds, '--today', today, '--quiet'], { encoding: 'utf8' });
  }
  const fails = (result, pattern) => {
    assert.equal(result.status, 1, 'the validator should fail');
    assert.match(result.stderr, pattern);
  };

  it('passes the copy as it is', () => assert.equal(validate(() => {}).status, 0));
  it('fails on a pay table without a year', () => fails(validate((pay) => delete pay.england.agendaForChange.year), /must have required property 'year'/));
  it('fails on a pay table without a nation', () => fails(validate((pay) => delete pay.scotland.agendaForChange.nation), /must have required property 'nation'/));
  it('fails on a pay table without a source', () => fails(validate((pay) => (pay.england.consultants.sources = [])), /sources must NOT have fewer than 1 items/));
  it('fails on a year not written like 2026/27', () => fails(validate((pay) => (pay.england.agendaForChange.year = '2026-27')), /year must match pattern/));
  it('fails on a table filed under another nation', () =>
    fails(validate((pay) => (pay.wales.agendaForChange = { ...pay.england.agendaForChange })), /pay\.json wales\.agendaForChange: names nation "england" but sits under "wales"/));
  it('fails when England has no Agenda for Change table to stand in', () =>
    fails(validate((pay) => delete pay.england.agendaForChange), /england: has no agendaForChange table/));
  it('fails when England has no resident doctors table to stand in', () =>
    fails(validate((pay) => delete pay.england.residentDoctors), /england: has no residentDoctors table/));
  it('fails on a band whose minimum is above its maximum', () =>
    fails(validate((pay) => (pay.england.agendaForChange.bands[4].min = 99999)), /england\.agendaForChange: band 5 has a minimum above its maximum/));
  it('fails on a grade whose minimum is above its maximum', () =>
    fails(validate((pay) => (pay.england.consultants.grades[0].min = 299999)), /england\.consultants: consultant has a minimum above its maximum/));
  it('fails on a band listed twice', () =>
    fails(validate((pay) => pay.scotland.agendaForChange.bands.push({ band: '2', min: 26519, max: 28946 })), /scotland\.agendaForChange: lists a band twice/));
  it('fails on a pay table checked after today', () =>
    fails(validate((pay) => (pay.scotland.agendaForChange.checked = '2026-12-04')), /scotland\.agendaForChange: checked date 2026-12-04 is in the future \(today is 2026-12-03\)/));
  it('fails on a role checked after today', () =>
    fails(validate((pay, roles) => (roles[0].checked = '2027-01-01')), /\[0 [a-z-]+\]: checked date 2027-01-01 is in the future/));
  it('accepts a check made today', () =>
    assert.equal(validate((pay, roles) => (roles[0].checked = pay.scotland.agendaForChange.checked = '2026-12-03')).status, 0));
  it('accepts the same data on any later day', () => assert.equal(validate(() => {}, '2031-01-01').status, 0));
  it('warns, without failing, about pay tables whose year has ended', () => {
    const before = validate((pay) => Object.values(pay).forEach((nation) => Object.values(nation).forEach((table) => (table.year = '2026/27'))), '2027-03-31');
    assert.equal(before.status, 0);
    assert.doesNotMatch(before.stderr, /financial year ended/);
    const after = validate((pay) => Object.values(pay).forEach((nation) => Object.values(nation).forEach((table) => (table.year = '2026/27'))), '2027-04-01');
    assert.equal(after.status, 0);
    assert.match(after.stderr, /! pay\.json england\.agendaForChange: the 2026\/27 financial year ended on 2027-03-31/);
  });
});
