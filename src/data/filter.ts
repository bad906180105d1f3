import type { Band, PatientContact, QualificationLevel, Role } from './types.js';

/** Qualification levels from lowest to highest. */
export const QUALIFICATION_LEVELS: readonly QualificationLevel[] = ['none', 'gcse', 'a-level', 'degree', 'postgraduate'];
/** Agenda for Change bands from lowest to highest. */
export const BANDS: readonly Band[] = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'];

/** What a reader can narrow the roles by. Every field is optional; an empty filter keeps every role. */
export interface RoleFilter {
  category?: string;
  entryRoute?: string;
  /** The highest qualification the reader has or plans: roles needing more are left out. */
  qualification?: QualificationLevel;
  patientContact?: PatientContact;
  /** Roles whose Agenda for Change range reaches into this band range. */
  bandFrom?: Band;
  bandTo?: Band;
  /** `true`: only roles that need professional registration; `false`: only roles that do not. */
  registration?: boolean;
}

const bandIndex = (band: Band) => BANDS.indexOf(band);

/** Whether a role passes the filter. Unknown values (null) pass only filters that do not ask about them. */
export function matchesFilter(role: Role, filter: RoleFilter): boolean {
  if (filter.category && role.category !== filter.category) return false;
  if (filter.entryRoute && !role.entryRoutes?.includes(filter.entryRoute)) return false;
  if (filter.qualification) {
    if (role.minQualification === null) return false;
    if (QUALIFICATION_LEVELS.indexOf(role.minQualification) > QUALIFICATION_LEVELS.indexOf(filter.qualification)) return false;
  }
  if (filter.patientContact && role.patientContact !== filter.patientContact) return false;
  if (filter.bandFrom || filter.bandTo) {
    if (role.pay?.scale !== 'agenda-for-change') return false;
    const low = filter.bandFrom ? bandIndex(filter.bandFrom) : 0;
    const high = filter.bandTo ? bandIndex(filter.bandTo) : BANDS.length - 1;
    if (bandIndex(role.pay.to) < low || bandIndex(role.pay.from) > high) return false;
  }
  if (filter.registration !== undefined) {
    if (role.regulator === null) return false;
    if (filter.registration !== (role.regulator !== 'none')) return false;
  }
  return true;
}
