import type { RoleFilter } from './filter.js';
import { BANDS } from './filter.js';
import type { Band } from './types.js';
import {
  abbreviationsOf,
  compileTerms,
  stopWordsOf,
  vocabulary as shippedVocabulary,
  type BilingualText,
  type CompiledTerm,
  type IntentDefinition,
  type TermTable,
  type Vocabulary,
  type VocabularyEntry,
} from './vocabulary.js';
import { editDistance, normalise, stem } from './words.js';

/*
 * A query as the reader typed it, read into what search needs: the intents that become filters
 * ("no degree", "band 5", "in Wales"), the reader's words mapped through the vocabulary
 * ("teeth" to the dental team), and the words left to look for in the roles.
 */

/** One word of the query as search sees it. */
export interface QueryToken {
  /** Normalised, before stemming. */
  word: string;
  stem: string;
  /** Typed in capitals ("IT", "ODP"): an abbreviation, never a stop word. */
  capitals: boolean;
  /** Which whitespace-separated word of the query it came from. */
  source: number;
}

/** An intent found in the query. */
export interface AppliedIntent {
  id: string;
  label: BilingualText;
  /** The filter it applies; absent when the data cannot answer it yet or it names a nation. */
  filter?: RoleFilter;
  unsupported?: boolean;
  nation?: IntentDefinition['nation'];
  /** The whitespace-separated words of the query it was read from. */
  sources: number[];
}

/** What to look for: one word of the query, or a vocabulary term standing for several roles. */
export interface Concept {
  /** The query's words, as stems. */
  stems: string[];
  /** The query word as typed, normalised (typos are compared with it too). */
  word: string;
  entry?: VocabularyEntry;
  /** An abbreviation: matched whole only. */
  exact: boolean;
}

export interface ParsedQuery {
  intents: AppliedIntent[];
  concepts: Concept[];
}

interface CompiledVocabulary {
  stopWords: Set<string>;
  abbreviations: Set<string>;
  terms: TermTable<VocabularyEntry>;
  intents: TermTable<IntentDefinition>;
  /** Single-word terms of six letters or more, for a typo in a vocabulary word ("dannnedd"). */
  longTerms: CompiledTerm<VocabularyEntry>[];
}

const compiled = new WeakMap<Vocabulary, CompiledVocabulary>();
export function compileVocabulary(v: Vocabulary): CompiledVocabulary {
  let c = compiled.get(v);
  if (!c) {
    const terms = compileTerms(v.entries.map((entry) => ({ terms: entry.terms, capitals: entry.capitalsOnly, target: entry })));
    c = {
      stopWords: stopWordsOf(v),
      abbreviations: abbreviationsOf(v),
      terms,
      intents: compileTerms(v.intents.map((intent) => ({ terms: intent.phrases, target: intent }))),
      longTerms: [...terms.values()].flat().filter((t) => t.stems.length === 1 && t.words[0]!.length >= 6),
    };
    compiled.set(v, c);
  }
  return c;
}

const CAPITALS = /^[A-Z][A-Z0-9&]*[A-Z0-9]$/;

/** The query's words, normalised and stemmed, each knowing which typed word it came from. */
export function queryTokens(query: string): QueryToken[] {
  const out: QueryToken[] = [];
  query
    .trim()
    .split(/\s+/)
    .forEach((typed, source) => {
      const capitals = CAPITALS.test(typed.replace(/[^A-Za-z0-9&]/g, ''));
      for (const word of normalise(typed).split(' ')) if (word) out.push({ word, stem: stem(word), capitals, source });
    });
  return out;
}

/** The longest term of `table` starting at `tokens[at]`, compared by `key`. */
function longestMatch<T>(table: TermTable<T>, tokens: readonly QueryToken[], at: number, key: 'word' | 'stem'): CompiledTerm<T> | undefined {
  const first = tokens[at]!;
  const candidates = table.get(key === 'stem' ? first.stem : stem(first.word));
  return candidates?.find(
    (term) =>
      at + term.stems.length <= tokens.length &&
      (!term.capitalsOnly || first.capitals) &&
      term.stems.every((s, i) => (key === 'stem' ? tokens[at + i]!.stem === s : tokens[at + i]!.word === term.words[i])),
  );
}

/** "band 5", "band 8a", "AfC band 3", "band5": the Agenda for Change band asked for, and how many tokens it took. */
function bandAt(tokens: readonly QueryToken[], at: number): { band: Band; length: number } | undefined {
  const word = (i: number) => tokens[i]?.word;
  let i = at;
  if (word(i) === 'afc') i += 1;
  else if (word(i) === 'agenda' && word(i + 1) === 'for' && word(i + 2) === 'change') i += 3;
  const joined = /^band(\d|8[a-d])$/.exec(word(i) ?? '');
  if (joined) return { band: joined[1] as Band, length: i - at + 1 };
  const next = word(i + 1);
  if (word(i) === 'band' && next !== undefined && (BANDS as readonly string[]).includes(next)) return { band: next as Band, length: i - at + 2 };
  return undefined;
}

/**
 * Reads a query: intents first (longest phrase wins), then vocabulary terms, then the words left,
 * without stop words. Nothing here looks at roles.
 */
export function parseQuery(query: string, v: Vocabulary = shippedVocabulary): ParsedQuery {
  const c = compileVocabulary(v);
  const tokens = queryTokens(query);
  const intents: AppliedIntent[] = [];
  const left: QueryToken[] = [];
  for (let at = 0; at < tokens.length; ) {
    const band = bandAt(tokens, at);
    if (band) {
      const sources = [...new Set(tokens.slice(at, at + band.length).map((t) => t.source))];
      intents.push({ id: `band-${band.band}`, label: { en: `Band ${band.band}`, cy: `Band ${band.band}` }, filter: { bandFrom: band.band, bandTo: band.band }, sources });
      at += band.length;
      continue;
    }
    const intent = longestMatch(c.intents, tokens, at, 'word');
    if (intent) {
      const { id, label, filter, unsupported, nation } = intent.target;
      const sources = [...new Set(tokens.slice(at, at + intent.stems.length).map((t) => t.source))];
      const found = intents.find((i) => i.id === id);
      if (found) found.sources.push(...sources);
      else intents.push({ id, label, ...(filter ? { filter } : {}), ...(unsupported ? { unsupported } : {}), ...(nation ? { nation } : {}), sources });
      at += intent.stems.length;
      continue;
    }
    left.push(tokens[at]!);
    at += 1;
  }
  const concepts: Concept[] = [];
  for (let at = 0; at < left.length; ) {
    const token = left[at]!;
    const term = longestMatch(c.terms, left, at, 'stem') ?? typoTerm(c, token);
    if (term) {
      const span = left.slice(at, at + term.stems.length);
      concepts.push({ stems: span.map((t) => t.stem), word: span.map((t) => t.word).join(' '), entry: term.target, exact: c.abbreviations.has(term.words.join(' ')) });
      at += term.stems.length;
      continue;
    }
    if (!c.stopWords.has(token.word) || token.capitals) {
      concepts.push({ stems: [token.stem], word: token.word, exact: token.capitals || c.abbreviations.has(token.word) });
    }
    at += 1;
  }
  return { intents, concepts };
}

/** A vocabulary word typed with one slip ("dannnedd", "babys"): long words only, never abbreviations. */
function typoTerm(c: CompiledVocabulary, token: QueryToken): CompiledTerm<VocabularyEntry> | undefined {
  if (token.word.length < 6 || token.capitals) return undefined;
  return c.longTerms.find((t) => !t.capitalsOnly && editDistance(token.word, t.words[0]!, 1) <= 1);
}

/** The query without the words an intent was read from: what remains when the reader removes that filter. */
export function withoutIntent(query: string, intent: Pick<AppliedIntent, 'sources'>): string {
  return query
    .trim()
    .split(/\s+/)
    .filter((_, i) => !intent.sources.includes(i))
    .join(' ');
}

/** The filters of the intents that have one. */
export const intentFilters = (intents: readonly AppliedIntent[]): RoleFilter[] => intents.flatMap((i) => (i.filter ? [i.filter] : []));
