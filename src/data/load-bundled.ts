import { roleModules } from './role-modules.js';
import { findRole } from './selectors.js';
import type { Dataset, DatasetIndex, Role } from './types.js';

/*
 * The bundled dataset arrives in parts, each fetched once however many widgets a page has:
 * - the index (bundled-index.ts): categories, ways in, pay, organisations and every role's summary;
 * - a role's details, when a card shows it: one small file per role, from where the embed bundle
 *   has said they are (`useRoleFiles`), or through the table of per-role modules the npm build
 *   writes for bundlers (role-modules.ts); else (the classic script, the tests) the whole dataset;
 * - the whole dataset, for widgets that search or score every role.
 */

let indexLoading: Promise<DatasetIndex> | undefined;
let index: DatasetIndex | undefined;
let fullLoading: Promise<Dataset> | undefined;
let full: Dataset | undefined;
let roleFiles: string | undefined;
const details = new Map<string, Role>();
const detailsLoading = new Map<string, Promise<Role | undefined>>();

export function loadBundledIndex(): Promise<DatasetIndex> {
  indexLoading ??= import('./bundled-index.js').then((module) => (index ??= module.bundledIndex));
  return indexLoading;
}

/** The index if it has already arrived, so a widget can render it in its first frame. */
export const bundledIndexIfLoaded = (): DatasetIndex | undefined => index;

/** The whole bundled dataset, every role in full. */
export function loadBundledDataset(): Promise<Dataset> {
  fullLoading ??= import('./bundled.js').then((module) => {
    full ??= module.bundledDataset;
    index ??= full;
    indexLoading ??= Promise.resolve(full);
    return full;
  });
  return fullLoading;
}

export const bundledDatasetIfLoaded = (): Dataset | undefined => full;

/** Tells the loader where the per-role files are (a URL ending in `/`); set by the embed bundle. */
export function useRoleFiles(baseUrl: string): void {
  roleFiles = baseUrl;
}

const ROLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A bundled role's details if they have arrived. */
export const bundledRoleIfLoaded = (id: string): Role | undefined => details.get(id) ?? (full && findRole(full, id));

/** Loads a bundled role's details; resolves to undefined for an id the bundle does not have. */
export function loadBundledRole(id: string): Promise<Role | undefined> {
  const known = bundledRoleIfLoaded(id);
  if (known) return Promise.resolve(known);
  let loading = detailsLoading.get(id);
  if (!loading) {
    loading = loadRoleFile(id).then((role) => {
      if (role) details.set(id, role);
      return role;
    });
    detailsLoading.set(id, loading);
    // A failure is not kept, so a later card can try again (say, after a network blip).
    loading.catch(() => detailsLoading.delete(id));
  }
  return loading;
}

/** Forgets every part loaded so far and the per-role folder. For tests, which each start as a fresh page would. */
export function forgetBundledLoads(): void {
  indexLoading = index = fullLoading = full = roleFiles = undefined;
  details.clear();
  detailsLoading.clear();
}

async function loadRoleFile(id: string): Promise<Role | undefined> {
  if (roleFiles) {
    // The id is checked against the slug pattern so it can never climb out of the folder.
    if (!ROLE_ID.test(id)) return undefined;
    const module = (await import(/* @vite-ignore */ `${roleFiles}${id}.js`)) as { default: Role };
    return module.default;
  }
  if (roleModules.length > 0) {
    const position = (await loadBundledIndex()).roles.findIndex((role) => role.id === id);
    const role = position >= 0 ? (await roleModules[position]!()).default : undefined;
    // The table and the index are written from the same files in the same order; checked all the same.
    if (role?.id === id) return role;
  }
  return findRole(await loadBundledDataset(), id);
}
