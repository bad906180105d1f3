// Small, named roles and datasets for the Node tests of src/data and src/shared: each test says
// which facts of a role matter to it, and everything else is a plain valid default.
import { bundledIndex } from '../../../src/data/bundled-index.js';
import type { Category, Dataset, EntryRoute, Organisation, PayScales, Role } from '../../../src/data/types.js';

/** A valid role; `overrides` holds the facts a test is about. */
export function makeRole(overrides: Partial<Role> & { id: string }): Role {
  return {
    title: overrides.id.replace(/-/g, ' '),
    alternativeTitles: [],
    category: 'nursing',
    subArea: null,
    summary: 'A made-up role for a test.',
    work: 'You do test work. It is made up for this test.',
    workplaces: null,
    patientContact: null,
    entryRoutes: null,
    entryRequirements: null,
    minQualification: null,
    regulator: null,
    pay: null,
    relatedRoles: [],
    organisations: [],
    sources: [`https://example.org/roles/${overrides.id}`],
    checked: '2026-12-03',
    ...overrides,
  };
}

export const category = (id: string, name = id): Category => ({ id, name, summary: `${name} roles.`, url: `https://example.org/${id}` });
export const entryRoute = (id: string, name = id): EntryRoute => ({ id, name, summary: `${name}.`, asks: 'Some things.', url: null });
export const organisation = (id: string, kind: Organisation['kind'] = 'regulator', extra: Partial<Organisation> = {}): Organisation => ({
  id,
  name: `The ${id} body`,
  kind,
  summary: 'A made-up body.',
  url: `https://example.org/${id}`,
  ...extra,
});

/** The bundled pay tables (every nation), which the tests of pay wording and lookups use as they are. */
export const PAY: PayScales = bundledIndex.pay;

/** A dataset of these roles, with the categories, routes and organisations they name. */
export function makeDataset(roles: Role[], extra: Partial<Dataset> = {}): Dataset {
  return {
    roles,
    categories: [category('nursing', 'Nursing'), category('pharmacy', 'Pharmacy')],
    entryRoutes: [entryRoute('apprenticeships', 'Apprenticeships'), entryRoute('higher-education', 'Higher education')],
    organisations: [organisation('nmc'), organisation('hcpc')],
    glossary: [],
    pay: PAY,
    ...extra,
  };
}
