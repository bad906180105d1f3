import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { datasetContext } from '../context/dataset-context.js';
import {
  bundledDatasetIfLoaded,
  bundledIndexIfLoaded,
  bundledRoleIfLoaded,
  loadBundledDataset,
  loadBundledIndex,
  loadBundledRole,
} from '../data/load-bundled.js';
import { findRole, hasEveryRoleInFull, isFullRole } from '../data/selectors.js';
import type { DatasetIndex, Role } from '../data/types.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * What data a widget waits for before its first frame:
 * - `index`: every role's summary with the categories, ways in, organisations and pay (grids,
 *   lists, a card, which loads its one role's details on top through `roleDetails`);
 * - `every-role`: every role in full (widgets that search, compare or score every role).
 */
export type DataNeeds = 'index' | 'every-role';

/**
 * The dataset one widget shows: the nearest `<nhs-careers-provider>`'s when there is one, else the
 * bundled one, loaded in the parts the widget needs. The host re-renders whenever more arrives.
 *
 * Inside a provider the widget waits for the provider's dataset (the provider answers with nothing
 * while a host dataset is on its way), so it never shows, or reports errors against, the bundled
 * data while the host's is coming. Without a provider it loads the bundled data itself.
 */
export class DataController implements ReactiveController {
  /** True once the bundled data failed to load: the widget shows `dataset-unavailable`. */
  loadFailed = false;

  private current?: DatasetIndex;
  /** A provider answered: its data is used, never the bundled data this controller would load. */
  private insideProvider = false;
  /** The last dataset a provider offered, so a late load for an earlier one is dropped. */
  private offered?: DatasetIndex;
  private readonly requestedRoles = new Set<string>();

  constructor(
    private readonly host: Host,
    /** What the widget waits for; see `DataNeeds`. */
    readonly needs: DataNeeds,
  ) {
    // The consumer is added first, so a provider has answered by the time hostConnected runs.
    new ContextConsumer(host, {
      context: datasetContext,
      subscribe: true,
      callback: (dataset) => {
        this.insideProvider = true;
        if (dataset) this.accept(dataset);
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    if (this.current || this.insideProvider) return;
    // Data that is already here is used at once, so the first frame shows the content.
    if (this.useLoadedBundle()) return;
    (this.needs === 'every-role' ? loadBundledDataset() : loadBundledIndex()).then(
      (dataset) => {
        if (!this.insideProvider) this.dataset = dataset;
      },
      () => this.fail(),
    );
  }

  /**
   * Takes the bundled data the widget needs if it is loaded already and no dataset is in use (nor
   * a provider's awaited). Server rendering never connects the element, so the host calls this
   * before rendering; returns whether a dataset is in use.
   */
  useLoadedBundle(): boolean {
    if (!this.current && !this.insideProvider) {
      this.current = this.needs === 'every-role' ? bundledDatasetIfLoaded() : bundledIndexIfLoaded();
    }
    return this.current !== undefined;
  }

  /**
   * The dataset in use, once it is here. It holds every role's summary at least; with
   * `every-role` it holds every role in full (see `everyRole`).
   */
  get dataset(): DatasetIndex | undefined {
    return this.current;
  }

  private set dataset(dataset: DatasetIndex) {
    this.current = dataset;
    this.host.requestUpdate();
  }

  /** True when the widget can render or report: its data is here, or failed to load. */
  get settled(): boolean {
    return this.current !== undefined || this.loadFailed;
  }

  /** The dataset with every role in full, for widgets that need `every-role`. */
  get everyRole(): DatasetIndex<Role> | undefined {
    return this.current && hasEveryRoleInFull(this.current) ? this.current : undefined;
  }

  /**
   * A role in full: at once when the dataset has it, else undefined while its details load (the
   * host updates when they arrive). Undefined too for an id the dataset does not know.
   */
  roleDetails(id: string): Role | undefined {
    const summary = this.current && findRole(this.current, id);
    if (!summary) return undefined;
    if (isFullRole(summary)) return summary;
    const loaded = bundledRoleIfLoaded(id);
    if (loaded || this.requestedRoles.has(id)) return loaded;
    this.requestedRoles.add(id);
    loadBundledRole(id).then(
      () => this.host.requestUpdate(),
      () => this.fail(),
    );
    return undefined;
  }

  /** Resolves once `roleDetails(id)` can answer (at once for a role the dataset has in full). */
  async roleReady(id: string): Promise<void> {
    const summary = this.current && findRole(this.current, id);
    if (summary && !isFullRole(summary)) await loadBundledRole(id).catch(() => undefined);
  }

  /** Server rendering only (never connected): the dataset a provider around the widget would give. */
  useDataset(dataset: DatasetIndex): void {
    this.insideProvider = true;
    this.accept(dataset);
  }

  /** Takes a provider's dataset; with `every-role`, waits for the bundled roles behind a summary-only one. */
  private accept(dataset: DatasetIndex): void {
    this.offered = dataset;
    if (this.needs !== 'every-role' || hasEveryRoleInFull(dataset)) {
      this.dataset = dataset;
      return;
    }
    loadBundledDataset().then(
      (full) => {
        if (this.offered === dataset) this.dataset = full;
      },
      () => this.fail(),
    );
  }

  private fail(): void {
    this.loadFailed = true;
    this.host.requestUpdate();
  }
}
