import type { Category, Dataset, EntryRoute, Organisation, PayBand, Role } from './types.js';

interface Lookup {
  roles: Map<string, Role>;
  categories: Map<string, Category>;
  entryRoutes: Map<string, EntryRoute>;
  organisations: Map<string, Organisation>;
  byCategory: Map<string, Role[]>;
  byEntryRoute: Map<string, Role[]>;
}

// Built once per dataset object; a new dataset (say from a provider) gets its own.
const lookups = new WeakMap<Dataset, Lookup>();

const groupBy = (roles: readonly Role[], keys: (role: Role) => readonly string[]) => {
  const groups = new Map<string, Role[]>();
  for (const role of roles) {
    for (const key of keys(role)) {
      const group = groups.get(key);
      if (group) group.push(role);
      else groups.set(key, [role]);
    }
  }
  return groups;
};

function lookup(dataset: Dataset): Lookup {
  let found = lookups.get(dataset);
  if (!found) {
    found = {
      roles: new Map(dataset.roles.map((r) => [r.id, r])),
      categories: new Map(dataset.categories.map((c) => [c.id, c])),
      entryRoutes: new Map(dataset.entryRoutes.map((r) => [r.id, r])),
      organisations: new Map(dataset.organisations.map((o) => [o.id, o])),
      byCategory: groupBy(dataset.roles, (r) => [r.category]),
      byEntryRoute: groupBy(dataset.roles, (r) => r.entryRoutes ?? []),
    };
    lookups.set(dataset, found);
  }
  return found;
}

export const findRole = (dataset: Dataset, id: string): Role | undefined => lookup(dataset).roles.get(id);
export const findCategory = (dataset: Dataset, id: string): Category | undefined => lookup(dataset).categories.get(id);
export const findEntryRoute = (dataset: Dataset, id: string): EntryRoute | undefined =>
  lookup(dataset).entryRoutes.get(id);
export const findOrganisation = (dataset: Dataset, id: string): Organisation | undefined =>
  lookup(dataset).organisations.get(id);
export const rolesInCategory = (dataset: Dataset, id: string): readonly Role[] => lookup(dataset).byCategory.get(id) ?? [];
export const rolesOnEntryRoute = (dataset: Dataset, id: string): readonly Role[] =>
  lookup(dataset).byEntryRoute.get(id) ?? [];
export const findPayBand = (dataset: Dataset, band: string): PayBand | undefined =>
  dataset.pay.agendaForChange.bands.find((b) => b.band === band);
