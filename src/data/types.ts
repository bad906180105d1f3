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
  nation?: 'uk' | Nation;
}

export interface GlossaryEntry {
  id: string;
  term: string;
  definition: string;
  seeAlso?: string[];
}

/** The four UK nations, each with its own NHS pay tables. */
export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';

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

/** Where a pay table comes from and which year and nation its figures apply to. */
export interface PayTableInfo {
  name: string;
  /** The financial year from 1 April the figures apply to, for example `2026/27`. */
  year: string;
  nation: Nation;
  /** Public pages that state the figures. */
  sources: string[];
  /** When the figures were last compared with the sources, `YYYY-MM-DD`. */
  checked: string;
  note?: string;
}

export interface AgendaForChangeTable extends PayTableInfo {
  /** The bands the sources give; a band left out has no published figure for this nation in our data. */
  bands: PayBand[];
}

export interface MedicalPayTable extends PayTableInfo {
  grades: MedicalGrade[];
}

/** The pay tables published for one nation; a scale is left out when no table was found. */
export interface NationPay {
  agendaForChange?: AgendaForChangeTable;
  residentDoctors?: MedicalPayTable;
  consultants?: MedicalPayTable;
}

/** Which tables a nation may hold. */
export type PayScaleName = keyof NationPay;

/** Every nation's pay tables. */
export type PayScales = Record<Nation, NationPay>;

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

/**
 * A dataset a host gives `<nhs-careers-provider>` (its `data` property, or the JSON at `src`): a
 * whole `Dataset`, or `roles` alone with any other parts, the bundled ones standing in for the
 * rest. It is checked before use (see `checkDataset`).
 */
export type HostDataset = Pick<Dataset, 'roles'> & Partial<Dataset>;
