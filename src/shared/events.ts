/** Codes of the problems a widget reports through `nhs-error`. Each is documented in the README. */
export type NhsErrorCode =
  | 'unknown-role'
  | 'missing-role'
  | 'unknown-category'
  | 'unknown-route'
  | 'invalid-attribute'
  | 'dataset-unavailable'
  | 'dataset-invalid'
  | 'chunk-unavailable';

export interface NhsErrorDetail {
  code: NhsErrorCode;
  /** A sentence for developers, in English. */
  message: string;
  /** The value that caused the problem, when there is one. */
  value?: string;
}

export interface NhsRoleSelectDetail {
  /** The id of the chosen role. */
  role: string;
}

/** Dispatches a bubbling, composed event with a typed detail. */
export function emit<T>(target: EventTarget, type: string, detail: T, init: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { bubbles: true, composed: true, cancelable: init.cancelable ?? false, detail }));
}

/**
 * Opens or closes a role's card in a widget's set of open cards. Opening first asks the host
 * through a cancelable `nhs-role-select`; returns the new set, or undefined if the host said no.
 */
export function toggleRoleCard(host: HTMLElement, open: ReadonlySet<string>, id: string): Set<string> | undefined {
  const opening = !open.has(id);
  if (opening && !emit<NhsRoleSelectDetail>(host, 'nhs-role-select', { role: id }, { cancelable: true })) return undefined;
  const next = new Set(open);
  if (opening) next.add(id);
  else next.delete(id);
  return next;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nhs-error': CustomEvent<NhsErrorDetail>;
    'nhs-role-select': CustomEvent<NhsRoleSelectDetail>;
  }
}
