import type { PayWording } from '../data/pay.js';
import type { PatientContact, QualificationLevel } from '../data/types.js';

/** Every string the widgets show, in one language. Role texts from the dataset are not here. */
export interface Messages extends PayWording {
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
  /** After the link text, for screen readers: where the link goes (" on NHS Health Careers"); English names may start with "the ". */
  onSite: (name: string) => string;
  credit: string;
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
  comparing: (titles: string) => string;
  compareNeedsRoles: string;
  searchLabel: string;
  searchHint: string;
  filters: string;
  categoryLabel: string;
  anyCategory: string;
  anyRoute: string;
  qualificationLabel: string;
  anyValue: string;
  bandFromLabel: string;
  bandToLabel: string;
  registrationEither: string;
  registrationNeeded: string;
  clearFilters: string;
  resultsFound: (count: string) => string;
  /** Heading of the filters read from the search words ("no degree", "band 5"). */
  searchFilters: string;
  /** Announced with the results: the filters read from the search words. */
  searchFiltersApplied: (labels: string) => string;
  removeSearchFilter: (label: string) => string;
  /** After an intent the data cannot answer yet (part-time, no nights). */
  searchFilterNoData: string;
  /** After a nation ("in Wales"): roles are not marked by nation. */
  searchFilterNation: string;
  noResults: string;
  trySuggestions: string;
  showMore: (count: number) => string;
  addToComparison: string;
  /** How many roles are chosen, of the most that can be compared. */
  comparisonChosen: (count: number, max: number) => string;
  compareChosen: string;
  /** Said when a reader tries to choose more than `max` roles to compare. */
  compareLimit: (max: number) => string;
  clearComparison: string;
  finderTitle: string;
  finderPrivacy: string;
  questionProgress: (n: number, total: number) => string;
  back: string;
  next: string;
  seeSuggestions: string;
  suggestionsHeading: string;
  because: (reasons: string) => string;
  readAbout: (title: string) => string;
  startAgain: string;
  noSuggestions: string;
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
