import type { Dataset } from './types.js';

let loading: Promise<Dataset> | undefined;
let loaded: Dataset | undefined;

/**
 * The bundled dataset, loaded on first use as a chunk of its own, so the script that defines
 * the elements stays small and the data is fetched once however many widgets a page has.
 */
export function loadBundledDataset(): Promise<Dataset> {
  loading ??= import('./bundled.js').then((module) => (loaded = module.bundledDataset));
  return loading;
}

/** The bundled dataset if it has already arrived, so a widget can render it in its first frame. */
export const bundledDatasetIfLoaded = (): Dataset | undefined => loaded;

/** Hands over a bundled dataset that the embed bundle loaded itself, before any widget asks. */
export function primeBundledDataset(dataset: Dataset): void {
  loaded ??= dataset;
  loading ??= Promise.resolve(dataset);
}
