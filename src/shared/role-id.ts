/** The role a widget was asked to show, and the attribute that named it. */
export interface RequestedRole {
  /** The id as given. */
  value: string;
  /** The id to look up: trimmed, lower case. */
  id: string;
  /** `role` when the deprecated alias named it. */
  attribute: 'role-id' | 'role';
}

/**
 * The role a widget names: its `roleId` (the `role-id` attribute), else, while that is absent,
 * the `role` attribute the first previews used. `role` is only ever read from the attribute: the
 * widget declares no `role` property, so the element's ARIA `role` stays the browser's.
 */
export function requestedRole(host: Element, roleId: string | null | undefined): RequestedRole {
  const alias = roleId == null ? host.getAttribute('role') : null;
  const value = roleId ?? alias ?? '';
  return { value, id: value.trim().toLowerCase(), attribute: alias === null ? 'role-id' : 'role' };
}

/** The console warning for the alias; one sentence per kind of widget, so it is told once per page. */
export const ROLE_ALIAS_DEPRECATION =
  'names its role with role="…", which browsers, screen readers and accessibility checkers read as an ARIA role ' +
  '(and an invalid one). Use role-id="…" instead; role= still works but is deprecated.';
