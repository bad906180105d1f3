// The explorer's filters (src/data/filter.ts), which a reader uses to narrow 388 roles: each filter
// keeps what it promises and drops the rest, at both ends of its range, and "not known" passes
// only filters that do not ask about it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BANDS, QUALIFICATION_LEVELS, matchesFilter, type RoleFilter } from '../../src/data/filter.js';
import type { Band, Role } from '../../src/data/types.js';
import { makeRole } from './helpers/dataset.js';

const afc = (from: Band, to: Band) => ({ scale: 'agenda-for-change' as const, from, to });
const roles = {
  nurse: makeRole({ id: 'nurse', category: 'nursing', entryRoutes: ['higher-education', 'apprenticeships'], minQualification: 'degree', patientContact: 'a-lot', regulator: 'nmc', pay: afc('5', '7') }),
  porter: makeRole({ id: 'porter', category: 'wider-healthcare-team', entryRoutes: ['work-experience'], minQualification: 'none', patientContact: 'some', regulator: 'none', pay: afc('2', '2') }),
  pharmacist: makeRole({ id: 'pharmacist', category: 'pharmacy', entryRoutes: ['higher-education'], minQualification: 'postgraduate', patientContact: 'little', regulator: 'gphc', pay: afc('6', '8a') }),
  surgeon: makeRole({ id: 'surgeon', category: 'doctors', entryRoutes: ['higher-education'], minQualification: 'postgraduate', patientContact: 'a-lot', regulator: 'gmc', pay: { scale: 'medical' } }),
  director: makeRole({ id: 'director', category: 'management', entryRoutes: ['higher-education'], minQualification: 'degree', patientContact: 'little', regulator: 'none', pay: afc('8d', '9') }),
  unknown: makeRole({ id: 'unknown', category: 'nursing', entryRoutes: null, minQualification: null, patientContact: null, regulator: null, pay: null }),
} satisfies Record<string, Role>;

/** The names of the roles a filter keeps, in the order above. */
const kept = (filter: RoleFilter) => Object.entries(roles).filter(([, role]) => matchesFilter(role, filter)).map(([name]) => name);

describe('matchesFilter', () => {
  it('keeps every role, known or not, when the filter is empty', () => assert.deepEqual(kept({}), Object.keys(roles)));

  it('category: keeps only roles in it', () => {
    assert.deepEqual(kept({ category: 'nursing' }), ['nurse', 'unknown']);
    assert.deepEqual(kept({ category: 'astronomy' }), []);
  });

  it('way in: keeps roles that list it, never a role whose ways in are not known', () => {
    assert.deepEqual(kept({ entryRoute: 'apprenticeships' }), ['nurse']);
    assert.deepEqual(kept({ entryRoute: 'higher-education' }), ['nurse', 'pharmacist', 'surgeon', 'director']);
  });

  it('qualification: keeps roles that need that level or less, never one whose level is not known', () => {
    assert.deepEqual(kept({ qualification: 'none' }), ['porter']);
    assert.deepEqual(kept({ qualification: 'gcse' }), ['porter']);
    assert.deepEqual(kept({ qualification: 'degree' }), ['nurse', 'porter', 'director']);
    assert.deepEqual(kept({ qualification: 'postgraduate' }), ['nurse', 'porter', 'pharmacist', 'surgeon', 'director']);
  });

  it('time with patients: keeps only roles with exactly that much', () => {
    assert.deepEqual(kept({ patientContact: 'a-lot' }), ['nurse', 'surgeon']);
    assert.deepEqual(kept({ patientContact: 'some' }), ['porter']);
    assert.deepEqual(kept({ patientContact: 'little' }), ['pharmacist', 'director']);
  });

  describe('pay band range', () => {
    it('keeps roles whose range reaches into the chosen one, counting a shared band at either end', () => {
      assert.deepEqual(kept({ bandFrom: '7', bandTo: '7' }), ['nurse', 'pharmacist']);
      assert.deepEqual(kept({ bandFrom: '5', bandTo: '5' }), ['nurse']);
      assert.deepEqual(kept({ bandFrom: '8a', bandTo: '8c' }), ['pharmacist']);
      assert.deepEqual(kept({ bandFrom: '3', bandTo: '4' }), []);
      assert.deepEqual(kept({ bandFrom: '2', bandTo: '5' }), ['nurse', 'porter']);
    });
    it('"from" alone runs to band 9; "up to" alone starts at band 1', () => {
      assert.deepEqual(kept({ bandFrom: '8b' }), ['director']);
      assert.deepEqual(kept({ bandFrom: '9' }), ['director']);
      assert.deepEqual(kept({ bandTo: '2' }), ['porter']);
      assert.deepEqual(kept({ bandTo: '1' }), []);
      assert.deepEqual(kept({ bandTo: '6' }), ['nurse', 'porter', 'pharmacist']);
    });
    it('keeps a role whose range starts at the band "up to" names', () => {
      const startsAtSix = makeRole({ id: 'starts-at-six', pay: afc('6', '7') });
      assert.equal(matchesFilter(startsAtSix, { bandTo: '6' }), true);
      assert.equal(matchesFilter(startsAtSix, { bandTo: '5' }), false);
      assert.equal(matchesFilter(startsAtSix, { bandFrom: '7' }), true);
      assert.equal(matchesFilter(startsAtSix, { bandFrom: '8a' }), false);
    });
    it('leaves out roles not paid on Agenda for Change, and roles whose pay is not known', () => {
      assert.ok(!kept({ bandFrom: '1' }).includes('surgeon'));
      assert.ok(!kept({ bandTo: '9' }).includes('unknown'));
      assert.deepEqual(kept({ bandFrom: '1', bandTo: '9' }), ['nurse', 'porter', 'pharmacist', 'director']);
    });
  });

  it('registration: true keeps roles that register, false those that do not; neither keeps "not known"', () => {
    assert.deepEqual(kept({ registration: true }), ['nurse', 'pharmacist', 'surgeon']);
    assert.deepEqual(kept({ registration: false }), ['porter', 'director']);
  });

  it('applies every filter given together', () => {
    assert.deepEqual(kept({ entryRoute: 'higher-education', patientContact: 'little', registration: true }), ['pharmacist']);
    assert.deepEqual(kept({ category: 'nursing', qualification: 'none' }), []);
  });
});

describe('the scales filters use', () => {
  it('orders qualifications from none to postgraduate', () => assert.deepEqual(QUALIFICATION_LEVELS, ['none', 'gcse', 'a-level', 'degree', 'postgraduate']));
  it('orders the twelve Agenda for Change bands with 8a to 8d between 7 and 9', () =>
    assert.deepEqual(BANDS, ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9']));
});
