import type { Dataset } from './types.js';

let loading: Promise<Dataset> | undefined;

/**
 * The bundled dataset, loaded on first use as a chunk of its own, so the script that defines
 * the elements stays small and the data is fetched once however many widgets a page has.
 */
export function loadBundledDataset(): Promise<Dataset> {
  loading ??= import('./bundled.js').then((module) => module.bundledDataset);
  return loading;
}
