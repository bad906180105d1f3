const warned = new Set<string>();

/** Warns in the console once per distinct message for the life of the page. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`nhs-role-widgets: ${message}`);
}
