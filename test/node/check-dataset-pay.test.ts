// A host's dataset may bring its own pay tables; they must say whose figures they are.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledIndex } from '../../src/data/bundled-index.js';
import { checkDataset } from '../../src/data/check-dataset.js';
import type { Role } from '../../src/data/types.js';

const role: Role = {
  id: 'test-role', title: 'Test role', alternativeTitles: [], category: bundledIndex.categories[0]!.id, subArea: null,
  summary: 'A role.', work: 'It works. It tests.', workplaces: null, patientContact: null, entryRoutes: null, entryRequirements: null,
  minQualification: null, regulator: null, pay: null, relatedRoles: [], organisations: [], sources: ['https://example.org/'], checked: '2026-12-03',
};
const table = { name: 'AfC', year: '2026/27', nation: 'wales', sources: ['https://example.org/pay'], checked: '2026-12-03', bands: [{ band: '5', min: 1, max: 2 }] };
const check = (pay: unknown) => checkDataset({ roles: [role], pay }, bundledIndex);

describe('checkDataset on pay', () => {
  it("keeps the bundled pay when the host sends none", () => assert.equal(checkDataset({ roles: [role] }, bundledIndex).dataset?.pay, bundledIndex.pay));
  it('accepts tables keyed by nation', () => {
    const pay = { england: {}, wales: { agendaForChange: table }, scotland: {}, 'northern-ireland': {} };
    assert.deepEqual(check(pay).problems, []);
    assert.equal(check(pay).dataset?.pay, pay);
  });
  it('refuses the old single-table shape', () =>
    assert.match(check({ agendaForChange: table }).problems[0]!, /pay must hold an object for each nation \(england, wales, scotland, northern-ireland\)/));
  it('refuses a table without a year, under the wrong nation or without an https source', () => {
    const cases: [object, string][] = [
      [{ ...table, year: '' }, 'pay.wales.agendaForChange: year must be text'],
      [{ ...table, nation: 'england' }, 'pay.wales.agendaForChange: nation must be "wales"'],
      [{ ...table, sources: [] }, 'pay.wales.agendaForChange: sources must be one or more https links'],
      [{ ...table, sources: ['http://example.org/'] }, 'pay.wales.agendaForChange: sources must be one or more https links'],
    ];
    for (const [broken, problem] of cases) {
      const problems = check({ england: {}, wales: { agendaForChange: broken }, scotland: {}, 'northern-ireland': {} }).problems;
      assert.deepEqual(problems, [problem]);
    }
  });
  it('refuses a table without its bands', () => {
    const bare: Partial<typeof table> = { ...table };
    delete bare.bands;
    assert.deepEqual(check({ england: {}, wales: { agendaForChange: bare }, scotland: {}, 'northern-ireland': {} }).problems, ['pay.wales.agendaForChange.bands must be a list']);
  });
});
