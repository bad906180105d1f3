/**
 * `nhs-role-widgets/data`: the NHS careers dataset with selectors and search.
 * No DOM: usable in Node, in a build step or in the browser.
 * @packageDocumentation
 */
import { bundledDataset } from './bundled.js';
import { suggestRoles as suggestRolesFor } from './finder.js';
import { rankRoles } from './search.js';
import { findRole, rolesInCategory, rolesOnEntryRoute } from './selectors.js';
import type { Role } from './types.js';

export type * from './types.js';
export { bundledDataset as dataset };
export { findCategory, findEntryRoute, findOrganisation, findPayBand, findRole, rolesInCategory, rolesOnEntryRoute } from './selectors.js';
export { rankRoles, normalise } from './search.js';
export { formatPay, payRange, type PayRange } from './pay.js';
export { finderQuestions, suggestRoles as suggestRolesFor, type FinderAnswer, type FinderQuestion, type FinderText, type Suggestion } from './finder.js';
export { BANDS, QUALIFICATION_LEVELS, matchesFilter, type RoleFilter } from './filter.js';

export const { roles, categories, entryRoutes, organisations, glossary } = bundledDataset;
/** Agenda for Change bands with their minimum and maximum pay, and the year and nation they apply to. */
export const payBands = bundledDataset.pay.agendaForChange;
/** Doctors' pay by grade, with the year and nation it applies to. */
export const medicalPay = bundledDataset.pay.medical;

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
