// Under `npm run mutate` only: Stryker has no runner for node:test, and one process per test file
// per mutant is far too slow on 2 cores, so Stryker runs the Node tests in process through Vitest.
// vitest.stryker.config.mjs points `node:test` here: the part of its API our tests use, on Vitest's.
import { afterAll, afterEach, beforeAll, beforeEach, describe, it, vi } from 'vitest';

export { afterEach, beforeEach, describe, it, it as test };
export const before = beforeAll;
export const after = afterAll;

type Method = (...args: never[]) => unknown;
export const mock = {
  method: <T extends object>(object: T, name: keyof T & string, implementation: Method) =>
    vi.spyOn(object as Record<string, Method>, name).mockImplementation(implementation),
  restoreAll: () => vi.restoreAllMocks(),
};
