import type { Category, DatasetIndex, EntryRoute, Nation, Organisation, PayBand, Role, RoleSummary } from './types.js';

interface Lookup<R extends RoleSummary> {
  roles: Map<string, R>;
  categories: Map<string, Category>;
  entryRoutes: Map<string, EntryRoute>;
  organisations: Map<string, Organisation>;
  byCategory: Map<string, R[]>;
  byEntryRoute: Map<string, R[]>;
}

// Built once per dataset object; a new dataset (say from a provider) gets its own.
const lookups = new WeakMap<DatasetIndex, Lookup<RoleSummary>>();

function groupBy<R extends RoleSummary>(roles: readonly R[], keys: (role: R) => readonly string[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const role of roles) {
    for (const key of keys(role)) {
      const group = groups.get(key);
      if (group) group.push(role);
      else groups.set(key, [role]);
    }
  }
  return groups;
}

function lookup<R extends RoleSummary>(dataset: DatasetIndex<R>): Lookup<R> {
  let found = lookups.get(dataset) as Lookup<R> | undefined;
  if (!found) {
    found = {
      roles: new Map(dataset.roles.map((r) => [r.id, r])),
      categories: new Map(dataset.categories.map((c) => [c.id, c])),
      entryRoutes: new Map(dataset.entryRoutes.map((r) => [r.id, r])),
      organisations: new Map(dataset.organisations.map((o) => [o.id, o])),
      byCategory: groupBy(dataset.roles, (r) => [r.category]),
      byEntryRoute: groupBy(dataset.roles, (r) => r.entryRoutes ?? []),
    };
    lookups.set(dataset, found as unknown as Lookup<RoleSummary>);
  }
  return found;
}

export const findRole = <R extends RoleSummary>(dataset: DatasetIndex<R>, id: string): R | undefined => lookup(dataset).roles.get(id);
export const findCategory = (dataset: DatasetIndex, id: string): Category | undefined => lookup(dataset).categories.get(id);
export const findEntryRoute = (dataset: DatasetIndex, id: string): EntryRoute | undefined =>
  lookup(dataset).entryRoutes.get(id);
export const findOrganisation = (dataset: DatasetIndex, id: string): Organisation | undefined =>
  lookup(dataset).organisations.get(id);
export const rolesInCategory = <R extends RoleSummary>(dataset: DatasetIndex<R>, id: string): readonly R[] =>
  lookup(dataset).byCategory.get(id) ?? [];
export const rolesOnEntryRoute = <R extends RoleSummary>(dataset: DatasetIndex<R>, id: string): readonly R[] =>
  lookup(dataset).byEntryRoute.get(id) ?? [];
/** An Agenda for Change band's figures in a nation's table (England's by default), or `undefined` when the table lacks it. */
export const findPayBand = (dataset: DatasetIndex, band: string, nation: Nation = 'england'): PayBand | undefined =>
  dataset.pay[nation]?.agendaForChange?.bands.find((b) => b.band === band);

/** Whether every role in a dataset is there in full (a provider's data, or the whole bundle), not only summaries. */
export function hasEveryRoleInFull(dataset: DatasetIndex): dataset is DatasetIndex<Role> {
  let complete = completeness.get(dataset);
  if (complete === undefined) {
    complete = dataset.roles.every(isFullRole);
    completeness.set(dataset, complete);
  }
  return complete;
}
const completeness = new WeakMap<DatasetIndex, boolean>();

/** Whether a role is there in full: `work` is required of a full role and absent from a summary. */
export const isFullRole = (role: RoleSummary): role is Role => 'work' in role;
