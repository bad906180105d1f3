/**
 * `nhs-role-widgets/data`: the NHS careers dataset with selectors and search.
 * No DOM: usable in Node, in a build step or in the browser.
 * @packageDocumentation
 */
import { bundledDataset } from './bundled.js';
import { suggestRoles as suggestRolesFor } from './finder.js';
import { formatPay as formatPayIn } from './pay.js';
import { nextRolesOf, startingRolesFor, type CareerStep } from './profile.js';
import { rankRoles } from './search.js';
import { findRole, rolesInCategory, rolesOnEntryRoute } from './selectors.js';
import type { AgendaForChangeTable, DatasetIndex, MedicalPayTable, Nation, Pay, Role } from './types.js';

export type * from './types.js';
export { bundledDataset as dataset };
export { findCategory, findEntryRoute, findOrganisation, findPayBand, findRole, rolesInCategory, rolesOnEntryRoute } from './selectors.js';
export { rankRoles, normalise } from './search.js';
export { DEFAULT_NATION, NATIONS, formatPounds, isNation, payRange, payTable, payTables, type PayFigures, type PayRange } from './pay.js';
export { finderQuestions, suggestRoles as suggestRolesFor, type FinderAnswer, type FinderQuestion, type FinderText, type Suggestion } from './finder.js';
export { BANDS, QUALIFICATION_LEVELS, matchesFilter, type RoleFilter } from './filter.js';
export { skillVocabulary as skills, findSkill, nextRolesOf, startingRolesFor as startingRolesIn, type CareerStep } from './profile.js';

export const { roles, categories, entryRoutes, organisations, glossary } = bundledDataset;
/** Every pay table, by nation (`england`, `wales`, `scotland`, `northern-ireland`) and scale; each names its year, nation, sources and check date. */
export const pay = bundledDataset.pay;
/** England's Agenda for Change bands with their minimum and maximum pay, and the year they apply to. */
export const payBands = bundledDataset.pay.england.agendaForChange as AgendaForChangeTable;
/** England's pay for doctors in training by grade, with the year it applies to. */
export const medicalPay = bundledDataset.pay.england.residentDoctors as MedicalPayTable;

/**
 * English text for a role's pay in a nation (England by default), every figure naming its nation
 * and year: `formatPay(getRole('paramedic').pay, 'wales')`. Where a nation has no published figure
 * in the data, England's is given and says so. Pass a dataset last to use one of your own; the
 * older `formatPay(dataset, pay)` form still works.
 */
export function formatPay(pay: Pay, nation?: Nation, dataset?: DatasetIndex): string;
/** @deprecated Pass the pay first: `formatPay(pay, nation, dataset)`. */
export function formatPay(dataset: DatasetIndex, pay: Pay, nation?: Nation): string;
export function formatPay(first: Pay | DatasetIndex, second?: Nation | Pay, third?: Nation | DatasetIndex): string {
  if ('roles' in first) return formatPayIn(first, second as Pay, third as Nation | undefined);
  return formatPayIn((third as DatasetIndex | undefined) ?? bundledDataset, first, second as Nation | undefined);
}

/** The role with this id, or `undefined`. */
export const getRole = (id: string): Role | undefined => findRole(bundledDataset, id);
/** Roles in a category, in dataset order. */
export const rolesByCategory = (id: string): readonly Role[] => rolesInCategory(bundledDataset, id);
/** Roles open through an entry route, in dataset order. */
export const rolesByEntryRoute = (id: string): readonly Role[] => rolesOnEntryRoute(bundledDataset, id);
/** Roles matching the query, best first; tolerant of plurals, common abbreviations and small typos. */
export const searchRoles = (query: string, limit?: number): Role[] => rankRoles(bundledDataset, query, limit);

/** Roles that suit a reader's answers to the career finder's questions (question id -> answer id), best first. */
export const suggestRoles = (answers: Readonly<Record<string, string>>, limit?: number) => suggestRolesFor(bundledDataset, answers, limit);

/** The roles one step up from a role, with the band each step is usually paid at. */
export const nextRoles = (id: string): CareerStep[] => {
  const role = findRole(bundledDataset, id);
  return role ? nextRolesOf(bundledDataset, role) : [];
};
/** "You could start as": the roles that lead one step up to this role. */
export const startingRoles = (id: string): readonly CareerStep[] => startingRolesFor(bundledDataset, id);
