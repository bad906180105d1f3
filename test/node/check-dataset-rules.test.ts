// What <nhs-careers-provider src> accepts from a host (src/data/check-dataset.ts): a sound dataset
// is merged over the bundled one; anything broken is refused with a list of problems a developer
// can act on, so a widget never shows a broken or unsafe role.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_ROLES, checkDataset } from '../../src/data/check-dataset.js';
import type { Role } from '../../src/data/types.js';
import { PAY, category, entryRoute, makeDataset, makeRole, organisation } from './helpers/dataset.js';

const fallback = makeDataset([makeRole({ id: 'bundled-role' })], { glossary: [{ id: 'band', term: 'Band', definition: 'A pay band.' }] });
const nurse = makeRole({ id: 'nurse', entryRoutes: ['apprenticeships'], relatedRoles: ['healthcare-assistant'] });
const healthcareAssistant = makeRole({ id: 'healthcare-assistant', relatedRoles: ['nurse', 'astronaut'] });

/** The problems for a host file of these roles, the rest from the bundle. */
const problemsOf = (roles: unknown[], rest: Record<string, unknown> = {}) => checkDataset({ roles, ...rest }, fallback).problems;
/** The problems for a host file whose one role has these facts. */
const roleProblems = (facts: Record<string, unknown>) => problemsOf([{ ...makeRole({ id: 'nurse' }), ...facts }]);

describe('checkDataset', () => {
  describe('a sound file', () => {
    it('is used, with the bundled categories, ways in, organisations and pay when it has roles only', () => {
      const { dataset, problems } = checkDataset({ roles: [nurse, healthcareAssistant] }, fallback);
      assert.deepEqual(problems, []);
      assert.deepEqual(dataset?.roles.map((r) => r.id), ['nurse', 'healthcare-assistant']);
      assert.equal(dataset?.categories, fallback.categories);
      assert.equal(dataset?.entryRoutes, fallback.entryRoutes);
      assert.equal(dataset?.organisations, fallback.organisations);
      assert.equal(dataset?.pay, fallback.pay);
      assert.deepEqual(dataset?.glossary, [], 'the bundled glossary is not mixed into a host’s data');
    });

    it('uses the host’s own lists and pay when it has them', () => {
      const categories = [category('nursing', 'Host nursing')];
      const entryRoutes = [entryRoute('apprenticeships', 'Host apprenticeships')];
      const organisations = [organisation('host-body', 'professional-body', { url: null })];
      const glossary = [{ id: 'host-term', term: 'Term', definition: 'Meaning.' }];
      const pay = structuredClone(PAY);
      const { dataset, problems } = checkDataset({ roles: [nurse], categories, entryRoutes, organisations, glossary, pay }, fallback);
      assert.deepEqual(problems, []);
      assert.equal(dataset?.categories, categories);
      assert.equal(dataset?.entryRoutes, entryRoutes);
      assert.equal(dataset?.organisations, organisations);
      assert.equal(dataset?.glossary, glossary);
      assert.equal(dataset?.pay, pay);
    });

    it('refuses parts that are given but are not lists, and pay that is not an object (a part left out is taken from the bundle)', () => {
      const { dataset, problems } = checkDataset({ roles: [nurse], categories: 'nursing', entryRoutes: {}, organisations: 3, glossary: 'none', pay: 'lots' }, fallback);
      assert.equal(dataset, undefined);
      for (const name of ['categories', 'entryRoutes', 'organisations', 'glossary']) assert.ok(problems.includes(`${name} must be a list`), name);
      assert.ok(problems.some((p) => p.startsWith('pay must hold an object for each nation')));
    });

    it('drops related roles the host’s data does not have, rather than link to nothing', () => {
      const { dataset } = checkDataset({ roles: [nurse, healthcareAssistant] }, fallback);
      assert.deepEqual(dataset?.roles.map((r) => r.relatedRoles), [['healthcare-assistant'], ['nurse']]);
      assert.deepEqual(healthcareAssistant.relatedRoles, ['nurse', 'astronaut'], 'the host’s object is not changed');
      assert.ok(Object.isFrozen(dataset));
    });

    it('accepts "not known" (null) for every optional fact, and a way in\u2019s url of null', () => {
      assert.deepEqual(roleProblems({ subArea: null, entryRequirements: null, minQualification: null, regulator: null, patientContact: null, workplaces: null, entryRoutes: null, pay: null }), []);
      assert.deepEqual(
        roleProblems({ subArea: 'Adult', entryRequirements: 'A degree.', minQualification: 'degree', regulator: 'nmc', patientContact: 'a-lot', workplaces: ['hospitals'], pay: { scale: 'medical' } }),
        [],
      );
      assert.deepEqual(problemsOf([nurse], { entryRoutes: [{ ...entryRoute('apprenticeships'), url: null }] }), []);
    });

    it(`looks at up to ${MAX_ROLES} roles`, () => {
      // Roles that are not objects are the cheapest to look at: the point is that they are looked at.
      assert.deepEqual(checkDataset({ roles: new Array(MAX_ROLES).fill(null) }, fallback).problems[0], 'roles[0] is not an object');
    });
  });

  describe('a file that is not a dataset', () => {
    for (const [name, value] of [['null', null], ['a string', 'roles'], ['a number', 3], ['a list', [nurse]]] as const) {
      it(`refuses ${name}`, () => assert.deepEqual(checkDataset(value, fallback), { problems: ['the file is not a JSON object'] }));
    }
    it('refuses an object without a roles list, or with an empty one', () => {
      assert.deepEqual(checkDataset({ categories: [] }, fallback), { problems: ['it has no "roles" list'] });
      assert.deepEqual(checkDataset({ roles: {} }, fallback), { problems: ['it has no "roles" list'] });
      assert.deepEqual(checkDataset({ roles: [] }, fallback), { problems: ['it has no "roles" list'] });
    });
    it(`refuses more than ${MAX_ROLES} roles before looking at any`, () => {
      const tooMany = new Array(MAX_ROLES + 1).fill(null);
      assert.deepEqual(checkDataset({ roles: tooMany }, fallback), { problems: [`it has ${MAX_ROLES + 1} roles; at most ${MAX_ROLES} are accepted`] });
    });
  });

  describe('a role with a problem', () => {
    it('is named by its position and id', () => assert.deepEqual(roleProblems({ title: '' }), ['roles[0] (nurse): title must be text']));
    it('is named by its position alone when its id is not text', () =>
      assert.deepEqual(roleProblems({ id: 7 }), ['roles[0]: id must be a kebab-case slug']));
    it('that is not an object is refused', () => {
      assert.deepEqual(problemsOf([null]), ['roles[0] is not an object']);
      assert.deepEqual(problemsOf(['nurse']), ['roles[0] is not an object']);
      assert.deepEqual(problemsOf([null, null]), ['roles[0] is not an object', 'roles[1] is not an object']);
    });
    it('needs a kebab-case id', () => {
      for (const id of ['Nurse', 'nurse_1', '-nurse', 'nurse-', 'nurse--adult', ' nurse', '']) assert.match(roleProblems({ id }).join(), /id must be a kebab-case slug/, id);
      assert.deepEqual(roleProblems({ id: 'nurse-2' }), []);
    });
    for (const field of ['title', 'summary', 'work', 'checked']) {
      it(`needs ${field} as text, not blank`, () => {
        assert.deepEqual(roleProblems({ [field]: '   ' }), [`roles[0] (nurse): ${field} must be text`]);
        assert.deepEqual(roleProblems({ [field]: 3 }), [`roles[0] (nurse): ${field} must be text`]);
      });
    }
    it('needs a known category, from the host’s list when it gives one', () => {
      assert.deepEqual(roleProblems({ category: 'astronomy' }), ['roles[0] (nurse): unknown category "astronomy"']);
      assert.deepEqual(problemsOf([makeRole({ id: 'nurse', category: 'astronomy' })], { categories: [category('astronomy')] }), []);
      assert.deepEqual(problemsOf([nurse], { categories: [category('astronomy')] }), ['roles[0] (nurse): unknown category "nursing"']);
    });
    it('needs alternative titles as a list of text', () => {
      assert.deepEqual(roleProblems({ alternativeTitles: 'RN' }), ['roles[0] (nurse): alternativeTitles must be a list of text']);
      assert.deepEqual(roleProblems({ alternativeTitles: ['RN', ''] }), ['roles[0] (nurse): alternativeTitles must be a list of text']);
    });
    it('needs related roles and organisations as lists of ids', () => {
      assert.deepEqual(roleProblems({ relatedRoles: null }), ['roles[0] (nurse): relatedRoles must be a list of ids']);
      assert.deepEqual(roleProblems({ organisations: 'nmc' }), ['roles[0] (nurse): organisations must be a list of ids']);
    });
    it('needs ways in that are known, or null', () => {
      assert.deepEqual(roleProblems({ entryRoutes: ['by-rocket'] }), ['roles[0] (nurse): entryRoutes must be known route ids']);
      assert.deepEqual(roleProblems({ entryRoutes: 'apprenticeships' }), ['roles[0] (nurse): entryRoutes must be a list of route ids or null']);
      assert.deepEqual(roleProblems({ entryRoutes: ['apprenticeships', 'higher-education'] }), []);
    });
    for (const field of ['subArea', 'entryRequirements', 'regulator']) {
      it(`needs ${field} as text or null`, () => assert.deepEqual(roleProblems({ [field]: 5 }), [`roles[0] (nurse): ${field} must be text or null`]));
    }
    it('needs minQualification as one of the levels, or null', () =>
      assert.deepEqual(roleProblems({ minQualification: 5 }), ['roles[0] (nurse): minQualification must be one of none, gcse, a-level, degree, postgraduate or null']));
    it('needs patientContact as one of its words, or null', () =>
      assert.deepEqual(roleProblems({ patientContact: 5 }), ['roles[0] (nurse): patientContact must be one of a-lot, some, little or null']));
    it('needs workplaces as a list of text or null', () =>
      assert.deepEqual(roleProblems({ workplaces: 'hospitals' }), ['roles[0] (nurse): workplaces must be a list of text or null']));
    it('needs pay as an object with a scale, or null', () => {
      const message = ['roles[0] (nurse): pay must be null or an object with a known scale'];
      assert.deepEqual(roleProblems({ pay: 'band 5' }), message);
      assert.deepEqual(roleProblems({ pay: {} }), message);
      assert.deepEqual(roleProblems({ pay: { scale: '' } }), message);
    });
    it('needs one or more https sources', () => {
      const message = ['roles[0] (nurse): sources must be one or more https links'];
      assert.deepEqual(roleProblems({ sources: [] }), message);
      assert.deepEqual(roleProblems({ sources: 'https://example.org/' }), message);
      assert.deepEqual(roleProblems({ sources: ['https://example.org/', 'http://example.org/'] }), message);
      assert.deepEqual(roleProblems({ sources: ['javascript:alert(1)'] }), message);
      assert.deepEqual(roleProblems({ sources: ['https://example.org/a b'] }), message);
      assert.deepEqual(roleProblems({ sources: ['https://'] }), message);
    });
    it('needs an id no other role has', () =>
      assert.deepEqual(problemsOf([nurse, healthcareAssistant, { ...nurse, title: 'Nurse again' }]), ['roles[2] (nurse): duplicate id']));
    it('lists every problem of every role, at most 20', () => {
      const broken = (i: number) => ({ ...makeRole({ id: `role-${i}` }), title: '', summary: '' }) as unknown as Role;
      assert.deepEqual(problemsOf([broken(0), broken(1)]), [
        'roles[0] (role-0): title must be text',
        'roles[0] (role-0): summary must be text',
        'roles[1] (role-1): title must be text',
        'roles[1] (role-1): summary must be text',
      ]);
      assert.equal(problemsOf(Array.from({ length: 15 }, (_, i) => broken(i))).length, 20);
    });
  });

  describe('the host’s other lists', () => {
    // Each broken entry is named by its place, so a host can find it in a long list.
    for (const name of ['categories', 'entryRoutes', 'organisations'] as const) {
      it(`refuses ${name} entries that are not objects, or lack an id, a name or an https url`, () => {
        const make = name === 'categories' ? category : name === 'entryRoutes' ? entryRoute : organisation;
        const cases: [unknown, string][] = [
          [null, `${name}[1] is not an object`],
          [{ ...make('x'), id: '' }, `${name}[1]: id must be a kebab-case id`],
          [{ ...make('x'), name: ' ' }, `${name}[1] (x): name must be text`],
          [{ ...make('x'), url: 'http://example.org/' }, `${name}[1] (x): url must be an https link${name === 'categories' ? '' : ' or null'}`],
        ];
        for (const [bad, message] of cases) {
          const problems = problemsOf([makeRole({ id: 'nurse', entryRoutes: null })], { [name]: [make('ok'), bad] });
          assert.ok(problems.includes(message), `${JSON.stringify(bad)}: ${JSON.stringify(problems)}`);
        }
      });
    }
    it('accepts an organisation whose url is null', () =>
      assert.deepEqual(problemsOf([nurse], { organisations: [organisation('ok', 'regulator', { url: null })] }), []));
  });
});
