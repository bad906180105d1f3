import type { AgendaForChangeTable, Band, DatasetIndex, MedicalPayTable, Nation, NationPay, Pay, PayScaleName } from './types.js';

/** The four nations, in the order the widgets list them. */
export const NATIONS: readonly Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];

/** Whose figures a widget shows when nothing names a nation, and whose stand in for a nation without a table. */
export const DEFAULT_NATION: Nation = 'england';

export const isNation = (value: unknown): value is Nation => NATIONS.includes(value as Nation);

/** A nation's table for one scale, or `undefined` when none was published (or found). */
export const payTable = <S extends PayScaleName>(dataset: DatasetIndex, nation: Nation, scale: S): NationPay[S] | undefined =>
  dataset.pay?.[nation]?.[scale];

/** Every table in the dataset, nation by nation, for lists and reports. */
export function payTables(dataset: DatasetIndex): Array<AgendaForChangeTable | MedicalPayTable> {
  return NATIONS.flatMap((nation) => {
    const tables = dataset.pay?.[nation] ?? {};
    return [tables.agendaForChange, tables.residentDoctors, tables.consultants].filter((table) => table !== undefined);
  });
}

/** A range in pounds and the table it was read from. */
export interface PayFigures {
  min: number;
  max: number;
  /** The financial year of the table, e.g. `2025/26`. */
  year: string;
  /** The nation whose table gave the figures. */
  nation: Nation;
  /** True when the nation asked for has no figures here, so England's are given (and named). */
  fallback: boolean;
}

/** A role's pay as figures for one nation. */
export interface PayRange {
  scale: Pay['scale'];
  /** `"5"` or `"5 to 6"` for Agenda for Change; empty otherwise. */
  bands: string;
  /** Agenda for Change: the band range; doctors: the resident doctors' grades. `null` when no table has them. */
  figures: PayFigures | null;
  /** Doctors only: the consultants' scale. */
  consultants: PayFigures | null;
  /** The nation asked for. */
  nation: Nation;
  note: string | null;
}

type Span = { min: number; max: number } | null;

const bandSpan = (table: AgendaForChangeTable, from: Band, to: Band): Span => {
  const low = table.bands.find((b) => b.band === from);
  const high = table.bands.find((b) => b.band === to);
  return low && high ? { min: low.min, max: high.max } : null;
};

const gradeSpan = (table: MedicalPayTable): Span =>
  table.grades.length ? { min: Math.min(...table.grades.map((g) => g.min)), max: Math.max(...table.grades.map((g) => g.max)) } : null;

/** The nation's figures, else England's marked as a fallback, else null. */
function figuresFor<S extends PayScaleName>(
  dataset: DatasetIndex,
  nation: Nation,
  scale: S,
  span: (table: NonNullable<NationPay[S]>) => Span,
): PayFigures | null {
  for (const where of nation === DEFAULT_NATION ? [nation] : [nation, DEFAULT_NATION]) {
    const table = payTable(dataset, where, scale);
    const found = table ? span(table as NonNullable<NationPay[S]>) : null;
    if (table && found) return { ...found, year: table.year, nation: where, fallback: where !== nation };
  }
  return null;
}

/** A role's pay in figures for a nation (England when none is given). */
export function payRange(dataset: DatasetIndex, pay: Pay, nation: Nation = DEFAULT_NATION): PayRange {
  const range: PayRange = { scale: pay.scale, bands: '', figures: null, consultants: null, nation, note: pay.note ?? null };
  if (pay.scale === 'agenda-for-change') {
    range.bands = pay.from === pay.to ? pay.from : `${pay.from} to ${pay.to}`;
    range.figures = figuresFor(dataset, nation, 'agendaForChange', (table) => bandSpan(table, pay.from, pay.to));
  } else if (pay.scale === 'medical') {
    range.figures = figuresFor(dataset, nation, 'residentDoctors', gradeSpan);
    range.consultants = figuresFor(dataset, nation, 'consultants', gradeSpan);
  }
  return range;
}

/**
 * Whole pounds with thousands separators: "£31,049". Written out rather than through
 * toLocaleString, whose first call loads the browser's locale data: about 20 ms of a phone's main
 * thread, the largest single cost in a card's first render. Pay figures are whole pounds.
 */
export const formatPounds = (n: number): string => `£${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

/** The words pay is told in; the widgets' messages in each language provide them. */
export interface PayWording {
  /** "Band 5", "Band 5 to 6". */
  payBands: (bands: string) => string;
  payRange: (min: string, max: string) => string;
  /** Which table the figures come from: "England, 2025/26". */
  payWhere: (nation: string, year: string) => string;
  /** Added when a nation's own figures are missing and England's are shown. */
  payFallback: (nation: string) => string;
  medicalPay: string;
  residentDoctorsPay: string;
  consultantsPay: string;
  dentalPay: string;
  nations: Record<Nation, string>;
}

export const englishPayWording: PayWording = {
  payBands: (bands) => `Band ${bands}`,
  payRange: (min, max) => `${min} to ${max}`,
  payWhere: (nation, year) => `${nation}, ${year}`,
  payFallback: (nation) => `no figures for ${nation} in our data`,
  medicalPay: "Doctors' pay",
  residentDoctorsPay: 'Doctors in training',
  consultantsPay: 'consultants',
  dentalPay: "Dentists' pay",
  nations: { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' },
};

/** "£31,049 to £37,796 (England, 2025/26)", naming the nation asked for when England's figures stand in. */
function describeFigures(w: PayWording, figures: PayFigures, asked: Nation): string {
  const where = w.payWhere(w.nations[figures.nation], figures.year);
  const fallback = figures.fallback ? `; ${w.payFallback(w.nations[asked])}` : '';
  return `${w.payRange(formatPounds(figures.min), formatPounds(figures.max))} (${where}${fallback})`;
}

/**
 * A role's pay as text in the given wording, every figure naming its nation and year:
 * "Band 5: £31,049 to £37,796 (England, 2025/26)". Empty for an `other` scale without a note.
 */
export function describePay(w: PayWording, dataset: DatasetIndex, pay: Pay, nation: Nation = DEFAULT_NATION): string {
  const range = payRange(dataset, pay, nation);
  switch (range.scale) {
    case 'agenda-for-change': {
      const bands = w.payBands(range.bands);
      return range.figures ? `${bands}: ${describeFigures(w, range.figures, nation)}` : bands;
    }
    case 'medical': {
      const parts = [
        range.figures && `${w.residentDoctorsPay}: ${describeFigures(w, range.figures, nation)}`,
        range.consultants && `${w.consultantsPay}: ${describeFigures(w, range.consultants, nation)}`,
      ].filter(Boolean);
      return parts.length ? parts.join('; ') : w.medicalPay;
    }
    case 'dental':
      return range.note ? `${w.dentalPay}: ${range.note}` : w.dentalPay;
    default:
      return range.note ?? '';
  }
}

/** English text for a role's pay in a nation, e.g. "Band 5: £31,049 to £37,796 (England, 2025/26)". */
export const formatPay = (dataset: DatasetIndex, pay: Pay, nation: Nation = DEFAULT_NATION): string =>
  describePay(englishPayWording, dataset, pay, nation);
