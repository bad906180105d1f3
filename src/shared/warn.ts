// Shared by every copy of the library on the page (a page may load it twice), so each problem
// is told once per page, not once per copy.
const key = Symbol.for('nhs-role-widgets:warned');
const holder = globalThis as typeof globalThis & { [key]?: Set<string> };
const warned: Set<string> = (holder[key] ??= new Set<string>());

/** Warns in the console once per distinct message for the life of the page. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`nhs-role-widgets: ${message}`);
}

/** Forgets the warnings given so far. For tests, which each start as a fresh page would. */
export function forgetWarnings(): void {
  warned.clear();
}
