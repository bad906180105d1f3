// The re-check rules on their own, with a small made-up role, so each promise is tested directly
// (the validator tests in validate-data.test.mjs prove the rules are wired in).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { provenanceProblems, recheckLogProblems } from '../../scripts/provenance-rules.mjs';

const known = {
  roleIds: new Set(['pharmacy-technician', 'trainee-pharmacist']),
  skillIds: new Set(['communication', 'teamwork', 'science']),
  voluntaryRegisterIds: new Set(['ahcs']),
  today: '2026-12-03',
};

/** A sound re-checked role; each test changes one thing. */
function role() {
  return {
    id: 'pharmacy-technician',
    category: 'pharmacy',
    entryRoutes: ['school-leavers', 'apprenticeships'],
    regulator: 'gphc',
    sources: ['https://example.org/a', 'https://example.org/b'],
    checked: '2026-12-03',
    voluntaryRegister: null,
    nhsHealthCareersGroup: null,
    skills: ['communication', 'teamwork', 'science'],
    workingPattern: { hoursPerWeek: { from: 37.5, to: 37.5 }, shifts: true, nights: null, weekends: null, onCall: null, partTimeCommon: null },
    nextRoles: [{ role: 'trainee-pharmacist', band: null }],
    subjects: null,
    apprenticeshipStandards: [{ reference: 'ST0300', title: 'Pharmacy technician (integrated)', level: 3, url: 'https://example.org/st0300' }],
    checks: null,
    funding: [{ route: 'apprenticeships', nations: ['england'], kind: 'paid-apprenticeship' }],
    provenance: {
      sources: [
        { id: 'a', url: 'https://example.org/a', name: 'Page A', checked: '2026-12-03' },
        { id: 'b', url: 'https://example.org/b', name: 'Page B', checked: '2026-12-01' },
      ],
      facts: {
        title: ['a'],
        category: ['a'],
        subArea: 'unverified',
        pay: ['a'],
        regulator: ['b'],
        minQualification: ['a'],
        entryRoutes: { 'school-leavers': ['a'], apprenticeships: ['b'] },
        skills: ['a'],
        workingPattern: ['a'],
        nextRoles: ['a'],
        apprenticeshipStandards: ['b'],
        funding: ['b'],
      },
    },
  };
}
const problemsWith = (change) => {
  const r = role();
  change(r);
  return provenanceProblems(r, known);
};
const expectProblem = (change, pattern) => {
  const problems = problemsWith(change);
  assert.ok(problems.some((p) => pattern.test(p)), `expected ${pattern} in ${JSON.stringify(problems)}`);
};

describe('provenanceProblems', () => {
  it('accepts a sound re-checked role', () => assert.deepEqual(provenanceProblems(role(), known), []));
  it('skips a role not yet re-checked', () => assert.deepEqual(provenanceProblems({ id: 'x', sources: [] }, known), []));

  it('needs a source or "unverified" for every core fact', () => expectProblem((r) => delete r.provenance.facts.pay, /fact "pay" has no source/));
  it('needs one per entry route', () => expectProblem((r) => delete r.provenance.facts.entryRoutes.apprenticeships, /"entryRoutes.apprenticeships" has no source/));
  it('refuses a sourced route the role does not have', () =>
    expectProblem((r) => (r.provenance.facts.entryRoutes['higher-education'] = ['a']), /names a route the role does not have/));
  it('needs a source for a filled profile field', () => expectProblem((r) => delete r.provenance.facts.skills, /fact "skills" has no source/));
  it('refuses a source for an empty field', () => expectProblem((r) => (r.provenance.facts.checks = ['a']), /"checks" is sourced but the field is empty/));
  it('refuses a fact citing an unknown source', () => expectProblem((r) => (r.provenance.facts.title = ['zz']), /cites unknown source "zz"/));
  it('refuses a listed source no fact cites', () =>
    expectProblem((r) => {
      r.provenance.sources.push({ id: 'c', url: 'https://example.org/c', name: 'C', checked: '2026-12-03' });
      r.sources.push('https://example.org/c');
    }, /source "c" is listed but no fact cites it/));
  it('refuses a duplicate source id', () =>
    expectProblem((r) => {
      r.provenance.sources.push({ ...r.provenance.sources[0] });
      r.sources.push(r.provenance.sources[0].url);
    }, /listed twice/));
  it('refuses a check date in the future', () => expectProblem((r) => (r.provenance.sources[1].checked = '2026-12-04'), /in the future/));
  it('keeps "checked" equal to the latest source check', () => expectProblem((r) => (r.checked = '2026-12-01'), /latest source check is 2026-12-03/));
  it('keeps the plain links in step with the provenance sources', () => expectProblem((r) => r.sources.reverse(), /"sources" must list/));
  it('lets the NHS Health Careers page lead the links', () => {
    const r = role();
    r.nhsHealthCareersPage = 'https://www.healthcareers.nhs.uk/explore-roles/pharmacy/roles-pharmacy/pharmacy-technician';
    r.sources = [r.nhsHealthCareersPage, ...r.sources];
    assert.deepEqual(provenanceProblems(r, known), []);
    r.sources = [...r.sources.slice(1), r.nhsHealthCareersPage];
    assert.ok(provenanceProblems(r, known).some((p) => /"sources" must list nhsHealthCareersPage/.test(p)));
  });

  it('refuses an unknown skill', () => expectProblem((r) => (r.skills = ['communication', 'teamwork', 'juggling']), /unknown skill "juggling"/));
  it('refuses a next role that does not exist or is the role itself', () => {
    expectProblem((r) => (r.nextRoles = [{ role: 'astronaut', band: '5' }]), /unknown next role "astronaut"/);
    expectProblem((r) => (r.nextRoles = [{ role: 'pharmacy-technician', band: '5' }]), /lists itself/);
  });
  it('needs an apprenticeship route for apprenticeship standards', () =>
    expectProblem((r) => (r.entryRoutes = ['school-leavers']), /apprenticeship standards but no "apprenticeships" entry route/));
  it('refuses an empty list of standards (null means not known)', () =>
    expectProblem((r) => {
      r.apprenticeshipStandards = [];
      delete r.provenance.facts.apprenticeshipStandards;
    }, /use null/));
  it('refuses funding for a route the role does not have', () =>
    expectProblem((r) => (r.funding = [{ route: 'higher-education', nations: ['wales'], kind: 'nhs-wales-bursary' }]), /funding names route "higher-education"/));
  it('accepts only accredited registers as voluntary registers, never the statutory regulator', () => {
    const sourced = (r, id) => {
      r.voluntaryRegister = id;
      r.provenance.facts.voluntaryRegister = ['a'];
    };
    assert.deepEqual(problemsWith((r) => sourced(r, 'ahcs')), []);
    expectProblem((r) => sourced(r, 'hcpc'), /not an organisation of kind accredited-register/);
    expectProblem((r) => {
      sourced(r, 'ahcs');
      r.regulator = 'ahcs';
    }, /statutory regulator and voluntary register/);
  });
  it('refuses reversed weekly hours', () => expectProblem((r) => (r.workingPattern.hoursPerWeek = { from: 40, to: 30 }), /reversed/));
});

describe('recheckLogProblems', () => {
  const rechecked = { ...role(), category: 'pharmacy' };
  const rolesById = new Map([
    [rechecked.id, rechecked],
    ['trainee-pharmacist', { id: 'trainee-pharmacist', category: 'pharmacy' }],
  ]);
  const log = (entries) => ({ category: 'pharmacy', checkedBy: 'test', roles: entries });
  const entry = (corrections = []) => ({ role: 'pharmacy-technician', checked: '2026-12-03', corrections });

  it('accepts a log of every re-checked role', () => assert.deepEqual(recheckLogProblems(log([entry()]), rolesById), []));
  it('needs every re-checked role of the category', () => assert.match(recheckLogProblems(log([]), rolesById).join('\n'), /missing from the log/));
  it('refuses unknown roles, roles without provenance and duplicates', () => {
    const problems = recheckLogProblems(log([entry(), entry(), { role: 'trainee-pharmacist', checked: '2026-12-03', corrections: [] }, { role: 'nobody', checked: '2026-12-03', corrections: [] }]), rolesById).join('\n');
    assert.match(problems, /logged twice/);
    assert.match(problems, /"trainee-pharmacist", which carries no provenance/);
    assert.match(problems, /unknown role "nobody"/);
  });
  it('needs a known source for each correction, and a fact that is not left unverified', () => {
    assert.match(recheckLogProblems(log([entry([{ fact: 'pay', old: '1', new: '2', source: 'zz' }])]), rolesById).join('\n'), /cites unknown source "zz"/);
    assert.match(recheckLogProblems(log([entry([{ fact: 'subArea', old: '"x"', new: 'null', source: 'a' }])]), rolesById).join('\n'), /marked unverified/);
  });
});
