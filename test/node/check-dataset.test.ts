// The checks a host's dataset passes before any widget shows it (src/data/check-dataset.ts): each
// rule refuses what it should and lets through what it should, and (property-based, 1,000 hostile
// variations of a valid dataset) a dataset that passes never makes the data functions the widgets
// use throw.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { bundledDataset } from '../../src/data/bundled.js';
import { checkDataset, MAX_PROBLEMS, MAX_ROLES, MAX_TEXT } from '../../src/data/check-dataset.js';
import { suggestRoles } from '../../src/data/finder.js';
import { matchesFilter } from '../../src/data/filter.js';
import { formatPay, payRange } from '../../src/data/pay.js';
import { rankRoles } from '../../src/data/search.js';
import { findCategory, findEntryRoute, findOrganisation, findRole, rolesInCategory, rolesOnEntryRoute } from '../../src/data/selectors.js';
import type { Dataset, Role } from '../../src/data/types.js';
import { mutate, mutations, SAMPLE_ROLE_IDS, smallDataset } from '../helpers/mutate-dataset.js';

const valid = smallDataset(bundledDataset, SAMPLE_ROLE_IDS);
const paramedic = valid.roles.find((r) => r.id === 'paramedic')!;
type Loose = Record<string, unknown>;

/** A copy of the valid dataset changed by `change`, as a host would send it. */
function changed(change: (dataset: Loose & { roles: Loose[] }) => void): unknown {
  const copy = JSON.parse(JSON.stringify(valid));
  change(copy);
  return copy;
}
const problemsOf = (value: unknown) => checkDataset(value, bundledDataset).problems;
/** Asserts the dataset is refused with a problem matching `pattern`. */
function refused(value: unknown, pattern: RegExp): void {
  const check = checkDataset(value, bundledDataset);
  assert.equal(check.dataset, undefined, 'the dataset was accepted');
  assert.ok(check.problems.some((p) => pattern.test(p)), `no problem matches ${pattern}: ${check.problems.join(' | ')}`);
}
function accepted(value: unknown): Dataset {
  const check = checkDataset(value, bundledDataset);
  assert.deepEqual(check.problems, []);
  assert.ok(check.dataset);
  return check.dataset;
}

describe('checkDataset: what it accepts', () => {
  it('accepts the bundled dataset and a small valid one, frozen, with no problems', () => {
    const whole = accepted(bundledDataset);
    assert.equal(whole.roles.length, bundledDataset.roles.length);
    const small = accepted(valid);
    assert.deepEqual(small.roles.map((r) => r.id), valid.roles.map((r) => r.id));
    assert.ok(Object.isFrozen(small));
  });

  it('takes the parts a host leaves out from the bundled data, and no glossary', () => {
    const dataset = accepted({ roles: valid.roles });
    assert.equal(dataset.categories, bundledDataset.categories);
    assert.equal(dataset.entryRoutes, bundledDataset.entryRoutes);
    assert.equal(dataset.organisations, bundledDataset.organisations);
    assert.equal(dataset.pay, bundledDataset.pay);
    assert.deepEqual(dataset.glossary, []);
  });

  it('keeps the parts a host gives', () => {
    const categories = valid.categories.slice(0, 14);
    const dataset = accepted({ ...valid, categories, glossary: valid.glossary });
    assert.equal(dataset.categories, categories);
    assert.equal(dataset.glossary, valid.glossary);
  });

  it('drops related roles the host dataset does not have, and keeps those it has', () => {
    const dataset = accepted(changed((d) => (d.roles[0]!.relatedRoles = ['dentist', 'not-here'])));
    assert.deepEqual(dataset.roles[0]!.relatedRoles, ['dentist']);
  });

  it('accepts nulls where a fact is not known, and links that are null where allowed', () => {
    accepted(changed((d) => {
      Object.assign(d.roles[0]!, { subArea: null, workplaces: null, patientContact: null, entryRoutes: null, pay: null });
      Object.assign(d.roles[0]!, { entryRequirements: null, minQualification: null, regulator: null });
      (d.entryRoutes as Loose[])[0]!.url = null;
      (d.organisations as Loose[])[0]!.url = null;
    }));
  });

  it('accepts a text of exactly the longest length, and every pay scale', () => {
    accepted(changed((d) => (d.roles[0]!.work = 'w'.repeat(MAX_TEXT))));
    accepted(changed((d) => (d.roles[0]!.pay = { scale: 'medical' })));
    accepted(changed((d) => (d.roles[0]!.pay = { scale: 'dental', note: 'Paid per course of treatment.' })));
    accepted(changed((d) => (d.roles[0]!.pay = { scale: 'other', note: 'Set locally.' })));
    accepted(changed((d) => (d.roles[0]!.pay = { scale: 'agenda-for-change', from: '8a', to: '8a' })));
  });

  it(`accepts ${MAX_ROLES} roles`, () => {
    const roles = Array.from({ length: MAX_ROLES }, (_, i) => ({ ...paramedic, id: `role-${i}`, relatedRoles: [] }));
    assert.equal(accepted({ roles }).roles.length, MAX_ROLES);
  });
});

describe('checkDataset: what it refuses', () => {
  it('refuses what is not an object with a list of roles', () => {
    for (const value of [null, undefined, 'roles', 42, [], [valid]]) refused(value, /^the file is not a JSON object$/);
    refused({}, /^it has no "roles" list$/);
    refused({ roles: [] }, /^it has no "roles" list$/);
    refused({ roles: { 0: paramedic } }, /^it has no "roles" list$/);
  });

  it(`refuses more than ${MAX_ROLES} roles before looking at them`, () => {
    const roles = new Array(MAX_ROLES + 1).fill(null);
    assert.deepEqual(problemsOf({ roles }), [`it has ${MAX_ROLES + 1} roles; at most ${MAX_ROLES} are accepted`]);
  });

  it('refuses a role that is not an object', () => {
    refused({ roles: [null] }, /^roles\[0\] is not an object$/);
    refused({ roles: [[paramedic]] }, /^roles\[0\] is not an object$/);
    refused({ roles: ['paramedic'] }, /^roles\[0\] is not an object$/);
  });

  const roleCases: [field: string, value: unknown, pattern: RegExp][] = [
    ['id', 'Not A Slug', /roles\[0\]: id must be a kebab-case slug/],
    ['id', undefined, /roles\[0\]: id must be/],
    ['title', '', /roles\[0\] \([a-z-]+\): title must be text/],
    ['title', '   ', /title must be text/],
    ['title', 7, /title must be text/],
    ['summary', null, /summary must be text/],
    ['work', 'w'.repeat(MAX_TEXT + 1), /work must be text/],
    ['checked', undefined, /checked must be text/],
    ['category', 'Nursing', /category must be a category id/],
    ['category', 'no-such-category', /unknown category "no-such-category"/],
    ['alternativeTitles', 'physio', /alternativeTitles must be a list of text/],
    ['alternativeTitles', [''], /alternativeTitles must be a list of text/],
    ['relatedRoles', null, /relatedRoles must be a list of ids/],
    ['organisations', [3], /organisations must be a list of ids/],
    ['subArea', 5, /subArea must be text or null/],
    ['entryRequirements', {}, /entryRequirements must be text or null/],
    ['regulator', '', /regulator must be text or null/],
    ['workplaces', 'a hospital', /workplaces must be a list of text or null/],
    ['entryRoutes', 'apprenticeships', /entryRoutes must be a list of route ids or null/],
    ['entryRoutes', ['by-rocket'], /entryRoutes must be known route ids/],
    ['patientContact', 'lots', /patientContact must be one of a-lot, some, little or null/],
    ['minQualification', 'phd', /minQualification must be one of none, gcse/],
    ['sources', [], /sources must be one or more https links/],
    ['sources', ['http://example.org/'], /sources must be one or more https links/],
    ['sources', ['javascript:alert(1)'], /sources must be one or more https links/],
    ['sources', 'https://example.org/', /sources must be one or more https links/],
  ];
  for (const [field, value, pattern] of roleCases) {
    it(`refuses a role whose ${field} is ${JSON.stringify(value)?.slice(0, 30)}`, () => {
      refused(changed((d) => (d.roles[0]![field] = value)), pattern);
    });
  }

  const payCases: [pay: unknown, pattern: RegExp][] = [
    ['band 5', /pay must be null or an object with a known scale/],
    [{ scale: 'bonus' }, /pay must be null or an object with a known scale/],
    [{}, /pay must be null or an object with a known scale/],
    [{ scale: 'agenda-for-change', from: '5' }, /pay needs bands from and to, lowest first/],
    [{ scale: 'agenda-for-change', from: '7', to: '5' }, /pay needs bands from and to, lowest first/],
    [{ scale: 'agenda-for-change', from: '10', to: '11' }, /pay needs bands from and to/],
    [{ scale: 'other' }, /pay on another scale needs a note/],
    [{ scale: 'medical', note: 4 }, /pay note must be text/],
  ];
  for (const [pay, pattern] of payCases) {
    it(`refuses a role whose pay is ${JSON.stringify(pay)}`, () => refused(changed((d) => (d.roles[0]!.pay = pay)), pattern));
  }

  it('refuses two roles with one id', () => {
    refused(changed((d) => (d.roles[1]!.id = d.roles[0]!.id)), /roles\[1\] \([a-z-]+\): duplicate id/);
  });

  it('refuses parts that are not lists, and entries of the wrong shape', () => {
    refused({ ...valid, categories: {} }, /^categories must be a list$/);
    refused({ ...valid, entryRoutes: 'all' }, /^entryRoutes must be a list$/);
    refused({ ...valid, organisations: null }, /^organisations must be a list$/);
    refused({ ...valid, glossary: { term: 'x' } }, /^glossary must be a list$/);
    refused(changed((d) => ((d.categories as Loose[])[0]!.url = 'http://example.org/')), /categories\[0\] \([a-z-]+\): url must be an https link/);
    refused(changed((d) => ((d.categories as Loose[])[0]!.summary = '')), /categories\[0\].*summary must be text/);
    refused(changed((d) => ((d.categories as Loose[])[1]!.id = (d.categories as Loose[])[0]!.id)), /categories\[1\].*duplicate id/);
    refused(changed((d) => ((d.entryRoutes as Loose[])[0]!.asks = null)), /entryRoutes\[0\].*asks must be text/);
    refused(changed((d) => ((d.entryRoutes as Loose[])[0]!.url = 'ftp://x')), /entryRoutes\[0\].*url must be an https link or null/);
    refused(changed((d) => ((d.organisations as Loose[])[0]!.name = [])), /organisations\[0\].*name must be text/);
    refused(changed((d) => ((d.organisations as Loose[])[0]!.shortName = '')), /organisations\[0\].*shortName must be text, if given/);
    refused(changed((d) => ((d.organisations as Loose[])[0]!.url = undefined)), /organisations\[0\].*url must be an https link or null/);
    refused(changed((d) => ((d.glossary as Loose[])[0]!.definition = 1)), /glossary\[0\].*definition must be text/);
    refused(changed((d) => ((d.glossary as Loose[])[0]!.seeAlso = 'x')), /glossary\[0\].*seeAlso must be a list of ids, if given/);
    refused({ ...valid, categories: [null] }, /^categories\[0\] is not an object$/);
  });

  it('refuses pay tables a pay line could not read', () => {
    type Tables = Record<string, Loose & { bands?: Loose[]; grades?: Loose[] }>;
    const pay = (change: (p: Record<string, Tables>) => void) => changed((d) => change(d.pay as never));
    const nations = /^pay must hold an object for each nation \(england, wales, scotland, northern-ireland\)$/;
    refused({ ...valid, pay: null }, nations);
    refused({ ...valid, pay: [] }, nations);
    refused(pay((p) => delete p.wales), nations);
    refused(pay((p) => (p.england!.agendaForChange = 'band 5' as never)), /^pay\.england\.agendaForChange must be an object$/);
    refused(pay((p) => (p.england!.agendaForChange!.bands = {} as never)), /^pay\.england\.agendaForChange\.bands must be a list$/);
    refused(pay((p) => (p.england!.agendaForChange!.bands![4]!.min = '31049')), /pay\.england\.agendaForChange\.bands\[4\]: min must be an amount/);
    refused(pay((p) => (p.england!.agendaForChange!.bands![4]!.max = -1)), /bands\[4\]: max must be an amount/);
    refused(pay((p) => (p.england!.agendaForChange!.bands![4]!.max = Infinity)), /bands\[4\]: max must be an amount/);
    refused(pay((p) => (p.england!.agendaForChange!.bands![4]!.band = '10')), /bands\[4\]: band must be an Agenda for Change band/);
    refused(pay((p) => (p.england!.agendaForChange!.nation = 'wales')), /^pay\.england\.agendaForChange: nation must be "england"$/);
    refused(pay((p) => (p.england!.agendaForChange!.year = '')), /^pay\.england\.agendaForChange: year must be text$/);
    refused(pay((p) => (p.england!.agendaForChange!.sources = ['http://x.org/'])), /agendaForChange: sources must be one or more https links/);
    // A nation may have no table for a scale: England's figures stand in.
    accepted(pay((p) => delete p.wales!.agendaForChange));
  });

  it(`lists at most ${MAX_PROBLEMS} problems, and stops checking roles once it has them`, () => {
    const roles = Array.from({ length: 500 }, () => ({ id: 'Bad Id' }));
    const problems = problemsOf({ roles });
    assert.equal(problems.length, MAX_PROBLEMS);
    assert.match(problems[0]!, /^roles\[0\]: id must be a kebab-case slug$/);
  });

  it('refuses, without throwing, an object whose fields cannot be read', () => {
    const hostile = {
      get roles(): never {
        throw new Error('no');
      },
    };
    assert.deepEqual(problemsOf(hostile), ['it could not be read (Error: no)']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assert.match(problemsOf(proxy)[0]!, /^it could not be read/);
  });

  it('is not fooled by a "__proto__" key in the file', () => {
    const withProto = JSON.parse(`{"__proto__": {"roles": ${JSON.stringify(valid.roles)}}}`);
    refused(withProto, /^it has no "roles" list$/);
    const role = JSON.parse(`{"__proto__": ${JSON.stringify(paramedic)}}`);
    refused({ roles: [role] }, /roles\[0\]: id must be a kebab-case slug/);
  });
});

/** Everything the widgets do with a dataset that does not touch the DOM. */
function useLikeTheWidgets(dataset: Dataset): void {
  for (const role of dataset.roles as Role[]) {
    findRole(dataset, role.id);
    findCategory(dataset, role.category);
    for (const id of role.entryRoutes ?? []) findEntryRoute(dataset, id);
    if (role.regulator) findOrganisation(dataset, role.regulator);
    if (role.pay) {
      payRange(dataset, role.pay);
      formatPay(dataset, role.pay);
    }
    matchesFilter(role, { qualification: 'gcse', bandFrom: '3', bandTo: '6', registration: true, patientContact: 'some' });
  }
  for (const category of dataset.categories) rolesInCategory(dataset, category.id);
  for (const route of dataset.entryRoutes) rolesOnEntryRoute(dataset, route.id);
  rankRoles(dataset, 'nurse paramedik');
  suggestRoles(dataset, { people: 'a-lot' }, 10);
}

describe('checkDataset against 1,000 hostile variations of a valid dataset', () => {
  it('never throws; refuses with problems, or accepts a dataset the data functions can all use', () => {
    let acceptedCount = 0;
    fc.assert(
      fc.property(mutations(valid), (list) => {
        const check = checkDataset(mutate(valid, list), bundledDataset);
        if (!check.dataset) {
          assert.ok(check.problems.length > 0 && check.problems.length <= MAX_PROBLEMS);
          return;
        }
        acceptedCount++;
        assert.deepEqual(check.problems, []);
        useLikeTheWidgets(check.dataset);
      }),
      { numRuns: 1000 },
    );
    // Some variations are harmless (a note removed, a summary changed): both outcomes are exercised.
    assert.ok(acceptedCount > 0, 'no variation was accepted');
  });
});
