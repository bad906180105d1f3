import type { PatientContact, QualificationLevel } from '../data/types.js';

/** Every string the widgets show, in one language. Role texts from the dataset are not here. */
export interface Messages {
  loading: string;
  waysIn: string;
  whatTheWorkInvolves: string;
  whereYouCouldWork: string;
  entryRequirements: string;
  minimumQualification: string;
  pay: string;
  registration: string;
  registersWith: (name: string) => string;
  noRegistration: string;
  relatedRoles: string;
  patientContact: string;
  notKnown: string;
  findOutMore: (title: string) => string;
  onSource: string;
  credit: string;
  payBands: (bands: string) => string;
  payRange: (min: string, max: string) => string;
  payWhere: (nation: string, year: string) => string;
  medicalPay: string;
  dentalPay: string;
  nations: Record<string, string>;
  contact: Record<PatientContact, string>;
  qualifications: Record<QualificationLevel, string>;
  categoryNames: Record<string, string>;
  routeNames: Record<string, string>;
  showRoles: (count: string) => string;
  hideRoles: string;
  rolesIn: (category: string) => string;
  categoriesLabel: string;
  filteredBy: (route: string) => string;
  noRolesOnRoute: string;
  waysInto: (title: string) => string;
  whatItAsks: string;
  exampleRoles: string;
  rolesThrough: (route: string) => string;
  entryRoutesLabel: string;
  showingAll: string;
  errors: {
    unknownCategory: (id: string) => string;
    unknownRoute: (id: string) => string;
    unknownRole: (id: string) => string;
    missingRole: string;
    datasetUnavailable: string;
    providerFallback: string;
  };
  roleCount: Partial<Record<Intl.LDMLPluralRule, (n: number) => string>> & { other: (n: number) => string };
}
