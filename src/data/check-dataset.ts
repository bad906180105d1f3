import { BANDS, QUALIFICATION_LEVELS } from './filter.js';
import { NATIONS } from './pay.js';
import type { Dataset, DatasetIndex, Role } from './types.js';

/*
 * Checks a dataset a host supplies at run time (`<nhs-careers-provider src>` or its `data`). The
 * full JSON Schema check runs on our own data in `npm test`; this one checks every shape a widget
 * reads (roles, categories, ways in, organisations, pay tables, glossary), so a dataset that passes
 * can never make a widget throw: the right types, ids that resolve, https links only, and texts of
 * a readable length.
 */

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const HTTPS = /^https:\/\/[^\s]+$/;
/** A dataset this large is almost certainly not a roles file; it is refused before it slows the page. */
export const MAX_ROLES = 20000;
/** The longest text a field may hold; our longest is under 500 characters. */
export const MAX_TEXT = 10000;
/** At most this many problems are listed; the first ones say enough. */
export const MAX_PROBLEMS = 20;

const PATIENT_CONTACT = ['a-lot', 'some', 'little'];
const PAY_SCALES = ['agenda-for-change', 'medical', 'dental', 'other'];

export interface DatasetCheck {
  /** The dataset to use: the host's parts over the bundled ones, when there were no problems. */
  dataset?: Dataset;
  /** What is wrong, in English, at most `MAX_PROBLEMS` lines. */
  problems: string[];
}

type Fields = Record<string, unknown>;

/** Text a reader can see: a string with something in it, and not absurdly long. */
export const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_TEXT;
export const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
export const isSlug = (value: unknown): value is string => typeof value === 'string' && SLUG.test(value);
export const isHttps = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT && HTTPS.test(value);
const isAmount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
/** `null`, or a value that passes `check`. */
const orNull = (check: (value: unknown) => boolean) => (value: unknown) => value === null || check(value);
/** Absent, or a value that passes `check`. */
const optional = (check: (value: unknown) => boolean) => (value: unknown) => value === undefined || check(value);
const oneOf = (values: readonly string[]) => (value: unknown) => typeof value === 'string' && values.includes(value);

/** The fields of an entry and the check each must pass, with what the field should be for the message. */
type Shape = Record<string, [check: (value: unknown) => boolean, expected: string]>;

const CATEGORY: Shape = {
  id: [isSlug, 'a kebab-case id'],
  name: [isText, 'text'],
  summary: [isText, 'text'],
  url: [isHttps, 'an https link'],
};
const ENTRY_ROUTE: Shape = {
  id: [isSlug, 'a kebab-case id'],
  name: [isText, 'text'],
  summary: [isText, 'text'],
  asks: [isText, 'text'],
  url: [orNull(isHttps), 'an https link or null'],
};
const ORGANISATION: Shape = {
  id: [isSlug, 'a kebab-case id'],
  name: [isText, 'text'],
  shortName: [optional(isText), 'text, if given'],
  summary: [optional(isText), 'text, if given'],
  url: [orNull(isHttps), 'an https link or null'],
};
const GLOSSARY_ENTRY: Shape = {
  id: [isText, 'text'],
  term: [isText, 'text'],
  definition: [isText, 'text'],
  seeAlso: [optional(isTextList), 'a list of ids, if given'],
};
const ROLE: Shape = {
  id: [isSlug, 'a kebab-case slug'],
  title: [isText, 'text'],
  summary: [isText, 'text'],
  work: [isText, 'text'],
  checked: [isText, 'text'],
  category: [isSlug, 'a category id'],
  alternativeTitles: [isTextList, 'a list of text'],
  relatedRoles: [isTextList, 'a list of ids'],
  organisations: [isTextList, 'a list of ids'],
  subArea: [orNull(isText), 'text or null'],
  entryRequirements: [orNull(isText), 'text or null'],
  regulator: [orNull(isText), 'text or null'],
  workplaces: [orNull(isTextList), 'a list of text or null'],
  entryRoutes: [orNull(isTextList), 'a list of route ids or null'],
  patientContact: [orNull(oneOf(PATIENT_CONTACT)), `one of ${PATIENT_CONTACT.join(', ')} or null`],
  minQualification: [orNull(oneOf(QUALIFICATION_LEVELS)), `one of ${QUALIFICATION_LEVELS.join(', ')} or null`],
  sources: [(v) => isTextList(v) && v.length > 0 && v.every(isHttps), 'one or more https links'],
};
const PAY_BAND: Shape = { band: [oneOf(BANDS), 'an Agenda for Change band'], min: [isAmount, 'an amount'], max: [isAmount, 'an amount'] };
const MEDICAL_GRADE: Shape = { id: [isText, 'text'], name: [isText, 'text'], min: [isAmount, 'an amount'], max: [isAmount, 'an amount'] };
const PAY_TABLE_INFO: Shape = {
  name: [isText, 'text'],
  year: [isText, 'text'],
  sources: [(v) => isTextList(v) && v.length > 0 && v.every(isHttps), 'one or more https links'],
};
/** The tables a nation may hold, and what each lists. */
const PAY_TABLES = [['agendaForChange', 'bands', PAY_BAND], ['residentDoctors', 'grades', MEDICAL_GRADE], ['consultants', 'grades', MEDICAL_GRADE]] as const;

/** What is wrong with one entry, against its shape. */
export function shapeProblems(entry: unknown, shape: Shape, where: string): string[] {
  if (!isObject(entry)) return [`${where} is not an object`];
  return Object.entries(shape)
    .filter(([field, [check]]) => !check(entry[field]))
    .map(([field, [, expected]]) => `${where}: ${field} must be ${expected}`);
}

/** What is wrong with a list of entries: each against its shape, and ids that repeat. */
function listProblems(list: readonly unknown[], shape: Shape, name: string): string[] {
  const problems: string[] = [];
  const ids = new Set<unknown>();
  list.forEach((entry, index) => {
    const id = isObject(entry) && isText(entry.id) ? entry.id : undefined;
    const where = `${name}[${index}]${id ? ` (${id.slice(0, 60)})` : ''}`;
    problems.push(...shapeProblems(entry, shape, where));
    if (id !== undefined && ids.has(id)) problems.push(`${where}: duplicate id`);
    ids.add(id);
  });
  return problems;
}

/** A role's pay: null, or one of the scales, with real bands for Agenda for Change. */
function payProblems(pay: unknown, where: string): string[] {
  if (pay === null) return [];
  if (!isObject(pay) || !oneOf(PAY_SCALES)(pay.scale)) return [`${where}: pay must be null or an object with a known scale`];
  if (!optional(isText)(pay.note)) return [`${where}: pay note must be text`];
  if (pay.scale === 'other' && !isText(pay.note)) return [`${where}: pay on another scale needs a note`];
  if (pay.scale === 'agenda-for-change') {
    const from = BANDS.indexOf(pay.from as never);
    const to = BANDS.indexOf(pay.to as never);
    if (from < 0 || to < 0 || from > to) return [`${where}: pay needs bands from and to, lowest first`];
  }
  return [];
}

/**
 * The pay tables the pay lines read, nation by nation: each table (a nation may leave one out)
 * names its year, its nation and https sources, so every figure can say whose it is, and lists
 * its bands or grades as figures.
 */
function payTableProblems(pay: unknown): string[] {
  if (!isObject(pay) || !NATIONS.every((nation) => isObject(pay[nation]))) {
    return [`pay must hold an object for each nation (${NATIONS.join(', ')})`];
  }
  const problems: string[] = [];
  for (const nation of NATIONS) {
    const tables = pay[nation] as Fields;
    for (const [scale, listName, shape] of PAY_TABLES) {
      const table = tables[scale];
      const where = `pay.${nation}.${scale}`;
      if (table === undefined) continue;
      if (!isObject(table)) {
        problems.push(`${where} must be an object`);
        continue;
      }
      problems.push(...shapeProblems(table, PAY_TABLE_INFO, where));
      if (table.nation !== nation) problems.push(`${where}: nation must be "${nation}"`);
      const list = table[listName];
      if (!Array.isArray(list)) problems.push(`${where}.${listName} must be a list`);
      else problems.push(...listProblems(list, shape, `${where}.${listName}`));
    }
  }
  return problems;
}

function roleProblems(role: unknown, where: string, known: { categories: Set<string>; routes: Set<string> }): string[] {
  const problems = shapeProblems(role, ROLE, where);
  if (!isObject(role)) return problems;
  if (isSlug(role.category) && !known.categories.has(role.category)) problems.push(`${where}: unknown category "${role.category}"`);
  if (isTextList(role.entryRoutes) && role.entryRoutes.some((id) => !known.routes.has(id))) {
    problems.push(`${where}: entryRoutes must be known route ids`);
  }
  return [...problems, ...payProblems(role.pay, where)];
}

/** A list from the host if it gave one, else the bundled one; undefined if it gave something else. */
const listOr = (value: unknown, fallback: readonly unknown[]): readonly unknown[] | undefined =>
  value === undefined ? fallback : Array.isArray(value) ? value : undefined;

/** Checks `value` and, when it is sound, merges it over `fallback` (a host may send roles only). */
export function checkDataset(value: unknown, fallback: DatasetIndex): DatasetCheck {
  try {
    return check(value, fallback);
  } catch (error) {
    // An object with a getter that throws, a revoked proxy: refused, never thrown into the page.
    return { problems: [`it could not be read (${String(error).slice(0, 200)})`] };
  }
}

function check(value: unknown, fallback: DatasetIndex): DatasetCheck {
  if (!isObject(value)) return { problems: ['the file is not a JSON object'] };
  const given = value;
  if (!Array.isArray(given.roles) || given.roles.length === 0) return { problems: ['it has no "roles" list'] };
  if (given.roles.length > MAX_ROLES) return { problems: [`it has ${given.roles.length} roles; at most ${MAX_ROLES} are accepted`] };
  const parts = {
    categories: listOr(given.categories, fallback.categories),
    entryRoutes: listOr(given.entryRoutes, fallback.entryRoutes),
    organisations: listOr(given.organisations, fallback.organisations),
    glossary: listOr(given.glossary, []),
  };
  const problems: string[] = [];
  for (const [name, list] of Object.entries(parts)) if (!list) problems.push(`${name} must be a list`);
  const pay = given.pay === undefined ? fallback.pay : given.pay;
  problems.push(...payTableProblems(pay));
  const { categories = [], entryRoutes = [], organisations = [], glossary = [] } = parts;
  problems.push(
    ...listProblems(categories, CATEGORY, 'categories'),
    ...listProblems(entryRoutes, ENTRY_ROUTE, 'entryRoutes'),
    ...listProblems(organisations, ORGANISATION, 'organisations'),
    ...listProblems(glossary, GLOSSARY_ENTRY, 'glossary'),
  );
  const ids = (list: readonly unknown[]) => new Set(list.filter(isObject).map((entry) => String(entry.id)));
  const known = { categories: ids(categories), routes: ids(entryRoutes) };
  const roleIds = new Set<string>();
  const roles: readonly unknown[] = given.roles;
  // Once enough problems are listed the dataset is refused; the remaining roles need no checking.
  for (let index = 0; index < roles.length && problems.length < MAX_PROBLEMS; index++) {
    const role = roles[index];
    const id = isObject(role) && isSlug(role.id) ? role.id : undefined;
    const where = `roles[${index}]${id ? ` (${id})` : ''}`;
    problems.push(...roleProblems(role, where, known));
    if (id !== undefined && roleIds.has(id)) problems.push(`${where}: duplicate id`);
    if (id !== undefined) roleIds.add(id);
  }
  if (problems.length > 0) return { problems: problems.slice(0, MAX_PROBLEMS) };
  // Related roles that are not in the host's data are dropped rather than shown as dead ends.
  const checkedRoles = (roles as Role[]).map((role) => ({ ...role, relatedRoles: role.relatedRoles.filter((id) => roleIds.has(id)) }));
  // Every part has passed its shape above, which is what makes the cast safe.
  const dataset = { categories, entryRoutes, organisations, glossary, pay, roles: checkedRoles } as unknown as Dataset;
  return { dataset: Object.freeze(dataset), problems: [] };
}
