/*
 * Hostile variations of a valid dataset, for property-based tests (fast-check) of the dataset
 * checks in Node and of the widgets in the browsers: a field removed, a value of the wrong type,
 * an empty object, a huge string, a `__proto__` key, at any depth. Pure: no DOM, no Node APIs.
 */
import fc from 'fast-check';
import type { Dataset } from '../../src/data/types.js';

type Path = (string | number)[];

/** Every path into a JSON value (object keys and list indexes), the root excepted. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
  }
  return [];
}

/** What a mutation puts in place of the value at its path; `remove` deletes it. */
export type Replacement =
  | { kind: 'remove' }
  | { kind: 'value'; value: unknown }
  | { kind: 'proto'; value: unknown };

export interface Mutation {
  path: Path;
  replacement: Replacement;
}

const HUGE = 'x'.repeat(200_000);

/** Values of every JSON type, and the awkward ones: empty, huge, markup, prototype keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, '', ' ', HUGE, '<img src=x onerror=alert(1)>', 'javascript:alert(1)'),
  fc.constantFrom({}, [], [null], [{}], ['constructor'], { __proto__: null }, 'constructor', '__proto__', 'toString'),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** One to three mutations at random paths of `dataset`. */
export function mutations(dataset: unknown): fc.Arbitrary<Mutation[]> {
  const paths = pathsOf(dataset);
  const replacement: fc.Arbitrary<Replacement> = fc.oneof(
    fc.constant<Replacement>({ kind: 'remove' }),
    hostileValue.map((value): Replacement => ({ kind: 'value', value })),
    hostileValue.map((value): Replacement => ({ kind: 'proto', value })),
  );
  return fc.array(fc.record({ path: fc.constantFrom(...paths), replacement }), { minLength: 1, maxLength: 3 });
}

/** A deep copy of `dataset` through JSON, as a host's fetched file would arrive, with the mutations applied. */
export function mutate(dataset: unknown, list: readonly Mutation[]): unknown {
  const copy: unknown = JSON.parse(JSON.stringify(dataset));
  for (const { path, replacement } of list) {
    let parent = copy as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) {
      const next = parent?.[step];
      if (!next || typeof next !== 'object') {
        parent = undefined as never;
        break;
      }
      parent = next as Record<string | number, unknown>;
    }
    const last = path[path.length - 1]!;
    if (!parent) continue;
    if (replacement.kind === 'remove') {
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else Reflect.deleteProperty(parent, last);
    } else if (replacement.kind === 'value') parent[last] = replacement.value;
    else {
      // An own "__proto__" key, as JSON.parse makes it from a file: not the object's prototype.
      const target = parent[last];
      if (target && typeof target === 'object' && !Array.isArray(target)) {
        Object.defineProperty(target, '__proto__', { value: replacement.value, enumerable: true, configurable: true, writable: true });
      } else {
        parent[last] = JSON.parse(`{"__proto__": ${JSON.stringify(replacement.value ?? null)}}`);
      }
    }
  }
  return copy;
}

/** A small valid dataset to start from: a few roles of different kinds, with every other part whole. */
export function smallDataset(full: Dataset, ids: readonly string[]): Dataset {
  const roles = full.roles.filter((role) => ids.includes(role.id));
  return { ...full, roles, glossary: full.glossary.slice(0, 3) };
}

/**
 * Roles of every pay scale (and none), with and without a regulator, so the mutations reach every shape a widget
 * reads.
 */
export const SAMPLE_ROLE_IDS = ['paramedic', 'dentist', 'anaesthetist', 'podiatric-surgeon', 'osteopath', 'clinical-advisor', 'porter'] as const;
