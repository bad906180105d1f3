/** How much of the working day a role spends with patients. */
export type PatientContact = 'a-lot' | 'some' | 'little';

/** The lowest qualification someone doing the job holds once trained. */
export type QualificationLevel = 'none' | 'gcse' | 'a-level' | 'degree' | 'postgraduate';

/** An Agenda for Change pay band. */
export type Band = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8a' | '8b' | '8c' | '8d' | '9';

export type Pay =
  | { scale: 'agenda-for-change'; from: Band; to: Band; note?: string }
  | { scale: 'medical' | 'dental'; note?: string }
  | { scale: 'other'; note: string };

/** One NHS role. `null` means "not known" throughout. */
export interface Role {
  id: string;
  title: string;
  alternativeTitles: string[];
  category: string;
  subArea: string | null;
  summary: string;
  work: string;
  workplaces: string[] | null;
  patientContact: PatientContact | null;
  entryRoutes: string[] | null;
  entryRequirements: string | null;
  minQualification: QualificationLevel | null;
  /** Organisation id of the regulator, `'none'` when no registration is needed, `null` when not known. */
  regulator: string | null;
  pay: Pay | null;
  relatedRoles: string[];
  organisations: string[];
  sources: string[];
  /** The date the facts were last checked, `YYYY-MM-DD`. */
  checked: string;
}

export interface Category {
  id: string;
  name: string;
  summary: string;
  url: string;
}

export interface EntryRoute {
  id: string;
  name: string;
  summary: string;
  /** What the route typically asks for. */
  asks: string;
  url: string | null;
}

export type OrganisationKind =
  | 'regulator'
  | 'accredited-register'
  | 'professional-body'
  | 'careers-service'
  | 'training-scheme'
  | 'jobs-board'
  | 'skills-body';

export interface Organisation {
  id: string;
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  summary: string;
  url: string | null;
  address?: string;
  nation?: 'uk' | 'england' | 'scotland' | 'wales' | 'northern-ireland';
}

export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
  seeAlso?: string[];
}

export interface PayBand {
  band: Band;
  min: number;
  max: number;
  note?: string;
}

export interface MedicalGrade {
  id: string;
  name: string;
  min: number;
  max: number;
  note?: string;
}

export interface PayScaleInfo {
  name: string;
  /** For example `2025/26`. */
  year: string;
  nation: Nation;
  sources: string[];
  checked: string;
}

export interface PayScales {
  agendaForChange: PayScaleInfo & { bands: PayBand[] };
  medical: PayScaleInfo & { grades: MedicalGrade[] };
}

/**
 * What lists, counts and links need of a role. The bundled data arrives in two parts: every
 * role's summary first (small, enough for a grid or a list of ways in), then a role's full
 * details when a card shows it. `sources` holds at least the first source, which links use.
 */
export type RoleSummary = Pick<Role, 'id' | 'title' | 'category' | 'subArea' | 'entryRoutes' | 'sources'>;

/**
 * What widgets that list roles need: every role's summary at least, with the categories, ways in,
 * organisations and pay they refer to. The bundled data arrives as this first; a full `Dataset`
 * is one too.
 */
export interface DatasetIndex<R extends RoleSummary = RoleSummary> {
  roles: readonly R[];
  categories: readonly Category[];
  entryRoutes: readonly EntryRoute[];
  organisations: readonly Organisation[];
  pay: PayScales;
}

/**
 * Everything the widgets show, every role in full, and the glossary (which no widget shows).
 * A host may supply its own through `<nhs-careers-provider src>`.
 */
export interface Dataset extends DatasetIndex<Role> {
  glossary: readonly GlossaryEntry[];
}

/** The four UK nations, as pay scales and organisations name them. */
export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';

/*
 * The fixed values widget attributes take. Properties are typed with them, so TypeScript, the
 * React wrappers, the JSX types and custom-elements.json all say what a widget accepts. Category
 * and entry-route ids stay `string`: they come from the dataset, which a host may replace.
 */

/** Heading levels a widget can take, so it fits the page's outline; as an attribute, the same as text. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;
/** A heading level as a property takes it: the number, or the attribute's text. */
export type HeadingLevelValue = 2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6';
/** A widget's look: `default` takes the host page's colours and font, `nhs` the NHS.UK palette; add `dark` for light text on a dark page. */
export type WidgetTheme = 'default' | 'nhs' | 'dark' | 'default dark' | 'nhs dark';
/** The role card's variants: `compact` for grids and lists, `full` for an article about one role. */
export type RoleCardVariant = 'compact' | 'full';
/** The explorer's registration filter. */
export type RegistrationFilter = 'required' | 'not-required';
