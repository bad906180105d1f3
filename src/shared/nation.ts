import { DEFAULT_NATION, isNation } from '../data/pay.js';
import type { Nation } from '../data/types.js';
import type { Language } from '../i18n/language.js';

/** What a widget's `nation` resolves to, and whether the attribute held something unknown. */
export interface NationChoice {
  nation: Nation;
  /** True when the attribute was set to a value that is not a nation (the default is used). */
  invalid: boolean;
}

/** The attribute's words, forgiving case and spaces: "Northern Ireland" and "northern-ireland" both work. */
export const nationFromText = (text: string): Nation | undefined => {
  const word = text.trim().toLowerCase().replace(/\s+/g, '-');
  return isNation(word) ? word : undefined;
};

/**
 * Whose pay a widget shows: its own `nation` attribute; else the provider's; else Wales on a
 * Welsh-language page and England everywhere else. An attribute that names no nation is reported
 * by the caller and the same default is used.
 */
export function resolveNation(attribute: string | null | undefined, language: Language, provided?: Nation): NationChoice {
  const fallback: Nation = provided ?? (language === 'cy' ? 'wales' : DEFAULT_NATION);
  if (attribute === null || attribute === undefined) return { nation: fallback, invalid: false };
  const named = nationFromText(attribute);
  return named ? { nation: named, invalid: false } : { nation: fallback, invalid: true };
}
