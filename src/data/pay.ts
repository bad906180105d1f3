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

/** Pounds without pence, grouped the British way: £31,049. */
/**
 * Whole pounds with thousands separators: "£31,049". Written out rather than through
 * toLocaleString, whose first call loads the browser's locale data: about 20 ms of a phone's main
 * thread, the largest single cost in a card's first render. Pay figures are whole pounds.
 */
export const formatPounds = (n: number): string => `£${String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
// A Map, so a nation named `constructor` in a provider's dataset finds no name and is shown as given.
const nations = new Map([
  ['england', 'England'],
  ['scotland', 'Scotland'],
  ['wales', 'Wales'],
  ['northern-ireland', 'Northern Ireland'],
]);

/** English text for a role's pay, e.g. "Band 5: £31,049 to £37,796 (England, 2025/26)". */
export function formatPay(dataset: DatasetIndex, pay: Pay): string {
  const range = payRange(dataset, pay);
  const where = range.year && range.nation ? ` (${nations.get(range.nation) ?? range.nation}, ${range.year})` : '';
  const figures = range.min !== null && range.max !== null ? `${formatPounds(range.min)} to ${formatPounds(range.max)}` : '';
  switch (range.scale) {
    case 'agenda-for-change':
      return `Band ${range.bands}${figures ? `: ${figures}` : ''}${where}`;
    case 'medical':
      return `Doctors' pay scale${figures ? `: ${figures}` : ''}${where}`;
    case 'dental':
      return range.note ? `Dentists' pay: ${range.note}` : "Dentists' pay";
    default:
      return range.note ?? '';
  }
}
