import type { DatasetIndex, Role } from './types.js';

/*
 * Ranked search over titles, alternative titles and texts, tolerant of plurals ("radiographers"),
 * abbreviations the data lists as alternative titles ("ODP", "physio") and small typos ("pharmasist").
 * Written here rather than taken from a library to keep the runtime dependencies to lit alone and
 * the bundle small; an inverted index keeps a keystroke well under a frame for thousands of roles.
 */

const FIELD_WEIGHTS = { title: 10, alternativeTitles: 8, grouping: 3, summary: 2, work: 1 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const STOP_WORDS = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'for', 'to', 'or', 'with', 'on', 'at', 'as', 'is', 'be']);

/** Lower case, accents removed, `&` as "and", everything but letters and digits as spaces. */
export const normalise = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * A light English stemmer: plurals meet their singulars, and a field meets the person in it
 * ("physiotherapy" and "physiotherapist", "paediatrics" and "paediatrician").
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(ches|shes|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 6 && /(ist|ian)$/.test(w)) return w.slice(0, -3);
  if (w.length > 5 && /[^aeo]y$/.test(w)) return w.slice(0, -1);
  return w;
}

export const tokens = (text: string): string[] =>
  normalise(text)
    .split(' ')
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w))
    .map(stem);

/** Edit distance with adjacent transpositions, giving up once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

interface Posting {
  role: number;
  weight: number;
}

interface SearchIndex {
  roles: readonly Role[];
  /** token -> roles and the best field weight the token has in each. */
  postings: Map<string, Posting[]>;
  /** Normalised titles and alternative titles, for whole-phrase matches. */
  phrases: string[][];
}

const indexes = new WeakMap<DatasetIndex<Role>, SearchIndex>();

function fieldTexts(role: Role, dataset: DatasetIndex<Role>): Record<Field, string[]> {
  const category = dataset.categories.find((c) => c.id === role.category);
  return {
    title: [role.title],
    alternativeTitles: role.alternativeTitles,
    grouping: [category?.name ?? '', role.subArea ?? ''],
    summary: [role.summary],
    work: [role.work],
  };
}

function buildIndex(dataset: DatasetIndex<Role>): SearchIndex {
  const postings = new Map<string, Posting[]>();
  const phrases: string[][] = [];
  dataset.roles.forEach((role, index) => {
    const best = new Map<string, number>();
    const texts = fieldTexts(role, dataset);
    for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
      for (const text of texts[field]) {
        for (const token of tokens(text)) best.set(token, Math.max(best.get(token) ?? 0, FIELD_WEIGHTS[field]));
      }
    }
    for (const [token, weight] of best) {
      const list = postings.get(token);
      if (list) list.push({ role: index, weight });
      else postings.set(token, [{ role: index, weight }]);
    }
    phrases.push([role.title, ...role.alternativeTitles].map((t) => tokens(t).join(' ')));
  });
  return { roles: dataset.roles, postings, phrases };
}

function searchIndex(dataset: DatasetIndex<Role>): SearchIndex {
  let index = indexes.get(dataset);
  if (!index) {
    index = buildIndex(dataset);
    indexes.set(dataset, index);
  }
  return index;
}

/** Builds the search index for a dataset now, so that the first search does not pay for it. */
export function prepareSearch(dataset: DatasetIndex<Role>): void {
  searchIndex(dataset);
}

/** How well a query word matches a word of the index: 1 exact, less for prefixes and typos, 0 not at all. */
function similarity(query: string, word: string): number {
  if (query === word) return 1;
  if (query.length >= 3 && word.startsWith(query)) return 0.75;
  if (query.length < 4) return 0;
  const limit = query.length >= 8 ? 2 : 1;
  const distance = editDistance(query, word, limit);
  return distance <= limit ? 0.6 - 0.15 * (distance - 1) : 0;
}

/**
 * Roles matching every word of the query (or, when none does, the most words), best first.
 * An empty query returns no roles.
 */
export function rankRoles(dataset: DatasetIndex<Role>, query: string, limit = Infinity): Role[] {
  const words = [...new Set(tokens(query))];
  if (words.length === 0) return [];
  const index = searchIndex(dataset);
  const scores = new Map<number, { score: number; matched: number }>();
  // Each query word as the index spells it, so "pharmasist" can still match a whole title.
  const corrected: string[] = [];
  for (const word of words) {
    const best = new Map<number, number>();
    let closest = { token: word, quality: 0 };
    for (const [token, postings] of index.postings) {
      const quality = similarity(word, token);
      if (quality === 0) continue;
      if (quality > closest.quality) closest = { token, quality };
      for (const { role, weight } of postings) best.set(role, Math.max(best.get(role) ?? 0, quality * weight));
    }
    corrected.push(closest.quality >= 0.45 && closest.quality < 0.75 ? closest.token : word);
    for (const [role, score] of best) {
      const entry = scores.get(role) ?? { score: 0, matched: 0 };
      entry.score += score;
      entry.matched += 1;
      scores.set(role, entry);
    }
  }
  const phrase = corrected.join(' ');
  const mostMatched = Math.max(0, ...[...scores.values()].map((s) => s.matched));
  return [...scores]
    .filter(([, s]) => s.matched === mostMatched)
    .map(([role, s]) => {
      const phrases = index.phrases[role]!;
      // A query that is a whole title or alternative title, or (for several words) starts one,
      // outranks scattered matches.
      const bonus = phrases.includes(phrase) ? 40 : words.length > 1 && phrases.some((p) => p.startsWith(phrase)) ? 15 : 0;
      return { role, score: s.score + bonus, length: phrases[0]!.split(' ').length };
    })
    // Among equals, the plainer title first: "Adult nurse" before "Advanced nurse practitioner".
    .sort((a, b) => b.score - a.score || a.length - b.length || index.roles[a.role]!.title.localeCompare(index.roles[b.role]!.title))
    .slice(0, limit)
    .map(({ role }) => index.roles[role]!);
}
