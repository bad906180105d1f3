#!/usr/bin/env node
// After the build: writes the dataset as open data beside the library, so anyone (a council's CMS
// in PHP, a data team with a spreadsheet) can fetch it from the CDN with no key and no npm:
//   dist/data/roles.json        the whole dataset, with the version and the licence
//   dist/data/roles.csv         one row per role, the main fields, UTF-8 with a header (RFC 4180)
//   dist/data/roles/<id>.json   one role, with its category and its pay as figures per nation
// The data comes from the built data module, so it is exactly what the widgets show. Pay is given
// per nation, each from its own table (never another nation's figures under its name).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'csv-stringify/sync';

/** What anyone may do with the data: our texts are MIT; the facts are the sources', not ours to licence. */
export const LICENCE = {
  texts: 'MIT',
  textsNote: 'The written texts (summaries, descriptions, entry requirements in plain words) are by the nhs-role-widgets project, under the MIT licence.',
  facts:
    'Not licensed by this project. Titles, pay bands and figures, qualifications and regulators are facts taken from the public pages named in each role\'s "sources" (mainly NHS Health Careers) and in each pay table\'s "sources", checked on the date in "checked". Those publishers set their own terms; check a source before relying on a fact.',
};

/** The nations with pay columns, in the data module's order. */
const PAY_NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'];

/**
 * A nation's own figures for a role (never England's standing in for it): the CSV leaves a nation
 * empty where our data has no table of its own.
 */
const own = (pay, nation) => (pay?.[nation]?.figures && !pay[nation].figures.fallback ? pay[nation].figures : null);

/** The CSV's columns: header name and how to read it from a role (`pay` holds its range per nation). */
export const CSV_COLUMNS = [
  ['id', (r) => r.id],
  ['title', (r) => r.title],
  ['alternative_titles', (r) => r.alternativeTitles.join('; ')],
  ['category_id', (r) => r.category],
  ['category', (r, d) => d.categories.find((c) => c.id === r.category)?.name ?? ''],
  ['sub_area', (r) => r.subArea],
  ['summary', (r) => r.summary],
  ['entry_routes', (r) => r.entryRoutes?.join('; ')],
  ['entry_requirements', (r) => r.entryRequirements],
  ['minimum_qualification', (r) => r.minQualification],
  ['regulator', (r) => r.regulator],
  ['patient_contact', (r) => r.patientContact],
  ['pay_scale', (r) => r.pay?.scale],
  ['pay_bands', (r, d, pay) => pay?.england.bands],
  ...PAY_NATIONS.flatMap((nation) => {
    const name = nation.replace(/-/g, '_');
    return [
      [`pay_${name}_min_gbp`, (r, d, pay) => own(pay, nation)?.min],
      [`pay_${name}_max_gbp`, (r, d, pay) => own(pay, nation)?.max],
      [`pay_${name}_year`, (r, d, pay) => own(pay, nation)?.year],
    ];
  }),
  ['pay_note', (r) => r.pay?.note],
  ['source', (r) => r.sources[0]],
  ['checked', (r) => r.checked],
];

/**
 * The CSV text for a dataset: a header row, then one row per role. Fields with commas, quotes or
 * line breaks are quoted and quotes doubled (RFC 4180); "not known" (null) is an empty field.
 * Lines end in CRLF as RFC 4180 says. No byte order mark: it would become part of the first
 * column's name for most CSV readers (PHP's fgetcsv, Python's csv, pandas).
 */
export function rolesCsv(dataset, payRange) {
  const rows = dataset.roles.map((role) => {
    const pay = payByNation(dataset, role, payRange);
    return CSV_COLUMNS.map(([, read]) => {
      const value = read(role, dataset, pay);
      return value === null || value === undefined ? '' : String(value);
    });
  });
  return stringify(rows, { header: true, columns: CSV_COLUMNS.map(([name]) => name), record_delimiter: 'windows' });
}

/** The whole dataset as one document, with what it is, its version and its licence. */
export function rolesDocument(dataset, version) {
  return {
    name: 'nhs-role-widgets dataset',
    description: 'NHS careers: roles, categories, ways in, organisations, pay scales and a glossary.',
    version,
    licence: LICENCE,
    categories: dataset.categories,
    entryRoutes: dataset.entryRoutes,
    organisations: dataset.organisations,
    pay: dataset.pay,
    glossary: dataset.glossary,
    roles: dataset.roles,
  };
}

/** A role's pay as figures, nation by nation (`fallback: true` where England's stand in); null without pay. */
function payByNation(dataset, role, payRange) {
  return role.pay ? Object.fromEntries(PAY_NATIONS.map((nation) => [nation, payRange(dataset, role.pay, nation)])) : null;
}

/** One role as a document of its own, with its category's name and its pay as figures for each nation. */
export function roleDocument(dataset, role, version, payRange) {
  return {
    version,
    licence: LICENCE,
    role,
    category: dataset.categories.find((c) => c.id === role.category) ?? null,
    pay: payByNation(dataset, role, payRange),
  };
}

async function main() {
  const { dataset, payRange } = await import(pathToFileURL('dist/data/index.js').href);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const folder = join('dist', 'data');
  mkdirSync(join(folder, 'roles'), { recursive: true });
  writeFileSync(join(folder, 'roles.json'), `${JSON.stringify(rolesDocument(dataset, version))}\n`);
  writeFileSync(join(folder, 'roles.csv'), rolesCsv(dataset, payRange));
  for (const role of dataset.roles) {
    writeFileSync(join(folder, 'roles', `${role.id}.json`), `${JSON.stringify(roleDocument(dataset, role, version, payRange), null, 2)}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
