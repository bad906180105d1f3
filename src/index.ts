/**
 * nhs-role-widgets: registers every element. Import this module (or load the bundle) once per page.
 * @packageDocumentation
 */
export { NhsRoleCard } from './components/role-card/role-card.js';
export type { NhsRoleSelectDetail } from './components/role-card/role-card.js';
export type { NhsErrorCode, NhsErrorDetail } from './shared/events.js';
export { VERSION } from './version.js';
