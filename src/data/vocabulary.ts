import vocabularyJson from '../../data/vocabulary.json';
import type { RoleFilter } from './filter.js';
import { normalise, stem, welshForms } from './words.js';

/** A text in both languages the widgets speak. */
export interface BilingualText {
  en: string;
  cy: string;
}

/** Words in each language; Welsh words also match in their mutated forms. */
export interface LanguageTerms {
  en?: string[];
  cy?: string[];
}

/** A reader's word or phrase and the roles it means, by their properties and words. */
export interface VocabularyEntry {
  id: string;
  terms: LanguageTerms;
  /** Where the Welsh terms were checked, or `ours` when no public page was found. */
  cySource?: string | string[];
  /** Terms that are abbreviations: matched whole, never as the start of a word or a typo. */
  abbreviations?: string[];
  /** Terms that count only when typed in capitals ("IT", not the word "it"). */
  capitalsOnly?: string[];
  find: {
    categories?: string[];
    subAreas?: string[];
    /** Words or phrases looked for in role titles, alternative titles and texts. */
    words?: string[];
  };
  sources?: string[];
  note?: string;
}

/** A phrase in the query that becomes a filter, or that the data cannot answer yet. */
export interface IntentDefinition {
  id: string;
  label: BilingualText;
  phrases: LanguageTerms;
  cySource?: string | string[];
  filter?: RoleFilter;
  /** Recognised, but the data has nothing to filter on yet (working patterns). */
  unsupported?: boolean;
  /** The UK nation the reader asked about. */
  nation?: 'england' | 'scotland' | 'wales' | 'northern-ireland';
}

export interface Vocabulary {
  checked?: string;
  stopWords: LanguageTerms;
  entries: VocabularyEntry[];
  intents: IntentDefinition[];
}

/** The vocabulary that ships, validated by data/schema/vocabulary.schema.json in `npm test`. */
export const vocabulary = vocabularyJson as Vocabulary;

/** One way of writing a term, as stems, with what it leads to. */
export interface CompiledTerm<T> {
  stems: string[];
  /** Normalised words, before stemming (intents compare these: "no nights" is not "no night"). */
  words: string[];
  capitalsOnly: boolean;
  target: T;
}

/** Terms by their first stem, longest first, so "meddyg teulu" wins over "meddyg". */
export type TermTable<T> = Map<string, CompiledTerm<T>[]>;

/** Every spelling of a term: as written, and for Welsh its first word's mutations. */
function spellings(term: string, welsh: boolean): string[][] {
  const words = normalise(term).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  if (!welsh) return [words];
  return welshForms(words[0]!).map((first) => [first, ...words.slice(1)]);
}

export function compileTerms<T>(items: readonly { terms: LanguageTerms; capitals?: readonly string[]; target: T }[]): TermTable<T> {
  const table: TermTable<T> = new Map();
  for (const { terms, capitals, target } of items) {
    const capitalised = new Set((capitals ?? []).map((t) => normalise(t)));
    for (const [language, list] of Object.entries(terms) as [keyof LanguageTerms, string[]][]) {
      for (const term of list) {
        for (const words of spellings(term, language === 'cy')) {
          const compiled = { stems: words.map(stem), words, capitalsOnly: capitalised.has(words.join(' ')), target };
          const key = compiled.stems[0]!;
          const list = table.get(key) ?? [];
          list.push(compiled);
          table.set(key, list);
        }
      }
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return table;
}

/** Stop words of both languages, normalised: a query may mix them. */
const stopWordSets = new WeakMap<Vocabulary, Set<string>>();
export function stopWordsOf(v: Vocabulary): Set<string> {
  let set = stopWordSets.get(v);
  if (!set) stopWordSets.set(v, (set = new Set([...(v.stopWords.en ?? []), ...(v.stopWords.cy ?? [])].map((w) => normalise(w)))));
  return set;
}

/** Abbreviations named by the vocabulary, normalised: they are never matched as typos or prefixes. */
export const abbreviationsOf = (v: Vocabulary): Set<string> => new Set(v.entries.flatMap((e) => e.abbreviations ?? []).map((a) => normalise(a)));
