import { NATIONS, payTables } from './pay.js';
import type { Dataset, DatasetIndex, PayScales, Role } from './types.js';

/*
 * Checks a dataset a host supplies at run time (`<nhs-careers-provider src>`). The full JSON Schema
 * check runs on our own data in `npm test`; this is the smaller set that keeps a widget from
 * showing something broken or unsafe: the right shapes, ids that resolve, https links only.
 */

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HTTPS = /^https:\/\/[^\s]+$/;
/** A dataset this large is almost certainly not a roles file; it is refused before it slows the page. */
export const MAX_ROLES = 20000;

export interface DatasetCheck {
  /** The dataset to use: the host's parts over the bundled ones, when there were no problems. */
  dataset?: Dataset;
  /** What is wrong, in English, at most 20 lines. */
  problems: string[];
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;
const isTextList = (value: unknown) => Array.isArray(value) && value.every(isText);
const isOptional = (value: unknown, check: (v: unknown) => boolean) => value === null || check(value);

function roleProblems(role: Role, index: number, known: { categories: Set<string>; routes: Set<string> }): string[] {
  const where = `roles[${index}]${isText(role?.id) ? ` (${role.id})` : ''}`;
  if (!role || typeof role !== 'object') return [`${where} is not an object`];
  const problems: string[] = [];
  if (!isText(role.id) || !SLUG.test(role.id)) problems.push(`${where}: id must be a kebab-case slug`);
  for (const field of ['title', 'summary', 'work', 'checked'] as const) {
    if (!isText(role[field])) problems.push(`${where}: ${field} must be text`);
  }
  if (!known.categories.has(role.category)) problems.push(`${where}: unknown category "${String(role.category)}"`);
  if (!isTextList(role.alternativeTitles)) problems.push(`${where}: alternativeTitles must be a list of text`);
  if (!isTextList(role.relatedRoles) || !isTextList(role.organisations)) problems.push(`${where}: relatedRoles and organisations must be lists of ids`);
  if (!isOptional(role.entryRoutes, isTextList) || (role.entryRoutes ?? []).some((id) => !known.routes.has(id))) {
    problems.push(`${where}: entryRoutes must be known route ids`);
  }
  for (const field of ['subArea', 'entryRequirements', 'minQualification', 'regulator', 'patientContact'] as const) {
    if (!isOptional(role[field], isText)) problems.push(`${where}: ${field} must be text or null`);
  }
  if (!isOptional(role.workplaces, isTextList)) problems.push(`${where}: workplaces must be a list of text or null`);
  if (role.pay !== null && (typeof role.pay !== 'object' || !isText(role.pay?.scale))) problems.push(`${where}: pay must be an object with a scale, or null`);
  if (!isTextList(role.sources) || role.sources.length === 0 || !role.sources.every((url) => HTTPS.test(url))) {
    problems.push(`${where}: sources must be one or more https links`);
  }
  return problems;
}

/** Checks `value` and, when it is sound, merges it over `fallback` (a host may send roles only). */
export function checkDataset(value: unknown, fallback: DatasetIndex): DatasetCheck {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { problems: ['the file is not a JSON object'] };
  const given = value as Partial<Dataset>;
  if (!Array.isArray(given.roles) || given.roles.length === 0) return { problems: ['it has no "roles" list'] };
  if (given.roles.length > MAX_ROLES) return { problems: [`it has ${given.roles.length} roles; at most ${MAX_ROLES} are accepted`] };
  const merged: Dataset = {
    roles: given.roles,
    categories: Array.isArray(given.categories) ? given.categories : fallback.categories,
    entryRoutes: Array.isArray(given.entryRoutes) ? given.entryRoutes : fallback.entryRoutes,
    organisations: Array.isArray(given.organisations) ? given.organisations : fallback.organisations,
    glossary: Array.isArray(given.glossary) ? given.glossary : [],
    pay: given.pay && typeof given.pay === 'object' ? given.pay : fallback.pay,
  };
  const problems: string[] = [];
  for (const [name, list] of [['categories', merged.categories], ['entryRoutes', merged.entryRoutes]] as const) {
    for (const item of list) {
      if (!item || !isText(item.id) || !isText(item.name) || (item.url !== null && !HTTPS.test(String(item.url)))) {
        problems.push(`${name}: every entry needs an id, a name and an https url`);
        break;
      }
    }
  }
  for (const organisation of merged.organisations) {
    if (!organisation || !isText(organisation.id) || !isText(organisation.name) || (organisation.url !== null && !HTTPS.test(String(organisation.url)))) {
      problems.push('organisations: every entry needs an id, a name and an https url or null');
      break;
    }
  }
  problems.push(...payProblems(merged.pay));
  const known = { categories: new Set(merged.categories.map((c) => c.id)), routes: new Set(merged.entryRoutes.map((r) => r.id)) };
  const ids = new Set<string>();
  merged.roles.forEach((role, index) => {
    problems.push(...roleProblems(role, index, known));
    if (ids.has(role?.id)) problems.push(`roles[${index}]: duplicate id "${role.id}"`);
    ids.add(role?.id);
  });
  if (problems.length > 0) return { problems: problems.slice(0, 20) };
  // Related roles that are not in the host's data are dropped rather than shown as dead ends.
  const roles = merged.roles.map((role) => ({ ...role, relatedRoles: role.relatedRoles.filter((id) => ids.has(id)) }));
  return { dataset: Object.freeze({ ...merged, roles }), problems };
}

/** A host's pay tables: keyed by nation, each naming its year, its nation and https sources, so every figure can say whose it is. */
function payProblems(pay: PayScales): string[] {
  if (!NATIONS.every((nation) => pay[nation] && typeof pay[nation] === 'object')) {
    return [`pay must hold an object for each nation (${NATIONS.join(', ')})`];
  }
  const problems: string[] = [];
  for (const nation of NATIONS) {
    for (const [scale, table] of Object.entries(pay[nation])) {
      if (!table || typeof table !== 'object') continue;
      if (!isText(table.year) || table.nation !== nation || !isTextList(table.sources) || !table.sources.length || !table.sources.every((url: string) => HTTPS.test(url))) {
        problems.push(`pay.${nation}.${scale} needs a year, nation "${nation}" and one or more https sources`);
      }
    }
  }
  // Widgets read figures as numbers: a table without its list is refused rather than shown broken.
  if (payTables({ pay } as DatasetIndex).some((table) => !Array.isArray('bands' in table ? table.bands : table.grades))) {
    problems.push('every pay table needs its list of bands or grades');
  }
  return problems;
}
