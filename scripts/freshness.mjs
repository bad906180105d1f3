// How current the dataset is: which facts carry a source and a check date, how old the oldest check
// is, and which pay tables belong to a financial year that has ended. Pure functions of the data and
// of "today", which the caller passes in, so tests never depend on the calendar.

/** Today as YYYY-MM-DD: `--today YYYY-MM-DD` when given (for tests and rehearsals), else the real date. */
export function todayFrom(args, now = new Date()) {
  const given = args.includes('--today') ? args[args.indexOf('--today') + 1] : undefined;
  if (given !== undefined) {
    if (!isDate(given)) throw new Error(`--today must be a date as YYYY-MM-DD, not "${given}"`);
    return given;
  }
  return now.toISOString().slice(0, 10);
}

/** A real calendar date written YYYY-MM-DD. */
export function isDate(text) {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The last day of a financial year written "2025/26": "2026-03-31". */
export function financialYearEnd(year) {
  const match = /^(\d{4})\/(\d{2})$/.exec(String(year));
  if (!match) throw new Error(`a financial year is written like 2026/27, not "${year}"`);
  const start = Number(match[1]);
  if ((start + 1) % 100 !== Number(match[2])) throw new Error(`"${year}" is not two years in a row`);
  return `${start + 1}-03-31`;
}

/** The financial year that follows: "2025/26" gives "2026/27". */
export function nextFinancialYear(year) {
  const end = Number(financialYearEnd(year).slice(0, 4));
  return `${end}/${String((end + 1) % 100).padStart(2, '0')}`;
}

/** Whether a YYYY-MM-DD date lies after today. ISO dates compare as text. */
export const isAfter = (date, today) => date > today;

const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'];
const SCALES = ['agendaForChange', 'residentDoctors', 'consultants'];

/** Every pay table with where it sits in pay.json: { key: "scotland.agendaForChange", table }. */
export function payTablesOf(pay) {
  return NATIONS.flatMap((nation) => SCALES.filter((scale) => pay?.[nation]?.[scale]).map((scale) => ({ key: `${nation}.${scale}`, nation, scale, table: pay[nation][scale] })));
}

/** Tables whose financial year ended before today, each with a sentence saying what to do. */
export function payWarnings(pay, today) {
  return payTablesOf(pay)
    .filter(({ table }) => /^\d{4}\/\d{2}$/.test(table.year ?? '') && isAfter(today, financialYearEnd(table.year)))
    .map(({ key, table }) => ({
      key,
      year: table.year,
      message: `${key}: the ${table.year} financial year ended on ${financialYearEnd(table.year)}; look for the ${nextFinancialYear(table.year)} table (data/README.md, "The yearly pay update").`,
    }));
}

/**
 * The facts a role states, one per entry route: whether each is known (`null` is "not known").
 * A sub-area is a fact only where the category has one, so a null sub-area is not counted.
 */
export function factsOf(role) {
  const facts = [
    { name: 'title', known: Boolean(role.title) },
    { name: 'category', known: Boolean(role.category) },
    { name: 'pay', known: role.pay !== null && role.pay !== undefined },
    { name: 'regulator', known: role.regulator !== null && role.regulator !== undefined },
    { name: 'minQualification', known: role.minQualification !== null && role.minQualification !== undefined },
  ];
  if (role.subArea) facts.push({ name: 'subArea', known: true });
  if (Array.isArray(role.entryRoutes)) for (const id of role.entryRoutes) facts.push({ name: `entryRoute:${id}`, known: true });
  else facts.push({ name: 'entryRoutes', known: false });
  return facts;
}

/** Whether a role names at least one https source and a check date. */
const isSourced = (role) => Array.isArray(role.sources) && role.sources.some((url) => /^https:\/\//.test(url)) && isDate(role.checked);

/**
 * Per category: roles, facts checked (known, on a role with a source and a check date), facts
 * unverified (not known, or on a role without them) and the oldest check date. Categories with no
 * roles are listed with zeros so a gap shows.
 */
export function freshnessByCategory(roles, categories) {
  const rows = new Map(categories.map((c) => [c.id, { id: c.id, name: c.name, roles: 0, checked: 0, unverified: 0, oldest: null }]));
  for (const role of roles) {
    if (!rows.has(role.category)) rows.set(role.category, { id: role.category, name: role.category, roles: 0, checked: 0, unverified: 0, oldest: null });
    const row = rows.get(role.category);
    row.roles += 1;
    const sourced = isSourced(role);
    for (const fact of factsOf(role)) {
      if (fact.known && sourced) row.checked += 1;
      else row.unverified += 1;
    }
    if (isDate(role.checked) && (row.oldest === null || role.checked < row.oldest)) row.oldest = role.checked;
  }
  return [...rows.values()];
}

/** The whole report as data. */
export function freshnessReport({ roles, categories, pay }, today) {
  const rows = freshnessByCategory(roles, categories);
  const dates = rows.map((r) => r.oldest).filter(Boolean).sort();
  const total = {
    id: 'all',
    name: 'All categories',
    roles: rows.reduce((n, r) => n + r.roles, 0),
    checked: rows.reduce((n, r) => n + r.checked, 0),
    unverified: rows.reduce((n, r) => n + r.unverified, 0),
    oldest: dates[0] ?? null,
  };
  const tables = payTablesOf(pay).map(({ key, table }) => ({ key, year: table.year, checked: table.checked, sources: table.sources?.length ?? 0 }));
  return { today, rows, total, tables, warnings: payWarnings(pay, today) };
}

/** The report as lines of text for the terminal. */
export function formatReport(report) {
  const line = (r) => `${r.id.padEnd(46)}${String(r.roles).padStart(6)}${String(r.checked).padStart(9)}${String(r.unverified).padStart(12)}  ${r.oldest ?? '-'}`;
  return [
    `Data freshness on ${report.today}`,
    '',
    `${'category'.padEnd(46)}${'roles'.padStart(6)}${'checked'.padStart(9)}${'unverified'.padStart(12)}  oldest check`,
    ...report.rows.map(line),
    line(report.total),
    '',
    'Pay tables',
    ...report.tables.map((t) => `  ${t.key.padEnd(34)}${t.year}, checked ${t.checked}, ${t.sources} source(s)`),
    ...(report.warnings.length ? ['', ...report.warnings.map((w) => `warning: ${w.message}`)] : ['', 'Every pay table is for a financial year that has not ended.']),
  ].join('\n');
}
