/**
 * The loader's logic, apart from the browser: which elements to fetch for what a page holds, what
 * data they need before their first frame, what to do when a chunk cannot load, and `discover`.
 * src/bundle.ts gives it the browser (custom element registry, DOM, data loaders); Node tests give it
 * stand-ins (test/node/loader.test.ts).
 */
import type { WidgetData } from '../widgets.js';

export interface LoaderEntry {
  load: () => Promise<CustomElementConstructor>;
  /** Elements it renders in its own shadow root, which the page never shows the loader. */
  inside: readonly string[];
  data: WidgetData;
}

/** By tag, in the order elements are defined in (the provider first). A Map, so no tag can name an Object method. */
export type LoaderTable = ReadonlyMap<string, LoaderEntry>;

/** Past this many roles named by cards, one request for every role beats one request per role. */
export const WHOLE_DATASET_FROM = 12;

/** What the loader reads of an element. */
export interface Found {
  readonly localName: string;
  getAttribute(name: string): string | null;
}

/** Where the loader looks for elements: the document, a shadow root or an element. */
export interface Root {
  querySelectorAll(selectors: string): Iterable<Found>;
}

/** The tags to load for these tags, with the ones they render inside themselves; unknown and `skip`ped tags are left out. */
export function tagsToLoad(table: LoaderTable, tags: Iterable<string>, skip: (tag: string) => boolean): string[] {
  const found = new Set<string>();
  const add = (tag: string): void => {
    const entry = table.get(tag);
    if (!entry || found.has(tag) || skip(tag)) return;
    found.add(tag);
    for (const inner of entry.inside) add(inner);
  };
  for (const tag of tags) add(tag);
  return [...found];
}

/** The bundled data to fetch before elements' first frame. */
export interface DataPlan {
  /** Every role in full (which holds the index too). */
  everyRole: boolean;
  /** The role index. */
  index: boolean;
  /** Roles to fetch one file each, when not every role. Only ids the bundle has. */
  roles: string[];
}

/**
 * The data these elements need: `roleIds` are the ids their role widgets name (one per element,
 * '' when none), `isKnownRole` says which the bundled data has, so an unknown id never makes a
 * request. Known ids are fetched at once, alongside the index, not after it.
 */
export function dataFor(table: LoaderTable, tags: readonly string[], roleIds: readonly string[], isKnownRole: (id: string) => boolean): DataPlan {
  const needs = new Set(tags.map((tag) => table.get(tag)?.data));
  const roles = [...new Set(roleIds)].filter((id) => id !== '' && isKnownRole(id));
  const everyRole = needs.has('every-role') || roles.length > WHOLE_DATASET_FROM;
  return {
    everyRole,
    index: !everyRole && (needs.has('index') || needs.has('role')),
    roles: everyRole ? [] : roles,
  };
}

/** Which files an element chunk that failed to load was missing, from the error the import gave. */
export function missingFiles(error: unknown): string[] {
  const listed = (error as { missing?: unknown } | null)?.missing;
  if (Array.isArray(listed) && listed.length > 0) return listed.map(String);
  // Chromium and Firefox name the module in the message; WebKit names none.
  const url = /\b(https?:\/\/\S+?\.js)\b/.exec(String((error as Error | null)?.message ?? ''))?.[1];
  return url ? [url] : [];
}

export interface LoaderHost {
  table: LoaderTable;
  isDefined(tag: string): boolean;
  define(tag: string, constructor: CustomElementConstructor): void;
  /** The role id an element of a `role` widget names ('' when none), as the widget will read it. */
  roleIdOf(element: Found): string;
  isKnownRole(id: string): boolean;
  loadIndex(): Promise<unknown>;
  loadEveryRole(): Promise<unknown>;
  loadRole(id: string): Promise<unknown>;
  /** Resolves in a later task, so rendering does not share a long task with evaluating the chunks. */
  nextTask(): Promise<void>;
  /** Tells the page an element's chunk could not load: `elements` are those it leaves without their widget. */
  unavailable(tag: string, files: readonly string[], elements: readonly Found[]): void;
  /** Calls `added` with the nodes later added anywhere under `root`. */
  watch(root: Root, added: (nodes: Iterable<unknown>) => void): void;
}

export interface Loader {
  /** Loads, then defines, the elements these are and the ones they render inside themselves. */
  upgrade(elements: readonly Found[]): Promise<void>;
  /** Loads the widgets under `root` now and the ones added to it later (watched once per root). */
  discover(root: Root): Promise<void>;
}

type Loaded = { tag: string; value: CustomElementConstructor } | { tag: string; failure: unknown };

export function createLoader(host: LoaderHost): Loader {
  const { table } = host;
  const requested = new Set<string>();
  const watched = new WeakSet<Root>();
  const selector = [...table.keys()].join(',');

  /** Our elements among nodes added to the page: each node itself, and what it holds. */
  function elementsIn(nodes: Iterable<unknown>): Found[] {
    const found: Found[] = [];
    for (const node of nodes) {
      const element = node as Partial<Found & Root> | null;
      // Text and comments have no querySelectorAll.
      if (typeof element?.querySelectorAll !== 'function') continue;
      if (table.has(element.localName!)) found.push(element as Found);
      found.push(...element.querySelectorAll(selector));
    }
    return found;
  }

  async function loadData(elements: readonly Found[], tags: readonly string[]): Promise<void> {
    const ids = elements.filter((element) => table.get(element.localName)?.data === 'role').map((element) => host.roleIdOf(element));
    const plan = dataFor(table, tags, ids, (id) => host.isKnownRole(id));
    await Promise.all([
      plan.everyRole ? host.loadEveryRole() : undefined,
      plan.index ? host.loadIndex() : undefined,
      ...plan.roles.map((id) => host.loadRole(id)),
    ]);
  }

  async function upgrade(elements: readonly Found[]): Promise<void> {
    const tags = tagsToLoad(
      table,
      elements.map((element) => element.localName),
      (tag) => requested.has(tag) || host.isDefined(tag),
    );
    // Elements already defined load their own role details as they render.
    if (tags.length === 0) return;
    for (const tag of tags) requested.add(tag);
    const [loaded] = await Promise.all([
      Promise.all(
        tags.map((tag): Promise<Loaded> =>
          table
            .get(tag)!
            .load()
            .then(
              (value) => ({ tag, value }),
              (failure: unknown) => ({ tag, failure }),
            ),
        ),
      ),
      // Failures are left to the widgets, which report them in their place.
      loadData(elements, tags).catch(() => undefined),
    ]);
    await host.nextTask();
    const results = new Map(loaded.map((result) => [result.tag, result]));
    // In the table's order: the provider first.
    for (const tag of table.keys()) {
      const result = results.get(tag);
      if (!result) continue;
      if ('value' in result) {
        host.define(tag, result.value);
        continue;
      }
      // Forgotten, so the next element of this kind added to the page tries again.
      requested.delete(tag);
      const affected = elements.filter((element) => element.localName === tag || table.get(element.localName)?.inside.includes(tag));
      host.unavailable(tag, missingFiles(result.failure), affected);
    }
  }

  function discover(root: Root): Promise<void> {
    if (!watched.has(root)) {
      watched.add(root);
      host.watch(root, (nodes) => {
        const added = elementsIn(nodes);
        if (added.length > 0) void upgrade(added);
      });
    }
    return upgrade([...root.querySelectorAll(selector)]);
  }

  return { upgrade, discover };
}
