import skillsFile from '../../data/skills.json';
import { findRole } from './selectors.js';
import type { Band, DatasetIndex, Role, Skill } from './types.js';

/*
 * The profile fields of re-checked roles (issue 14): the skills vocabulary, and where a role leads
 * in both directions. A role's `nextRoles` names the roles one step up; "you could start as" is
 * the reverse, worked out here so the data holds each step once.
 */

/** The shared skills vocabulary, English and Welsh (the Welsh is our own, not yet reviewed). */
export const skillVocabulary: readonly Skill[] = Object.freeze(skillsFile.skills);

const skillsById = new Map(skillVocabulary.map((skill) => [skill.id, skill]));
/** The skill with this id, or `undefined`. */
export const findSkill = (id: string): Skill | undefined => skillsById.get(id);

/** A step between two roles: the role and the band the step is usually paid at. */
export interface CareerStep {
  role: Role;
  band: Band | null;
}

/** The roles one step up from `role` that the dataset has, in the order the role lists them. */
export function nextRolesOf(dataset: DatasetIndex<Role>, role: Role): CareerStep[] {
  return (role.nextRoles ?? []).flatMap((step) => {
    const next = findRole(dataset, step.role);
    return next ? [{ role: next, band: step.band }] : [];
  });
}

// Built once per dataset: role id -> the roles that list it as a next step.
const reverseSteps = new WeakMap<DatasetIndex<Role>, Map<string, CareerStep[]>>();

/**
 * "You could start as": the roles whose next step is `roleId`, in dataset order, each with the band
 * of that step. Empty when no role leads to it (or it is not in the dataset).
 */
export function startingRolesFor(dataset: DatasetIndex<Role>, roleId: string): readonly CareerStep[] {
  let index = reverseSteps.get(dataset);
  if (!index) {
    index = new Map();
    for (const role of dataset.roles) {
      for (const step of role.nextRoles ?? []) {
        if (step.role === role.id) continue;
        const list = index.get(step.role) ?? [];
        list.push({ role, band: step.band });
        index.set(step.role, list);
      }
    }
    reverseSteps.set(dataset, index);
  }
  return index.get(roleId) ?? [];
}
