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
  /*
   * The fields below come with the re-check (data/README.md, "Re-checked roles"): a role that
   * carries `provenance` has all of them (null where no source states the fact); roles not yet
   * re-checked leave them out.
   */
  /** The role's own page on NHS Health Careers, when it has one (a link to read more; facts cite `provenance`). */
  nhsHealthCareersPage?: string;
  /** The NHS Health Careers role this finer role of ours belongs to (its title there), or null. */
  nhsHealthCareersGroup?: string | null;
  /** Organisation id of a voluntary (accredited) register people in the role may join; the statutory one is `regulator`. */
  voluntaryRegister?: string | null;
  /** Present and true for a volunteer role. */
  volunteer?: true;
  /** Present and true when most people doing the job work outside the NHS and NHS-funded services. */
  mostlyOutsideNhs?: true;
  /** 3 to 6 ids from the skills vocabulary (`skills` in the data module). */
  skills?: string[] | null;
  workingPattern?: WorkingPattern | null;
  /** Roles one step up, with the band they are usually paid at. */
  nextRoles?: NextRole[] | null;
  /** School subjects that help, by qualification. */
  subjects?: SubjectAdvice[] | null;
  /** The apprenticeship standard of each apprenticeship route. */
  apprenticeshipStandards?: ApprenticeshipStandard[] | null;
  /** What a new starter must have, as sources state. */
  checks?: StarterChecks | null;
  /** How training is paid for, per entry route and nation. */
  funding?: TrainingFunding[] | null;
  /** Published staff figures for the role. */
  workforce?: WorkforceFigure[];
  /** Where each fact was checked. */
  provenance?: Provenance;
}

/** A fact's sources: ids of `Provenance.sources`, or `'unverified'` when no source checked states it. */
export type FactSource = readonly string[] | 'unverified';

export interface ProvenanceSource {
  /** Short id the facts refer to, e.g. `nhshc`. */
  id: string;
  url: string;
  /** The page's name, e.g. "NHS Health Careers: Pharmacy technician". */
  name: string;
  /** The date the page was read for this role, `YYYY-MM-DD`. */
  checked: string;
}

export interface Provenance {
  sources: ProvenanceSource[];
  facts: {
    title: FactSource;
    category: FactSource;
    subArea: FactSource;
    pay: FactSource;
    regulator: FactSource;
    minQualification: FactSource;
    /** One per entry route id of the role. */
    entryRoutes: Record<string, FactSource>;
  } & Partial<Record<'voluntaryRegister' | 'nhsHealthCareersGroup' | 'volunteer' | 'mostlyOutsideNhs' | 'skills' | 'workingPattern' | 'nextRoles' | 'subjects' | 'apprenticeshipStandards' | 'checks' | 'funding' | 'workforce', FactSource>>;
}

/** Each flag is true, false, or null when no source says. */
export interface WorkingPattern {
  /** Typical weekly hours of a full-time post, e.g. `{ from: 37.5, to: 37.5 }`. */
  hoursPerWeek: { from: number; to: number } | null;
  shifts: boolean | null;
  nights: boolean | null;
  weekends: boolean | null;
  onCall: boolean | null;
  /** Part-time or flexible work is common. */
  partTimeCommon: boolean | null;
}

export interface NextRole {
  /** Role id. */
  role: string;
  /** The Agenda for Change band the step is usually paid at, or null (another scale, or not stated). */
  band: Band | null;
}

/** `scottish-school`: subjects a Scottish source names without saying at which level. */
export type SubjectQualification = 'gcse' | 'a-level' | 't-level' | 'scottish-national-5' | 'scottish-higher' | 'scottish-school' | 'welsh-baccalaureate';

export interface SubjectAdvice {
  qualification: SubjectQualification;
  /** Subject ids, e.g. `maths`, `chemistry`, `t-level-health`; `any` when a source asks for no particular subject. */
  subjects: string[];
}

export interface ApprenticeshipStandard {
  /** The Institute for Apprenticeships reference, e.g. `ST0300`, or null when the page seen does not give it. */
  reference: string | null;
  title: string;
  /** Apprenticeship level 2 to 7, or null when not stated. */
  level: number | null;
  /** The standard's official page. */
  url: string;
  /** For a framework of one nation (Wales, Northern Ireland); absent for England's standards. */
  nation?: Nation;
}

export interface StarterChecks {
  /** `enhanced`: enhanced DBS check (PVG in Scotland, enhanced AccessNI in Northern Ireland). */
  criminalRecord: 'enhanced' | 'standard' | 'basic' | 'level-not-stated' | 'none' | null;
  drivingLicence: boolean | null;
  /** Occupational health clearance and immunisations. */
  occupationalHealth: boolean | null;
  physicalFitness: boolean | null;
}

export type FundingKind =
  | 'paid-apprenticeship'
  | 'salaried-training-post'
  | 'nhs-learning-support-fund'
  | 'student-finance'
  | 'nhs-wales-bursary'
  | 'tuition-paid-scotland'
  | 'employer-funded';

export interface TrainingFunding {
  /** Entry route id. */
  route: string;
  nations: Nation[];
  kind: FundingKind;
  /** Conditions in plain words, e.g. a bursary's duty to work in Wales. */
  conditions?: string;
}

/** A published workforce figure, never an estimate. */
export interface WorkforceFigure {
  measure: 'staff-in-post-fte' | 'staff-in-post-headcount' | 'vacancy-rate-percent' | 'registrants-headcount';
  value: number;
  /** The month the figure describes, `YYYY-MM`, or the year alone when the source gives no month. */
  period: string;
  nation: Nation | 'uk';
  /** What is counted, e.g. "NHS trusts and ICBs". */
  scope: string;
  source: string;
  checked: string;
}

/** One skill of the shared vocabulary (data/skills.json). */
export interface Skill {
  id: string;
  label: { en: string; cy: string };
  description: { en: string; cy: string };
}

export interface Category {
  id: string;
  name: string;
  summary: string;
  url: string;
  /** Published staff figures for the category, when a source gives them. */
  workforce?: WorkforceFigure[];
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
