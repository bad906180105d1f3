// The re-check counts (scripts/recheck-status.mjs) on a small made-up data folder, so each figure
// can be worked out by hand, and on the real data, where the pilot categories are fully re-checked.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { formatRecheckStatus, recheckRoleStatus, recheckStatus } from '../../scripts/recheck-status.mjs';

const dir = mkdtempSync(join(tmpdir(), 'nhs-recheck-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (file, value) => {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), JSON.stringify(value));
};
const facts = (overrides) => ({
  title: ['a'], category: ['a'], subArea: 'unverified', pay: ['a'], regulator: ['a'], minQualification: ['a'], entryRoutes: { apprenticeships: ['a'] }, ...overrides,
});
write('categories.json', [{ id: 'pharmacy' }, { id: 'dental-team' }]);
write('roles/pharmacy.json', [
  // 7 facts: 1 unverified, 1 corrected, and a removed route logged as corrected too.
  { id: 'one', category: 'pharmacy', entryRoutes: ['apprenticeships'], checked: '2026-12-03', skills: ['x', 'y', 'z'], workingPattern: null, nextRoles: null, subjects: null, apprenticeshipStandards: null, checks: null, funding: null, provenance: { sources: [], facts: facts() } },
  // 8 facts: 3 unverified.
  { id: 'two', category: 'pharmacy', entryRoutes: ['apprenticeships', 'school-leavers'], checked: '2026-12-02', skills: null, workingPattern: null, nextRoles: null, subjects: null, apprenticeshipStandards: null, checks: null, funding: null, provenance: { sources: [], facts: facts({ pay: 'unverified', entryRoutes: { apprenticeships: ['a'], 'school-leavers': 'unverified' } }) } },
  // Not re-checked: counted as a role, not as facts.
  { id: 'three', category: 'pharmacy', entryRoutes: null, checked: '2026-11-21' },
]);
write('roles/dental-team.json', [{ id: 'four', category: 'dental-team', entryRoutes: null, checked: '2026-11-21' }]);
write('recheck/pharmacy.json', {
  category: 'pharmacy',
  checkedBy: 'test',
  roles: [
    { role: 'one', checked: '2026-12-03', corrections: [{ fact: 'pay', old: '1', new: '2', source: 'a' }, { fact: 'entryRoutes.higher-education', old: 'listed', new: 'removed', source: 'a' }] },
    { role: 'two', checked: '2026-12-02', corrections: [] },
  ],
});

describe('recheckStatus', () => {
  const [pharmacy, dental] = recheckStatus(dir);
  it('counts roles and re-checked roles per category', () => {
    assert.equal(pharmacy.roles, 3);
    assert.equal(pharmacy.rechecked, 2);
    assert.equal(dental.rechecked, 0);
  });
  it('counts facts checked, confirmed, corrected and unverified', () => {
    assert.equal(pharmacy.factsChecked, 7 + 1 + 8);
    assert.equal(pharmacy.corrected, 2);
    assert.equal(pharmacy.unverified, 1 + 3);
    assert.equal(pharmacy.confirmed, 16 - 2 - 4);
  });
  it('gives the oldest checked date of the category', () => assert.equal(pharmacy.oldestChecked, '2026-11-21'));
  it('counts re-checked roles that leave each profile field null', () => {
    assert.equal(pharmacy.nullFields.skills, 1);
    assert.equal(pharmacy.nullFields.funding, 2);
    assert.equal(dental.nullFields.skills, 0);
  });
  it('prints a table with a line per category and the totals', () => {
    const text = formatRecheckStatus([pharmacy, dental]);
    assert.match(text, /^pharmacy\s+2\/3\s+16\s+10\s+2\s+4\s+2026-11-21$/m);
    assert.match(text, /^all categories\s+2\/4\s+16/m);
    assert.match(text, /skills 1, workingPattern 2/);
  });
});

describe('recheckRoleStatus', () => {
  it('gives each re-checked role of a category its figures, with the facts corrected and left unverified by name', () => {
    assert.deepEqual(recheckRoleStatus('pharmacy', dir), [
      { role: 'one', checked: 8, confirmed: 5, corrected: ['pay', 'entryRoutes.higher-education'], unverified: ['subArea'] },
      { role: 'two', checked: 8, confirmed: 5, corrected: [], unverified: ['subArea', 'pay', 'entryRoutes.school-leavers'] },
    ]);
    assert.deepEqual(recheckRoleStatus('dental-team', dir), []);
  });
});

describe('recheckStatus on the real data', () => {
  const rows = recheckStatus();
  for (const id of ['pharmacy', 'dental-team']) {
    it(`has every ${id} role re-checked and every fact accounted for`, () => {
      const row = rows.find((r) => r.category === id);
      assert.equal(row.rechecked, row.roles);
      assert.equal(row.confirmed + row.corrected + row.unverified, row.factsChecked);
    });
  }
});

describe('npm run data:report', () => {
  it('ends with the re-check figures, in text and in JSON', () => {
    const text = spawnSync('node', ['scripts/data-report.mjs', '--today', '2026-12-03'], { encoding: 'utf8' });
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /Re-check against public pages/);
    assert.match(text.stdout, /^pharmacy\s+10\/10\s+\d+/m);
    const json = JSON.parse(spawnSync('node', ['scripts/data-report.mjs', '--today', '2026-12-03', '--json'], { encoding: 'utf8' }).stdout);
    assert.deepEqual(json.recheck, recheckStatus());
  });
});
