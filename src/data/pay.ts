import { findPayBand } from './selectors.js';
import type { DatasetIndex, Pay } from './types.js';

/** A role's pay as figures: the range in pounds and the year and nation the figures apply to. */
export interface PayRange {
  scale: Pay['scale'];
  /** `"5"` or `"5 to 6"` for Agenda for Change; empty otherwise. */
  bands: string;
  min: number | null;
  max: number | null;
  year: string | null;
  nation: string | null;
  note: string | null;
}

export function payRange(dataset: DatasetIndex, pay: Pay): PayRange {
  const note = pay.note ?? null;
  if (pay.scale === 'agenda-for-change') {
    const scale = dataset.pay.agendaForChange;
    const from = findPayBand(dataset, pay.from);
    const to = findPayBand(dataset, pay.to);
    return {
      scale: pay.scale,
      bands: pay.from === pay.to ? pay.from : `${pay.from} to ${pay.to}`,
      min: from?.min ?? null,
      max: to?.max ?? null,
      year: scale.year,
      nation: scale.nation,
      note,
    };
  }
  if (pay.scale === 'medical') {
    const scale = dataset.pay.medical;
    const grades = scale.grades;
    return {
      scale: pay.scale,
      bands: '',
      min: grades.length ? Math.min(...grades.map((g) => g.min)) : null,
      max: grades.length ? Math.max(...grades.map((g) => g.max)) : null,
      year: scale.year,
      nation: scale.nation,
      note,
    };
  }
  return { scale: pay.scale, bands: '', min: null, max: null, year: null, nation: null, note };
}

/**
 * Whole pounds with thousands separators: "£31,049". Written out rather than through
 * toLocaleString, whose first call loads the browser's locale data: about 20 ms of a phone's main
 * thread, the largest single cost in a card's first render. Pay figures are whole pounds.
 */
export const formatPounds = (n: number): string => `£${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

/** The words a pay line is made of, in one language. The widgets pass their strings (`Messages`). */
export interface PayWords {
  payBands: (bands: string) => string;
  payRange: (min: string, max: string) => string;
  payWhere: (nation: string, year: string) => string;
  medicalPay: string;
  dentalPay: string;
  nations: Record<string, string>;
  notKnown: string;
}

/** The English words, for `formatPay` and the widgets' English strings alike. */
export const ENGLISH_PAY_WORDS: PayWords = {
  payBands: (bands) => `Band ${bands}`,
  payRange: (min, max) => `${min} to ${max}`,
  payWhere: (nation, year) => `${nation}, ${year}`,
  medicalPay: "Doctors' pay scale",
  dentalPay: "Dentists' pay",
  nations: { england: 'England', scotland: 'Scotland', wales: 'Wales', 'northern-ireland': 'Northern Ireland' },
  notKnown: 'Not known',
};

/** A role's pay as one line in the words given, e.g. "Band 5 to 6: £31,049 to £46,580 (England, 2025/26)". */
export function payLine(dataset: DatasetIndex, pay: Pay, words: PayWords): string {
  const range = payRange(dataset, pay);
  const figures = range.min !== null && range.max !== null ? words.payRange(formatPounds(range.min), formatPounds(range.max)) : '';
  const nation = range.nation && (Object.hasOwn(words.nations, range.nation) ? words.nations[range.nation] : range.nation);
  const where = range.year && nation ? ` (${words.payWhere(nation, range.year)})` : '';
  const withFigures = (label: string) => `${label}${figures ? `: ${figures}` : ''}${where}`;
  switch (range.scale) {
    case 'agenda-for-change':
      return withFigures(words.payBands(range.bands));
    case 'medical':
      return withFigures(words.medicalPay);
    case 'dental':
      return range.note ? `${words.dentalPay}: ${range.note}` : words.dentalPay;
    default:
      return range.note ?? words.notKnown;
  }
}

/** English text for a role's pay, e.g. "Band 5: £31,049 to £37,796 (England, 2025/26)". */
export const formatPay = (dataset: DatasetIndex, pay: Pay): string => payLine(dataset, pay, ENGLISH_PAY_WORDS);
