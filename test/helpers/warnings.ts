/** Collects console warnings for each test of the suite it is called in, instead of printing them. */
export function captureWarnings(): { readonly messages: string[] } {
  const captured = { messages: [] as string[] };
  const original = console.warn;
  beforeEach(() => {
    captured.messages = [];
    console.warn = (...args: unknown[]) => captured.messages.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = original;
  });
  return captured;
}
