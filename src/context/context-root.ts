import { ContextRoot } from '@lit/context';

const rootKey = Symbol.for('nhs-role-widgets:context-root');

/** Lets widgets that asked for data before their provider was defined get an answer once it is. Once per page. */
export function attachContextRoot(): void {
  // Server rendering (Node) has no document: there is nothing to attach to, and no late providers.
  if (typeof document === 'undefined') return;
  const holder = document as Document & { [rootKey]?: ContextRoot };
  if (holder[rootKey]) return;
  holder[rootKey] = new ContextRoot();
  holder[rootKey].attach(document.documentElement);
}
