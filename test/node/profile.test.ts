// Where a role leads and the skills vocabulary, as the data module answers them
// (src/data/profile.ts and the bundled helpers in src/data/index.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { findSkill, getRole, nextRoles, roles, skills, startingRoles } from '../../src/data/index.js';
import { nextRolesOf, startingRolesFor } from '../../src/data/profile.js';
import type { DatasetIndex, Role } from '../../src/data/types.js';

const ids = (steps: readonly { role: Role }[]) => steps.map((step) => step.role.id);

describe('where a role leads', () => {
  it('names the roles one step up with the band of the step', () => {
    const steps = nextRoles('trainee-pharmacist');
    assert.deepEqual(ids(steps), ['hospital-pharmacist', 'community-pharmacist']);
    assert.equal(steps[0].band, '6');
    assert.equal(steps[1].band, null);
  });

  it('answers "you could start as" from the other roles\' steps', () => {
    const starts = startingRoles('pharmacy-technician');
    assert.deepEqual(ids(starts), ['trainee-pharmacy-technician']);
    assert.equal(starts[0].band, '4');
    assert.ok(ids(startingRoles('trainee-pharmacy-technician')).includes('pharmacy-assistant'));
    assert.ok(ids(startingRoles('clinical-dental-technician')).includes('dental-technician'));
  });

  it('agrees in both directions for every role of the dataset', () => {
    for (const role of roles) {
      for (const step of role.nextRoles ?? []) {
        assert.ok(ids(startingRoles(step.role)).includes(role.id), `${role.id} leads to ${step.role}`);
      }
    }
  });

  it('is empty for an unknown role or a role nobody leads to', () => {
    assert.deepEqual(nextRoles('astronaut'), []);
    assert.deepEqual(startingRoles('astronaut'), []);
    assert.ok(ids(startingRoles('trainee-pharmacist')).includes('pharmacy-technician'));
    assert.deepEqual(startingRoles('dental-receptionist'), []);
  });

  it('works on any dataset, skipping steps to roles it does not have and steps to the role itself', () => {
    const role = (id: string, next: Role['nextRoles']) => ({ ...getRole('pharmacy-assistant')!, id, nextRoles: next });
    const dataset = {
      ...{ categories: [], entryRoutes: [], organisations: [], pay: undefined as never },
      roles: [role('a', [{ role: 'b', band: '3' }, { role: 'gone', band: null }, { role: 'a', band: null }]), role('b', null), role('c', [{ role: 'b', band: '4' }])],
    } satisfies DatasetIndex<Role>;
    assert.deepEqual(ids(nextRolesOf(dataset, dataset.roles[0])), ['b', 'a']);
    assert.deepEqual(ids(startingRolesFor(dataset, 'b')), ['a', 'c']);
    assert.deepEqual(startingRolesFor(dataset, 'b').map((s) => s.band), ['3', '4']);
    assert.deepEqual(startingRolesFor(dataset, 'a'), []);
  });
});

describe('skills vocabulary', () => {
  it('has 25 to 40 skills, each with English and Welsh label and sentence', () => {
    assert.ok(skills.length >= 25 && skills.length <= 40, `${skills.length} skills`);
    for (const skill of skills) {
      for (const text of [skill.label.en, skill.label.cy, skill.description.en, skill.description.cy]) assert.ok(text.trim().length > 1, skill.id);
      assert.notEqual(skill.label.cy, skill.label.en, `${skill.id} has a Welsh label of its own`);
    }
  });

  it('finds a skill by id, and nothing for an unknown id', () => {
    assert.equal(findSkill('teamwork')?.label.cy, 'Gweithio mewn tîm');
    assert.equal(findSkill('juggling'), undefined);
  });

  it('covers every skill a role names', () => {
    for (const role of roles) for (const id of role.skills ?? []) assert.ok(findSkill(id), `${role.id}: ${id}`);
  });
});

describe('re-checked roles as the data module loads them', () => {
  const rechecked = roles.filter((role) => role.provenance);
  it('include the pilot categories in full', () => {
    for (const category of ['pharmacy', 'dental-team']) {
      assert.ok(roles.filter((r) => r.category === category).every((r) => r.provenance), category);
    }
  });
  it('carry every profile field, null where no source states it', () => {
    for (const role of rechecked) {
      for (const field of ['nhsHealthCareersGroup', 'voluntaryRegister', 'skills', 'workingPattern', 'nextRoles', 'subjects', 'apprenticeshipStandards', 'checks', 'funding'] as const) {
        assert.ok(field in role, `${role.id} has ${field}`);
      }
    }
  });
  it('give working patterns that can be filtered (no nights, part-time possible)', () => {
    const partTime = rechecked.filter((role) => role.workingPattern?.partTimeCommon === true).map((role) => role.id);
    assert.deepEqual(partTime, ['dental-hygienist']);
    assert.equal(getRole('pharmacy-technician')?.workingPattern?.hoursPerWeek?.from, 37.5);
  });
});

describe('the role index (what pages that list roles load)', () => {
  const index = JSON.parse(readFileSync('data/generated/role-index.json', 'utf8')) as Record<string, unknown>[];
  it('carries summary fields only: no provenance or profile fields, so re-checking costs listing pages nothing', () => {
    for (const entry of index) assert.deepEqual(Object.keys(entry).sort(), ['category', 'entryRoutes', 'id', 'sources', 'subArea', 'title']);
  });
  it('links a re-checked role to its first source, the NHS Health Careers page where it has one', () => {
    const entry = index.find((e) => e.id === 'dental-nurse') as { sources: string[] };
    assert.deepEqual(entry.sources, [getRole('dental-nurse')?.nhsHealthCareersPage]);
  });
});
