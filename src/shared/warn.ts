const warned = new Set<string>();

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
