// The rules a re-checked role must keep beyond its JSON Schema (data/schema/profile.schema.json):
// every fact points at a source the role lists (or says `unverified`), dates are real, and the new
// profile fields refer to things that exist. A role is re-checked when it carries `provenance`;
// during the transition the other roles keep the old format and these rules skip them.
// Used by scripts/validate-data.mjs; pure, so test/node/provenance-rules.test.mjs can call it.

/** The facts every re-checked role must source, besides one per entry route. */
export const CORE_FACTS = ['title', 'category', 'subArea', 'pay', 'regulator', 'minQualification'];
/** Profile fields (issue 14) that need a source whenever they are not null. */
export const PROFILE_FIELDS = ['skills', 'workingPattern', 'nextRoles', 'subjects', 'apprenticeshipStandards', 'checks', 'funding'];
/** Other optional facts that need a source when present and not null. */
export const FLAG_FACTS = ['voluntaryRegister', 'nhsHealthCareersGroup', 'volunteer', 'mostlyOutsideNhs', 'workforce'];

/** Today as YYYY-MM-DD (UTC); a parameter in tests so no test depends on the calendar. */
export const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * Problems with one role's provenance and profile fields, as sentences.
 * @param {object} role
 * @param {{ roleIds: Set<string>, skillIds: Set<string>, voluntaryRegisterIds: Set<string>, today?: string }} known
 */
export function provenanceProblems(role, known) {
  if (!role || typeof role !== 'object' || !role.provenance) return [];
  const problems = [];
  const today = known.today ?? todayIso();
  const { sources = [], facts = {} } = role.provenance;
  const sourceIds = new Set();
  for (const source of sources) {
    if (sourceIds.has(source.id)) problems.push(`source id "${source.id}" is listed twice`);
    sourceIds.add(source.id);
    if (source.checked > today) problems.push(`source "${source.id}" has a checked date in the future (${source.checked})`);
  }
  // `sources` (plain links, which widgets show) must be the provenance links in the same order,
  // so the first link stays the role's main page and nothing is listed without a date.
  // The role's own NHS Health Careers page, when there is one, leads the list as the link to read more.
  const urls = [...(role.nhsHealthCareersPage && !sources.some((s) => s.url === role.nhsHealthCareersPage) ? [role.nhsHealthCareersPage] : []), ...sources.map((s) => s.url)];
  if (JSON.stringify(urls) !== JSON.stringify(role.sources)) {
    problems.push('"sources" must list nhsHealthCareersPage (if any) and then the provenance source urls, in the same order');
  }
  const latest = sources.map((s) => s.checked).sort().at(-1);
  if (latest && role.checked !== latest) problems.push(`"checked" is ${role.checked} but the latest source check is ${latest}`);

  const used = new Set();
  const cite = (name, reference) => {
    if (reference === undefined) return problems.push(`fact "${name}" has no source: name a source id or "unverified"`);
    if (reference === 'unverified') return undefined;
    for (const id of reference) {
      if (!sourceIds.has(id)) problems.push(`fact "${name}" cites unknown source "${id}"`);
      used.add(id);
    }
    return undefined;
  };
  for (const name of CORE_FACTS) cite(name, facts[name]);
  const routeFacts = facts.entryRoutes ?? {};
  for (const route of role.entryRoutes ?? []) cite(`entryRoutes.${route}`, routeFacts[route]);
  for (const route of Object.keys(routeFacts)) {
    if (!(role.entryRoutes ?? []).includes(route)) problems.push(`fact "entryRoutes.${route}" names a route the role does not have`);
  }
  for (const name of [...PROFILE_FIELDS, ...FLAG_FACTS]) {
    const value = role[name];
    if (value !== null && value !== undefined) cite(name, facts[name]);
    else if (facts[name] !== undefined) problems.push(`fact "${name}" is sourced but the field is empty`);
  }
  for (const id of sourceIds) if (!used.has(id)) problems.push(`source "${id}" is listed but no fact cites it`);

  // References inside the profile fields.
  for (const id of role.skills ?? []) if (!known.skillIds.has(id)) problems.push(`unknown skill "${id}"`);
  for (const step of role.nextRoles ?? []) {
    if (step.role === role.id) problems.push('lists itself as a next role');
    else if (!known.roleIds.has(step.role)) problems.push(`unknown next role "${step.role}"`);
  }
  const routes = new Set(role.entryRoutes ?? []);
  if ((role.apprenticeshipStandards ?? []).length > 0 && !routes.has('apprenticeships')) {
    problems.push('has apprenticeship standards but no "apprenticeships" entry route');
  }
  if (Array.isArray(role.apprenticeshipStandards) && role.apprenticeshipStandards.length === 0) problems.push('apprenticeshipStandards is empty: use null when none is known');
  for (const item of role.funding ?? []) if (!routes.has(item.route)) problems.push(`funding names route "${item.route}", which the role does not have`);
  if (role.voluntaryRegister && !known.voluntaryRegisterIds.has(role.voluntaryRegister)) {
    problems.push(`voluntary register "${role.voluntaryRegister}" is not an organisation of kind accredited-register`);
  }
  if (role.voluntaryRegister && role.voluntaryRegister === role.regulator) problems.push('the same body is named as statutory regulator and voluntary register');
  const hours = role.workingPattern?.hoursPerWeek;
  if (hours && hours.from > hours.to) problems.push(`working hours ${hours.from} to ${hours.to} are reversed`);
  for (const entry of role.workforce ?? []) if (entry.checked > today) problems.push(`a workforce figure has a checked date in the future (${entry.checked})`);
  return problems;
}

/** Problems with a category's re-check log (data/recheck/<category>.json) against the roles it names. */
export function recheckLogProblems(log, rolesById) {
  const problems = [];
  const seen = new Set();
  for (const entry of log?.roles ?? []) {
    const role = rolesById.get(entry.role);
    if (seen.has(entry.role)) problems.push(`role "${entry.role}" is logged twice`);
    seen.add(entry.role);
    if (!role) {
      problems.push(`logs unknown role "${entry.role}"`);
      continue;
    }
    if (!role.provenance) problems.push(`logs role "${entry.role}", which carries no provenance`);
    if (role.category !== log.category) problems.push(`logs role "${entry.role}" of another category (${role.category})`);
    const sourceIds = new Set((role.provenance?.sources ?? []).map((s) => s.id));
    for (const fix of entry.corrections) {
      if (!sourceIds.has(fix.source)) problems.push(`correction of "${entry.role}" ${fix.fact} cites unknown source "${fix.source}"`);
      const reference = fix.fact.startsWith('entryRoutes.') ? role.provenance?.facts.entryRoutes?.[fix.fact.slice(12)] : role.provenance?.facts[fix.fact];
      if (reference === 'unverified') problems.push(`correction of "${entry.role}" ${fix.fact} is marked unverified in the role: a correction needs a source`);
    }
  }
  for (const role of rolesById.values()) {
    if (role.provenance && role.category === log?.category && !seen.has(role.id)) problems.push(`re-checked role "${role.id}" is missing from the log`);
  }
  return problems;
}
