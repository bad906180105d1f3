import { matchesFilter, type RoleFilter } from './filter.js';
import { compileVocabulary, intentFilters, parseQuery, type AppliedIntent, type Concept } from './query.js';
import type { DatasetIndex, Role } from './types.js';
import { abbreviationsOf, stopWordsOf, vocabulary as shippedVocabulary, type Vocabulary, type VocabularyEntry } from './vocabulary.js';
import { editDistance, normalise, stem } from './words.js';

/*
 * Ranked search in the reader's own words. The query is read into intents (filters) and concepts
 * (query.ts); each concept scores the roles it matches by where it matched (a title counts more
 * than a text), weighted by how rare it is, so a role need not match every word and more matches
 * rank higher. Words meet their stems ("cooking", "cook"), abbreviations match whole ("IAPT" is
 * not "APT"), and typos are forgiven both as typed and after stemming. Written here rather than
 * taken from a library to keep the runtime dependencies to lit alone; an inverted index keeps a
 * keystroke well under a frame for thousands of roles.
 */

export { editDistance, normalise, stem } from './words.js';

const FIELD_WEIGHTS = { title: 10, alternativeTitles: 8, grouping: 3, summary: 2, work: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
/** A role in a category or sub-area the vocabulary names, without the word itself. */
const PROPERTY_WEIGHT = 6;
/** A vocabulary word found in a role counts a little less than the reader's own word. */
const EXPANSION = 0.9;
const PREFIX = 0.75;

/** Words a text writes in capitals ("IT", "A&E"), normalised; null when there are none. */
function capitalsIn(text: string): Set<string> | null {
  const found = /[A-Z][A-Z0-9]/.test(text) ? text.match(/(?<![A-Za-z])[A-Z][A-Z0-9&]*[A-Z0-9](?![a-z])/g) : null;
  return found ? new Set(found.map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, ''))) : null;
}

/** Words of a text as the index keeps them: normalised, without stop words unless written in capitals. */
function textWords(text: string, stopWords: ReadonlySet<string>, capitals: Set<string> | null = capitalsIn(text)): string[] {
  return normalise(text)
    .split(' ')
    .filter((w) => w !== '' && (!stopWords.has(w) || capitals?.has(w) === true));
}

/** The words of a text as stems, without stop words. */
export const tokens = (text: string, v: Vocabulary = shippedVocabulary): string[] => textWords(text, stopWordsOf(v)).map(stem);

interface Posting {
  role: number;
  weight: number;
}

interface SearchIndex {
  roles: readonly Role[];
  vocabulary: Vocabulary;
  /** stem -> roles and the best field weight the stem has in each. */
  postings: Map<string, Posting[]>;
  /** Every word as written (normalised) -> its stem, so a typo can be compared before stemming. */
  written: Map<string, string>;
  /** Stems seen only in capitals (ODP, APT): matched whole, never as a prefix or a typo. */
  abbreviations: Set<string>;
  byCategory: Map<string, number[]>;
  bySubArea: Map<string, number[]>;
  /** Stemmed titles and alternative titles, for whole-phrase matches. */
  phrases: string[][];
  /** Stems and written words, sorted for prefix look-ups and grouped by length for typos. */
  stemList: WordList;
  writtenList: WordList;
  /** What each query word matched, kept while the reader types the next one. */
  cache: Map<string, WordMatch>;
  /** What each vocabulary entry's categories, sub-areas and words match: the same for every query. */
  expansions: Map<string, Map<number, number>>;
}

/** Words sorted (for the words a prefix starts) and by length (a typo changes length by at most two). */
interface WordList {
  sorted: string[];
  byLength: Map<number, string[]>;
}

function wordList(words: Iterable<string>): WordList {
  const sorted = [...new Set(words)].sort();
  const byLength = new Map<number, string[]>();
  // Numbers are never typos of each other: "111" is not "211".
  for (const w of sorted) if (!/\d/.test(w)) push(byLength, w.length, w);
  return { sorted, byLength };
}

/** Words of the list that start with `prefix`. */
function startingWith(list: WordList, prefix: string): string[] {
  let low = 0;
  let high = list.sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list.sorted[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  const out: string[] = [];
  for (let i = low; i < list.sorted.length && list.sorted[i]!.startsWith(prefix); i++) out.push(list.sorted[i]!);
  return out;
}

/** Words of the list close enough in length to be a typo of `word`. */
function nearInLength(list: WordList, word: string, limit: number): string[] {
  const out: string[] = [];
  for (let n = word.length - limit; n <= word.length + limit; n++) out.push(...(list.byLength.get(n) ?? []));
  return out;
}

const indexes = new WeakMap<DatasetIndex<Role>, Map<Vocabulary, SearchIndex>>();

function fieldTexts(role: Role, categoryName: string): Record<Field, string[]> {
  return {
    title: [role.title],
    alternativeTitles: role.alternativeTitles,
    grouping: [categoryName, role.subArea ?? ''],
    summary: [role.summary],
    work: [role.work],
  };
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

function buildIndex(dataset: DatasetIndex<Role>, vocabulary: Vocabulary): SearchIndex {
  const stopWords = stopWordsOf(vocabulary);
  const categoryNames = new Map(dataset.categories.map((c) => [c.id, c.name]));
  const index: SearchIndex = {
    roles: dataset.roles,
    vocabulary,
    postings: new Map(),
    written: new Map(),
    abbreviations: new Set(),
    byCategory: new Map(),
    bySubArea: new Map(),
    phrases: [],
    stemList: { sorted: [], byLength: new Map() },
    writtenList: { sorted: [], byLength: new Map() },
    cache: new Map(),
    expansions: new Map(),
  };
  const lowercase = new Set<string>();
  const capitalised = new Set<string>();
  // What depends on a text alone is worked out once per distinct text: roles often share texts
  // (a host's generated data, the bench's 10,000 roles).
  const read = new Map<string, string[]>();
  const stemsOf = (text: string): string[] => {
    let stems = read.get(text);
    if (!stems) {
      const capitals = capitalsIn(text);
      const words = textWords(text, stopWords, capitals);
      stems = words.map(stem);
      words.forEach((word, i) => {
        index.written.set(word, stems![i]!);
        if (capitals?.has(word)) capitalised.add(word);
        else lowercase.add(word);
      });
      read.set(text, stems);
    }
    return stems;
  };
  dataset.roles.forEach((role, at) => {
    // Each stem once per role, with the best field it is in.
    const best = new Map<string, number>();
    const texts = fieldTexts(role, categoryNames.get(role.category) ?? '');
    const phrases: string[] = [];
    for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
      const weight = FIELD_WEIGHTS[field];
      for (const text of texts[field]) {
        const stems = stemsOf(text);
        if (field === 'title' || field === 'alternativeTitles') phrases.push(stems.join(' '));
        for (const s of stems) if ((best.get(s) ?? 0) < weight) best.set(s, weight);
      }
    }
    for (const [token, weight] of best) push(index.postings, token, { role: at, weight });
    push(index.byCategory, role.category, at);
    if (role.subArea) push(index.bySubArea, role.subArea, at);
    index.phrases.push(phrases);
  });
  // A word also written in lower case ("it" in a sentence) is a word, not only an abbreviation.
  for (const word of capitalised) if (!lowercase.has(word)) index.abbreviations.add(stem(word));
  for (const a of abbreviationsOf(vocabulary)) index.abbreviations.add(stem(a));
  index.stemList = wordList(index.postings.keys());
  index.writtenList = wordList(index.written.keys());
  return index;
}

function searchIndex(dataset: DatasetIndex<Role>, vocabulary: Vocabulary = shippedVocabulary): SearchIndex {
  let byVocabulary = indexes.get(dataset);
  if (!byVocabulary) indexes.set(dataset, (byVocabulary = new Map()));
  let index = byVocabulary.get(vocabulary);
  if (!index) {
    index = buildIndex(dataset, vocabulary);
    byVocabulary.set(vocabulary, index);
  }
  return index;
}

/** Builds the search index for a dataset, and reads the vocabulary, now, so that the first search does not pay for them. */
export function prepareSearch(dataset: DatasetIndex<Role>, vocabulary: Vocabulary = shippedVocabulary): void {
  compileVocabulary(vocabulary);
  searchIndex(dataset, vocabulary);
}

/**
 * How well a query word matches a word of the index: 1 exact, less for the start of a word and
 * for typos (one slip in five letters or more, two in eight or more), 0 not at all. Abbreviations,
 * on either side, match only whole.
 */
export function similarity(query: string, word: string, exact = false, abbreviation = false): number {
  if (query === word) return 1;
  if (exact || abbreviation || query.length < 3) return 0;
  if (word.startsWith(query)) return PREFIX;
  if (query.length < 5 || word.length < 4) return 0;
  const limit = query.length >= 8 ? 2 : 1;
  const distance = editDistance(query, word, limit);
  return distance <= limit ? 0.6 - 0.15 * (distance - 1) : 0;
}

/** The roles a word matched (quality times field weight), and the index word it matched best. */
interface WordMatch {
  scores: Map<number, number>;
  best: string;
}

/** Roles a single word matches; typos are compared both as typed and after stemming. */
function matchWord(index: SearchIndex, stemmed: string, written: string, exact: boolean, typos = true): WordMatch {
  const key = `${exact ? '=' : typos ? '' : '~'}${stemmed}|${written}`;
  const cached = index.cache.get(key);
  if (cached) return cached;
  const quality = new Map<string, number>();
  const consider = (token: string, q: number) => {
    if (q > (quality.get(token) ?? 0)) quality.set(token, q);
  };
  if (index.postings.has(stemmed)) consider(stemmed, 1);
  if (!exact && stemmed.length >= 3) {
    const limit = stemmed.length >= 8 ? 2 : 1;
    const isAbbreviation = (token: string) => index.abbreviations.has(token);
    // The start of a word as typed, not of its stem: "physics" must not start "physician".
    for (const word of startingWith(index.writtenList, written)) {
      const token = index.written.get(word)!;
      consider(token, similarity(written, word, false, isAbbreviation(token)));
    }
    // A word the index knows is spelt right: "physician" is not a typo of "physicist".
    if (typos && !index.postings.has(stemmed)) {
      // Stems only when stemming changed the word: otherwise the written words cover it.
      if (stemmed !== written) for (const token of nearInLength(index.stemList, stemmed, limit)) consider(token, similarity(stemmed, token, false, isAbbreviation(token)));
      for (const word of nearInLength(index.writtenList, written, written.length >= 8 ? 2 : 1)) {
        const token = index.written.get(word)!;
        consider(token, similarity(written, word, false, isAbbreviation(token)));
      }
    }
  }
  const scores = new Map<number, number>();
  let best = { token: stemmed, quality: 0 };
  for (const [token, q] of quality) {
    if (q === 0) continue;
    if (q > best.quality) best = { token, quality: q };
    for (const { role, weight } of index.postings.get(token)!) scores.set(role, Math.max(scores.get(role) ?? 0, q * weight));
  }
  // Only a corrected typo stands for the word in a phrase; the start of a word does not.
  const match = { scores, best: best.quality > 0 && best.quality < PREFIX ? best.token : stemmed };
  if (index.cache.size > 500) index.cache.clear();
  index.cache.set(key, match);
  return match;
}

/**
 * Roles having every word of a phrase. Words together in a title or alternative title count as
 * that field; scattered words count half their weakest field. Our own words: no typos.
 */
function matchPhrase(index: SearchIndex, words: readonly string[], exact: boolean): Map<number, number> {
  if (words.length === 1) return matchWord(index, stem(words[0]!), words[0]!, exact, false).scores;
  const stems = words.map(stem);
  const together = ` ${stems.join(' ')} `;
  let result: Map<number, number> | undefined;
  for (const s of stems) {
    const { scores } = matchWord(index, s, s, true, false);
    if (!result) result = new Map(scores);
    else for (const [role, score] of result) {
      const other = scores.get(role);
      if (other === undefined) result.delete(role);
      else result.set(role, Math.min(score, other));
    }
  }
  for (const [role, score] of result ?? []) {
    const phrases = index.phrases[role]!;
    const field = ` ${phrases[0]} `.includes(together) ? FIELD_WEIGHTS.title : phrases.slice(1).some((p) => ` ${p} `.includes(together)) ? FIELD_WEIGHTS.alternativeTitles : 0;
    result!.set(role, Math.max(field, score / 2));
  }
  return result ?? new Map();
}

/** Roles a vocabulary entry leads to by their properties and words, each with its score. */
function expansion(index: SearchIndex, entry: VocabularyEntry): Map<number, number> {
  let scores = index.expansions.get(entry.id);
  if (scores) return scores;
  // The best match counts, and a little of each other one: a role several of the entry's words
  // lead to fits it better than a role one word happens to reach.
  const found = new Map<number, number[]>();
  const raise = (role: number, score: number) => push(found, role, score);
  const stopWords = stopWordsOf(index.vocabulary);
  for (const id of entry.find.categories ?? []) for (const role of index.byCategory.get(id) ?? []) raise(role, PROPERTY_WEIGHT);
  for (const name of entry.find.subAreas ?? []) for (const role of index.bySubArea.get(name) ?? []) raise(role, PROPERTY_WEIGHT);
  for (const phrase of entry.find.words ?? []) {
    const words = normalise(phrase).split(' ').filter((w) => w && !stopWords.has(w));
    const abbreviation = words.length === 1 && index.abbreviations.has(stem(words[0]!));
    for (const [role, score] of matchPhrase(index, words, abbreviation)) raise(role, score * EXPANSION);
  }
  scores = new Map<number, number>();
  for (const [role, list] of found) {
    const best = Math.max(...list);
    scores.set(role, best + 0.1 * (list.reduce((a, b) => a + b, 0) - best));
  }
  index.expansions.set(entry.id, scores);
  return scores;
}

/** Roles a concept matches, each with its best score, and the concept's words as the index spells them. */
function matchConcept(index: SearchIndex, concept: Concept): { scores: Map<number, number>; stems: string[] } {
  const own = concept.stems.length === 1 ? matchWord(index, concept.stems[0]!, concept.word, concept.exact) : undefined;
  const scores = new Map(own?.scores);
  if (concept.entry) {
    for (const [role, score] of expansion(index, concept.entry)) if (score > (scores.get(role) ?? 0)) scores.set(role, score);
  }
  return { scores, stems: own ? [own.best] : concept.stems };
}

export interface SearchResult {
  /** Matching roles, best first; with only intents in the query, every role they allow, by title. */
  roles: Role[];
  /** What the query asked for beyond words: filters applied, and intents recognised but not answerable. */
  intents: AppliedIntent[];
  /** The filters the intents applied (a role must pass every one). */
  filters: RoleFilter[];
}

/**
 * Roles for a query as a reader types it, best first, with the intents it held.
 * An empty query, or one of stop words alone, returns no roles.
 */
export function searchRoles(dataset: DatasetIndex<Role>, query: string, vocabulary: Vocabulary = shippedVocabulary): SearchResult {
  const { intents, concepts } = parseQuery(query, vocabulary);
  const filters = intentFilters(intents);
  const allowed = (role: Role) => filters.every((f) => matchesFilter(role, f));
  if (concepts.length === 0) {
    const roles = intents.length ? dataset.roles.filter(allowed).sort((a, b) => a.title.localeCompare(b.title)) : [];
    return { roles, intents, filters };
  }
  const index = searchIndex(dataset, vocabulary);
  const total = index.roles.length;
  const scores = new Map<number, { score: number; weight: number }>();
  let allWeight = 0;
  const spelled: string[] = [];
  for (const concept of concepts) {
    const { scores: matched, stems } = matchConcept(index, concept);
    spelled.push(...stems);
    if (matched.size === 0) continue;
    // Rarer concepts weigh more: "speech" in "speech problems" counts more than "problems".
    const weight = Math.log(1 + total / matched.size);
    allWeight += weight;
    for (const [role, score] of matched) {
      const entry = scores.get(role) ?? { score: 0, weight: 0 };
      entry.score += score * weight;
      entry.weight += weight;
      scores.set(role, entry);
    }
  }
  const phrase = spelled.join(' ');
  const ranked = [...scores].map(([role, s]) => {
    const phrases = index.phrases[role]!;
    // A query that is a whole title or alternative title, or starts one, outranks scattered matches.
    const bonus = phrases.includes(phrase) ? 1.5 : concepts.length > 1 && phrases.some((p) => p.startsWith(phrase)) ? 1.2 : 1;
    // Roles matching more of what was asked rank higher.
    const coverage = 0.4 + (0.6 * s.weight) / allWeight;
    return { role, score: s.score * coverage * bonus, length: phrases[0]!.split(' ').length };
  });
  const roles = ranked
    // Among equals, the plainer title first: "Adult nurse" before "Advanced nurse practitioner".
    .sort((a, b) => b.score - a.score || a.length - b.length || index.roles[a.role]!.title.localeCompare(index.roles[b.role]!.title))
    .map(({ role }) => index.roles[role]!)
    .filter(allowed);
  return { roles, intents, filters };
}

/** Roles matching the query, best first, with its intents applied as filters ("nurse no degree"). */
export function rankRoles(dataset: DatasetIndex<Role>, query: string, limit = Infinity): Role[] {
  return searchRoles(dataset, query).roles.slice(0, limit);
}
