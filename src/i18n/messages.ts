import type { PayWords } from '../data/pay.js';
import type { PatientContact, QualificationLevel } from '../data/types.js';

/**
 * Every string the widgets show, in one language. Role texts from the dataset are not here. The
 * words of a pay line (`PayWords`: bands, figures, nation and year, `notKnown`) come from the data
 * module, which writes the line.
 */
export interface Messages extends PayWords {
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
  findOutMore: (title: string) => string;
  onSource: string;
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
