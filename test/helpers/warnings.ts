import { forgetWarnings } from '../../src/shared/warn.js';

/**
 * Collects console warnings for each test of the suite it is called in, instead of printing them.
 * Each test starts as a fresh page would: warnings already given on this page are forgotten.
 */
export function captureWarnings(): { readonly messages: string[] } {
  const captured = { messages: [] as string[] };
  const original = console.warn;
  beforeEach(() => {
    forgetWarnings();
    captured.messages = [];
    console.warn = (...args: unknown[]) => captured.messages.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });
  return captured;
}
