// The loader's decisions, apart from the browser: which element chunks a page fetches, which data
// before the first frame, what happens when a chunk cannot load, and discover(root).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createLoader,
  dataFor,
  missingFiles,
  tagsToLoad,
  WHOLE_DATASET_FROM,
  type Found,
  type LoaderEntry,
  type LoaderHost,
  type LoaderTable,
  type Root,
} from '../../src/loader/loader.js';
import type { WidgetData } from '../../src/widgets.js';

class FakeElement {}
const constructors = new Map<string, CustomElementConstructor>();
const classOf = (tag: string): CustomElementConstructor => {
  if (!constructors.has(tag)) constructors.set(tag, class extends (FakeElement as unknown as CustomElementConstructor) {});
  return constructors.get(tag)!;
};

const entry = (tag: string, data: WidgetData, inside: string[] = [], load = () => Promise.resolve(classOf(tag))): LoaderEntry => ({ load, inside, data });

/** A table shaped like the real one: a provider first, a card, a grid with cards inside, a compare table, an explorer with it inside. */
const table = (overrides: Record<string, LoaderEntry> = {}): LoaderTable =>
  new Map(
    Object.entries({
      'x-provider': entry('x-provider', 'none'),
      'x-card': entry('x-card', 'role'),
      'x-grid': entry('x-grid', 'index', ['x-card']),
      'x-compare': entry('x-compare', 'every-role'),
      'x-explorer': entry('x-explorer', 'every-role', ['x-compare']),
      ...overrides,
    }),
  );

const element = (localName: string, attributes: Record<string, string> = {}): Found & Root => ({
  localName,
  getAttribute: (name) => (Object.hasOwn(attributes, name) ? attributes[name]! : null),
  querySelectorAll: () => [],
});

/** A host that records what the loader asks of the browser. */
function fakeHost(t: LoaderTable, known: string[] = ['paramedic', 'adult-nurse']) {
  const calls: string[] = [];
  const defined = new Set<string>();
  const reports: { tag: string; files: readonly string[]; elements: readonly Found[] }[] = [];
  const watchers = new Map<Root, (nodes: Iterable<unknown>) => void>();
  let releaseTask: () => void = () => undefined;
  let holdTasks = false;
  const host: LoaderHost = {
    table: t,
    isDefined: (tag) => defined.has(tag),
    define: (tag) => {
      calls.push(`define ${tag}`);
      defined.add(tag);
    },
    roleIdOf: (el) => el.getAttribute('role-id') ?? '',
    isKnownRole: (id) => known.includes(id),
    loadIndex: async () => void calls.push('index'),
    loadEveryRole: async () => void calls.push('every role'),
    loadRole: async (id) => void calls.push(`role ${id}`),
    nextTask: () => (holdTasks ? new Promise((resolve) => (releaseTask = resolve)) : Promise.resolve()),
    unavailable: (tag, files, elements) => void reports.push({ tag, files, elements }),
    watch: (root, added) => void watchers.set(root, added),
  };
  return {
    host,
    calls,
    defined,
    reports,
    watchers,
    hold: () => (holdTasks = true),
    release: () => releaseTask(),
  };
}

describe('tagsToLoad: which element chunks a page fetches', () => {
  const t = table();
  const none = () => false;

  it('fetches each element the page uses once, and the elements it renders inside itself', () => {
    assert.deepEqual(tagsToLoad(t, ['x-card', 'x-card'], none), ['x-card']);
    assert.deepEqual(tagsToLoad(t, ['x-grid'], none), ['x-grid', 'x-card']);
    assert.deepEqual(tagsToLoad(t, ['x-explorer', 'x-grid'], none).sort(), ['x-card', 'x-compare', 'x-explorer', 'x-grid']);
  });

  it('follows elements inside elements inside elements', () => {
    const nested = table({ 'x-a': entry('x-a', 'index', ['x-b']), 'x-b': entry('x-b', 'index', ['x-c']), 'x-c': entry('x-c', 'index') });
    assert.deepEqual(tagsToLoad(nested, ['x-a'], none), ['x-a', 'x-b', 'x-c']);
  });

  it('ignores tags it does not know, including the names of Object methods', () => {
    assert.deepEqual(tagsToLoad(t, ['x-unknown', 'div', 'constructor', '__proto__', 'toString', 'hasOwnProperty'], none), []);
  });

  it('leaves out elements already defined or already on their way, and what only they would bring', () => {
    assert.deepEqual(tagsToLoad(t, ['x-grid', 'x-card'], (tag) => tag === 'x-card'), ['x-grid']);
    assert.deepEqual(tagsToLoad(t, ['x-explorer'], (tag) => tag === 'x-explorer'), []);
  });

  it('survives a table whose elements name each other', () => {
    const loop = new Map([
      ['x-a', entry('x-a', 'index', ['x-b'])],
      ['x-b', entry('x-b', 'index', ['x-a'])],
    ]);
    assert.deepEqual(tagsToLoad(loop, ['x-a'], none), ['x-a', 'x-b']);
  });
});

describe('dataFor: the data fetched before the first frame', () => {
  const t = table();
  const known = (id: string) => id.startsWith('known-');
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `known-${i}`);

  it('fetches nothing for a provider alone, nor for no elements', () => {
    assert.deepEqual(dataFor(t, ['x-provider'], [], known), { everyRole: false, index: false, roles: [] });
    assert.deepEqual(dataFor(t, [], [], known), { everyRole: false, index: false, roles: [] });
  });

  it('fetches the index alone for a grid', () => {
    assert.deepEqual(dataFor(t, ['x-grid', 'x-card'], [], known), { everyRole: false, index: true, roles: [] });
  });

  it('fetches a card’s role together with the index, each known id once', () => {
    assert.deepEqual(dataFor(t, ['x-card'], ['known-a', 'known-a', 'known-b'], known), { everyRole: false, index: true, roles: ['known-a', 'known-b'] });
  });

  it('never asks for a role the bundle does not have, nor for a card without one', () => {
    assert.deepEqual(dataFor(t, ['x-card'], ['typo', '', 'constructor', '__proto__'], known), { everyRole: false, index: true, roles: [] });
    // A card with no id asks for nothing, whatever the list of known ids says.
    assert.deepEqual(dataFor(t, ['x-card'], ['', 'a'], () => true).roles, ['a']);
  });

  it('asks nothing for a tag it does not know', () => {
    assert.deepEqual(dataFor(t, ['x-unknown', 'constructor'], ['known-a'], known), { everyRole: false, index: false, roles: ['known-a'] });
  });

  it(`fetches up to ${WHOLE_DATASET_FROM} roles one file each, and every role in one file from ${WHOLE_DATASET_FROM + 1}`, () => {
    assert.equal(WHOLE_DATASET_FROM, 12);
    assert.deepEqual(dataFor(t, ['x-card'], ids(12), known), { everyRole: false, index: true, roles: ids(12) });
    assert.deepEqual(dataFor(t, ['x-card'], ids(13), known), { everyRole: true, index: false, roles: [] });
    // Counted once each, and unknown ids do not count.
    assert.equal(dataFor(t, ['x-card'], [...ids(12), ...ids(12), 'unknown-1', 'unknown-2'], known).everyRole, false);
  });

  it('fetches every role, and nothing else, for an element that searches them all', () => {
    assert.deepEqual(dataFor(t, ['x-card', 'x-explorer', 'x-compare'], ['known-a'], known), { everyRole: true, index: false, roles: [] });
  });
});

describe('missingFiles: what the console warning names', () => {
  it('takes the files the build’s import wrapper lists', () => {
    assert.deepEqual(missingFiles(Object.assign(new TypeError('x'), { missing: ['./chunks/a.js', './chunks/b.js'] })), ['./chunks/a.js', './chunks/b.js']);
  });

  it('else the URL in the browser’s message (Chromium, Firefox), else nothing (WebKit)', () => {
    assert.deepEqual(missingFiles(new TypeError('Failed to fetch dynamically imported module: https://cdn.example/dist/chunks/a-1.js')), [
      'https://cdn.example/dist/chunks/a-1.js',
    ]);
    assert.deepEqual(missingFiles(Object.assign(new TypeError('error loading dynamically imported module: http://127.0.0.1:8000/c.js'), { missing: [] })), [
      'http://127.0.0.1:8000/c.js',
    ]);
    assert.deepEqual(missingFiles(new TypeError('Importing a module script failed.')), []);
    assert.deepEqual(missingFiles(null), []);
    assert.deepEqual(missingFiles('offline'), []);
  });
});

describe('createLoader', () => {
  it('defines what the elements need, in the table’s order (the provider first), after the data and a task of its own', async () => {
    const fake = fakeHost(table());
    const loader = createLoader(fake.host);
    fake.hold();
    const done = loader.upgrade([element('x-card', { 'role-id': 'paramedic' }), element('x-provider'), element('x-grid')]);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(fake.calls, ['index', 'role paramedic'], 'data requested at once, nothing defined before the next task');
    fake.release();
    await done;
    assert.deepEqual(fake.calls, ['index', 'role paramedic', 'define x-provider', 'define x-card', 'define x-grid']);
  });

  it('fetches every role in one file for more than twelve cards, and a role for a card only when the id is known', async () => {
    const many = Array.from({ length: 13 }, (_, i) => `r${i}`);
    const fake = fakeHost(table(), many);
    await createLoader(fake.host).upgrade(many.map((id) => element('x-card', { 'role-id': id })));
    assert.deepEqual(fake.calls, ['every role', 'define x-card']);

    const other = fakeHost(table());
    await createLoader(other.host).upgrade([element('x-card', { 'role-id': 'nope' }), element('x-card')]);
    assert.deepEqual(other.calls, ['index', 'define x-card']);
  });

  it('reads role ids only from role widgets', async () => {
    const fake = fakeHost(table());
    await createLoader(fake.host).upgrade([element('x-grid', { 'role-id': 'paramedic' })]);
    assert.deepEqual(fake.calls, ['index', 'define x-card', 'define x-grid']);
  });

  it('defines elements even when their data fails, which they report themselves', async () => {
    const fake = fakeHost(table());
    fake.host.loadIndex = () => Promise.reject(new Error('offline'));
    await createLoader(fake.host).upgrade([element('x-grid')]);
    assert.deepEqual(fake.calls, ['define x-card', 'define x-grid']);
    assert.deepEqual(fake.reports, []);
  });

  it('loads an element once however often it appears, and leaves defined elements alone', async () => {
    let loads = 0;
    const t = table({ 'x-card': entry('x-card', 'role', [], () => (loads++, Promise.resolve(classOf('x-card')))) });
    const fake = fakeHost(t);
    const loader = createLoader(fake.host);
    await Promise.all([loader.upgrade([element('x-card')]), loader.upgrade([element('x-card', { 'role-id': 'paramedic' })])]);
    await loader.upgrade([element('x-card', { 'role-id': 'adult-nurse' })]);
    assert.equal(loads, 1);
    // The card loads its own role once defined; the loader asks for nothing more.
    assert.deepEqual(fake.calls, ['index', 'define x-card']);
  });

  it('does nothing for elements it does not know', async () => {
    const fake = fakeHost(table());
    await createLoader(fake.host).upgrade([element('div'), element('constructor'), element('__proto__')]);
    assert.deepEqual(fake.calls, []);
  });

  it('reports a chunk that cannot load on every element it leaves without its widget, defines the rest, and tries again later', async () => {
    let fail = true;
    const failing = () => (fail ? Promise.reject(Object.assign(new TypeError('gone'), { missing: ['./chunks/card.js'] })) : Promise.resolve(classOf('x-card')));
    const fake = fakeHost(table({ 'x-card': entry('x-card', 'role', [], failing) }));
    const loader = createLoader(fake.host);
    const card = element('x-card', { 'role-id': 'paramedic' });
    const grid = element('x-grid');
    const compare = element('x-compare');
    await loader.upgrade([card, grid, compare]);
    assert.deepEqual(fake.calls.filter((c) => c.startsWith('define')), ['define x-grid', 'define x-compare']);
    assert.equal(fake.reports.length, 1);
    assert.equal(fake.reports[0]!.tag, 'x-card');
    assert.deepEqual(fake.reports[0]!.files, ['./chunks/card.js']);
    assert.deepEqual(fake.reports[0]!.elements, [card, grid]);

    fail = false;
    await loader.upgrade([element('x-card')]);
    assert.ok(fake.defined.has('x-card'), 'defined on the next try');
    assert.equal(fake.reports.length, 1);
  });

  it('discovers the widgets in a root, once per root, and those added to it later', async () => {
    const fake = fakeHost(table());
    const loader = createLoader(fake.host);
    const selectors: string[] = [];
    const card = element('x-card');
    const root: Root = {
      querySelectorAll: (selector) => {
        selectors.push(selector);
        return [card];
      },
    };
    let watches = 0;
    const watch = fake.host.watch;
    fake.host.watch = (...args) => (watches++, watch(...args));
    await loader.discover(root);
    await loader.discover(root);
    assert.equal(watches, 1);
    assert.deepEqual(selectors, ['x-provider,x-card,x-grid,x-compare,x-explorer', 'x-provider,x-card,x-grid,x-compare,x-explorer']);
    assert.deepEqual(fake.calls, ['index', 'define x-card']);

    // Later additions: text nodes are skipped; an element counts, and so does what it holds.
    const holder = { ...element('section'), querySelectorAll: () => [element('x-compare')] };
    fake.watchers.get(root)!([{ nodeType: 3 }, null, element('x-grid'), holder]);
    await new Promise((resolve) => setTimeout(resolve));
    assert.deepEqual(fake.calls, ['index', 'define x-card', 'every role', 'define x-grid', 'define x-compare']);
  });

  it('asks nothing when what is added holds no widget', async () => {
    const fake = fakeHost(table());
    await createLoader(fake.host).discover({ querySelectorAll: () => [] });
    const [added] = [...fake.watchers.values()];
    added!([element('p'), element('constructor')]);
    await new Promise((resolve) => setTimeout(resolve));
    assert.deepEqual(fake.calls, []);
  });
});
