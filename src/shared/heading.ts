import { literal, type StaticValue } from 'lit/static-html.js';
import type { HeadingLevel } from '../data/types.js';

const HEADINGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** A heading level from an attribute: whole numbers 2 to 6; anything else falls back. */
export function clampHeadingLevel(value: unknown, fallback: number): number {
  // Number(), not parseInt: "2.5" and "3px" are not heading levels.
  const level = typeof value === 'number' ? value : Number(String(value ?? '').trim() || Number.NaN);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : fallback;
}

/** The tag for a heading level, for `html` from lit/static-html.js; levels past 6 stay at 6. */
export const headingTag = (level: number): StaticValue => HEADINGS[Math.min(Math.max(level, 2), 6)]!;

/** The level for a nested widget's `heading-level`, kept within 2 to 6 (a card under an h6 uses h6). */
export const nestedHeadingLevel = (level: number): HeadingLevel => Math.min(Math.max(Math.round(level), 2), 6) as HeadingLevel;
