/** Codes of the problems a widget reports through `nhs-error`. Each is documented in the README. */
export type NhsErrorCode =
  | 'unknown-role'
  | 'missing-role'
  | 'unknown-category'
  | 'unknown-route'
  | 'invalid-attribute'
  | 'dataset-unavailable'
  | 'dataset-invalid';

export interface NhsErrorDetail {
  code: NhsErrorCode;
  /** A sentence for developers, in English. */
  message: string;
  /** The value that caused the problem, when there is one. */
  value?: string;
}

/** Dispatches a bubbling, composed event with a typed detail. */
export function emit<T>(target: EventTarget, type: string, detail: T, init: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { bubbles: true, composed: true, cancelable: init.cancelable ?? false, detail }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nhs-error': CustomEvent<NhsErrorDetail>;
  }
}
