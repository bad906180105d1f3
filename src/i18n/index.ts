import type { Language } from './language.js';
import { cy } from './cy.js';
import { en } from './en.js';
import type { Messages } from './messages.js';

export type { Messages };
export { languageOf, type Language } from './language.js';

/**
 * Names looked up by an id from a dataset (a category, a way in), kept without a
 * prototype: a provider's id such as `constructor` or `toString` then finds no name, and the
 * widget shows the dataset's own, instead of an Object method.
 */
const byId = (names: Record<string, string>): Record<string, string> => Object.assign(Object.create(null) as Record<string, string>, names);
const withNamesById = (m: Messages): Messages => ({ ...m, categoryNames: byId(m.categoryNames), routeNames: byId(m.routeNames) });

const tables: Record<Language, Messages> = { en: withNamesById(en), cy: withNamesById(cy) };
const pluralRules = new Map<Language, Intl.PluralRules>();

export const messagesFor = (language: Language): Messages => tables[language];

/** Picks the plural form for `n` in `language` through Intl.PluralRules, falling back to `other`. */
export function plural(
  language: Language,
  n: number,
  forms: Partial<Record<Intl.LDMLPluralRule, (n: number) => string>> & { other: (n: number) => string },
): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return (forms[rules.select(n)] ?? forms.other)(n);
}

const listFormats = new Map<Language, Intl.ListFormat>();

/** "A, B and C" in the reader's language. */
export function joinList(language: Language, items: string[]): string {
  // Browsers' Intl data often lacks Welsh and falls back to English "and", so Welsh is joined
  // here: "a", or "ac" before a vowel.
  if (language === 'cy') {
    if (items.length < 2) return items.join('');
    const last = items[items.length - 1]!;
    return `${items.slice(0, -1).join(', ')} ${/^[aeiouwyâêîôûŵŷ]/i.test(last) ? 'ac' : 'a'} ${last}`;
  }
  let format = listFormats.get(language);
  if (!format) {
    // British English: "A, B and C", without the serial comma.
    format = new Intl.ListFormat(language === 'en' ? 'en-GB' : language, { type: 'conjunction' });
    listFormats.set(language, format);
  }
  return format.format(items);
}
