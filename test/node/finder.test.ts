// Career finder scoring: qualification paths, weights, reasons, and the shipped questionnaire.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledDataset } from '../../src/data/bundled.js';
import { contribution, finderData, finderQuestions, onPath, suggestRoles, type FinderQuestion } from '../../src/data/finder.js';
import type { Role } from '../../src/data/types.js';
import { datasetOf, role } from './search-helpers.js';

const settings = { reasonAt: 2, keywordCap: 8 };

describe('contribution', () => {
  const nurse = role('nurse', {
    title: 'Children’s nurse',
    summary: 'Cares for older children and young people.',
    work: 'Works on wards. Takes blood.',
    category: 'cat-a',
    subArea: 'Paediatrics',
    patientContact: 'a-lot',
    entryRoutes: ['higher-education', 'apprenticeships'],
    workplaces: ['hospital wards'],
  });
  it('adds patient contact, category and sub-area weights', () => {
    assert.equal(contribution(nurse, { patientContact: { 'a-lot': 3, little: -2 } }), 3);
    assert.equal(contribution(nurse, { patientContact: { little: -2 } }), 0);
    assert.equal(contribution({ ...nurse, patientContact: null }, { patientContact: { 'a-lot': 3 } }), 0);
    assert.equal(contribution(nurse, { categories: { 'cat-a': 2, other: 5 } }), 2);
    assert.equal(contribution(nurse, { fields: { subArea: { paediatrics: 4, Surgery: -5 } } }), 4);
  });
  it('counts any role property as a field, and nothing for one roles do not carry yet', () => {
    assert.equal(contribution(nurse, { fields: { workplaces: { 'Hospital wards': 2, 'care homes': 1 } } }), 2);
    const withSkills = { ...nurse, skills: ['Listening', 'first aid'] } as Role;
    assert.equal(contribution(withSkills, { fields: { skills: { listening: 3, 'first aid': 1, maths: 5 } } }), 4);
    assert.equal(contribution(nurse, { fields: { skills: { listening: 3 } } }), 0);
    assert.equal(contribution({ ...nurse, subjects: 7 } as unknown as Role, { fields: { subjects: { '7': 3 } } }), 0);
  });
  it('counts the strongest matching way in, and a penalty as well', () => {
    assert.equal(contribution(nurse, { entryRoutes: { apprenticeships: 3, 'higher-education': 1 } }), 3);
    assert.equal(contribution(nurse, { entryRoutes: { apprenticeships: 3, 'higher-education': -1 } }), 2);
    assert.equal(contribution({ ...nurse, entryRoutes: null }, { entryRoutes: { apprenticeships: 3 } }), 0);
    assert.equal(contribution({ ...nurse, entryRoutes: [] }, { entryRoutes: { apprenticeships: 3 } }), 0);
  });
  it('finds keywords as whole phrases, once per stem, within a cap', () => {
    assert.equal(contribution(nurse, { keywords: { 'young people': 3 } }), 3);
    assert.equal(contribution(nurse, { keywords: { 'older people': 3 } }), 0, '"older children" is not "older people"');
    assert.equal(contribution(nurse, { keywords: { ward: 2, wards: 2 } }), 2);
    assert.equal(contribution(nurse, { keywords: { children: 5, blood: 5 } }), 8);
    assert.equal(contribution(nurse, { keywords: { children: 5, blood: 5 }, keywordCap: 6 }), 6);
    assert.equal(contribution(nurse, { keywords: { children: 5, blood: 5 } }, 9), 9);
    assert.equal(contribution(nurse, { keywords: { children: -5, blood: -5 } }), -8);
    assert.equal(contribution(nurse, { keywords: { absent: 5 } }), 0);
  });
  it('does not find a phrase across two of a role\'s texts', () => {
    const split = role('split', { title: 'Young', summary: 'People first.' });
    assert.equal(contribution(split, { keywords: { 'young people': 3 } }), 0);
  });
});

describe('onPath', () => {
  const needs = (minQualification: Role['minQualification'], entryRoutes: string[] = ['higher-education']) => role('r', { minQualification, entryRoutes });
  const aLevels = { upTo: 'a-level' as const, onTo: { level: 'degree' as const, routes: ['higher-education', 'apprenticeships'] } };
  it('keeps roles up to the level the reader has or plans', () => {
    assert.equal(onPath(needs('gcse'), [{ upTo: 'gcse' }]), true);
    assert.equal(onPath(needs('none'), [{ upTo: 'gcse' }]), true);
    assert.equal(onPath(needs('a-level'), [{ upTo: 'gcse' }]), false);
  });
  it('keeps roles the path leads on to by the routes it names', () => {
    assert.equal(onPath(needs('degree', ['apprenticeships']), [aLevels]), true);
    assert.equal(onPath(needs('degree', ['promotion-from-within']), [aLevels]), false);
    assert.equal(onPath(needs('postgraduate', ['higher-education']), [aLevels]), false);
    assert.equal(onPath({ ...needs('degree'), entryRoutes: null }, [aLevels]), false);
  });
  it('leaves out a role whose minimum is unknown once the reader names a level', () => {
    assert.equal(onPath(needs(null), [{ upTo: 'postgraduate' }]), false);
    assert.equal(onPath(needs(null), []), true);
  });
  it('needs every path to agree', () => {
    assert.equal(onPath(needs('degree'), [aLevels, { upTo: 'gcse' }]), false);
  });
});

describe('suggestRoles', () => {
  const roles = [
    role('a', { title: 'Alpha role', category: 'cat-a', minQualification: 'none', patientContact: 'a-lot' }),
    role('b', { title: 'Beta', category: 'cat-a', minQualification: 'degree', patientContact: 'little' }),
    role('c', { title: 'Gamma role', category: 'other', minQualification: 'gcse', patientContact: 'a-lot' }),
    role('d', { title: 'Delta', category: 'cat-a', minQualification: null, patientContact: 'a-lot' }),
  ];
  const questions: FinderQuestion[] = [
    {
      id: 'q1',
      text: { en: 'Q1', cy: 'C1' },
      answers: [
        { id: 'people', text: { en: 'People', cy: 'Pobl' }, reason: { en: 'people', cy: 'pobl' }, weights: { patientContact: { 'a-lot': 3, little: 1 } } },
        { id: 'quiet', text: { en: 'Quiet', cy: 'Tawel' }, reason: { en: 'quiet', cy: 'tawel' }, weights: { patientContact: { little: 5, 'a-lot': -5 } } },
      ],
    },
    {
      id: 'q2',
      text: { en: 'Q2', cy: 'C2' },
      answers: [
        { id: 'cat', text: { en: 'Cat', cy: 'Cat' }, reason: { en: 'cat', cy: 'cat' }, weights: { categories: { 'cat-a': 1 } } },
        { id: 'gcse', text: { en: 'GCSE', cy: 'TGAU' }, weights: { qualification: { upTo: 'gcse' } } },
      ],
    },
  ];
  const suggest = (answers: Record<string, string>, limit = 10) => suggestRoles(datasetOf(roles), answers, limit, questions, settings);
  it('scores each role by the answers chosen, best first, plainer titles first among equals', () => {
    const result = suggest({ q1: 'people', q2: 'cat' });
    assert.deepEqual(result.map((s) => [s.role.id, s.score]), [['d', 4], ['a', 4], ['c', 3], ['b', 2]]);
  });
  it('leaves out roles scoring nothing or less', () => {
    assert.deepEqual(suggest({ q1: 'quiet' }).map((s) => s.role.id), ['b']);
    assert.deepEqual(suggest({}), []);
    assert.deepEqual(suggest({ q1: 'no-such-answer' }), []);
  });
  it('gives an answer as a reason only where it added at least reasonAt', () => {
    const result = suggest({ q1: 'people', q2: 'cat' });
    const reasons = Object.fromEntries(result.map((s) => [s.role.id, s.reasons.map((r) => r.id)]));
    assert.deepEqual(reasons, { a: ['people'], b: [], c: ['people'], d: ['people'] });
  });
  it('keeps to the qualification path and drops unknown minimums', () => {
    assert.deepEqual(suggest({ q1: 'people', q2: 'gcse' }).map((s) => s.role.id), ['a', 'c']);
  });
  it('stops at the limit', () => {
    assert.equal(suggest({ q1: 'people', q2: 'cat' }, 2).length, 2);
  });
  it('orders the reasons strongest first, at most three', () => {
    const many: FinderQuestion[] = ['w', 'x', 'y', 'z'].map((id, i) => ({
      id,
      text: { en: id, cy: id },
      answers: [{ id: 'yes', text: { en: 'yes', cy: 'ie' }, reason: { en: id, cy: id }, weights: { categories: { 'cat-a': 2 + i } } }],
    }));
    const [first] = suggestRoles(datasetOf(roles), { w: 'yes', x: 'yes', y: 'yes', z: 'yes' }, 1, many, settings);
    assert.deepEqual(first!.reasons.map((r) => r.id), ['yes', 'yes', 'yes']);
    assert.deepEqual(first!.reasons.map((r) => r.reason!.en), ['z', 'y', 'x']);
  });
});

describe('the shipped career finder', () => {
  const top = (answers: Record<string, string>, n = 10) => suggestRoles(bundledDataset, answers, n).map((s) => s.role.id);
  it('reads its settings from data/finder.json', () => {
    assert.equal(finderData.reasonAt, 2);
    assert.equal(finderData.keywordCap, 8);
    assert.ok(finderQuestions.length >= 8);
  });
  it('keeps degree roles for a pupil doing A levels, reached by a degree or degree apprenticeship', () => {
    const ids = top({ qualifications: 'a-level', who: 'children', patients: 'a-lot', style: 'caring' }, 20);
    assert.ok(ids.includes('childrens-nurse'), ids.join(' '));
    for (const id of ids) {
      const r = bundledDataset.roles.find((x) => x.id === id)!;
      assert.notEqual(r.minQualification, null, id);
      assert.notEqual(r.minQualification, 'postgraduate', id);
    }
  });
  it('keeps physicists, not physicians, for physics and maths', () => {
    const ids = top({ subjects: 'physics', qualifications: 'degree', patients: 'little' });
    assert.ok(ids.includes('medical-physicist'));
    const byId = (id: string) => bundledDataset.roles.find((r) => r.id === id)!;
    const physics = { keywords: { physics: 6, physicist: 6 } };
    for (const id of ['general-physician', 'respiratory-physician', 'stroke-physician']) assert.equal(contribution(byId(id), physics), 0, id);
    // physics and physicist are one stem, counted once.
    assert.equal(contribution(byId('medical-physicist'), physics), 6);
    assert.ok(!ids.includes('general-physician'));
  });
  it('lowers roles with blood, injuries and emergencies for a reader who would rather avoid them', () => {
    const answers = { subjects: 'people', qualifications: 'degree', patients: 'a-lot' };
    const before = top(answers, 30);
    const after = top({ ...answers, emergencies: 'avoid' }, 30);
    for (const id of ['paramedic', 'emergency-nurse', 'emergency-medicine-doctor', 'haematologist', 'critical-care-nurse']) {
      assert.ok(!after.slice(0, 15).includes(id), `${id} in ${after.slice(0, 15).join(' ')}`);
    }
    assert.notDeepEqual(before.slice(0, 10), after.slice(0, 10));
  });
  it('changes the list with who the reader would most like to help', () => {
    const base = { qualifications: 'degree', patients: 'a-lot', style: 'caring' };
    const children = top({ ...base, who: 'children' });
    const older = top({ ...base, who: 'older' });
    const overlap = children.filter((id) => older.includes(id)).length;
    assert.ok(overlap <= 3, `${overlap} in common`);
    assert.ok(!older.slice(0, 10).some((id) => ['health-visitor', 'school-nurse'].includes(id)), older.join(' '));
  });
  it('gives only reasons that are true of the role: each reason\'s answer added at least reasonAt to it', () => {
    const answers = { patients: 'some', subjects: 'people', qualifications: 'a-level', earning: 'soon', emergencies: 'avoid', who: 'older', place: 'office', style: 'organising', upset: 'good-at-it' };
    const chosen = finderQuestions.map((q) => q.answers.find((a) => a.id === (answers as Record<string, string>)[q.id])).filter((a) => a !== undefined);
    for (const s of suggestRoles(bundledDataset, answers, 30)) {
      for (const reason of s.reasons) {
        assert.ok(chosen.includes(reason));
        assert.ok(contribution(s.role, reason.weights) >= finderData.reasonAt, `${s.role.id}: ${reason.id}`);
      }
    }
  });
  it('never suggests a role beyond GCSEs, nor one of unknown level, to a pupil with GCSEs', () => {
    for (const s of suggestRoles(bundledDataset, { qualifications: 'gcse', patients: 'a-lot' }, 100)) {
      assert.ok(['none', 'gcse'].includes(s.role.minQualification ?? 'unknown'), s.role.id);
    }
  });
});
