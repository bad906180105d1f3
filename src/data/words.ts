/*
 * Words as search compares them: normalised, stemmed, and Welsh words in their mutated forms.
 * Pure functions with no data, shared by search, the reader's vocabulary and the career finder.
 */

/**
 * Lower case, accents removed, everything but letters and digits as spaces. `&` between single
 * letters joins them ("A&E" is "ae", "H&S" is "hs"), elsewhere it is "and"; a hyphen inside a
 * word joins it ("x-ray" is "xray", "co-ordinator" is "coordinator").
 */
export function normalise(text: string): string {
  // The rarer steps only when needed: the index normalises every text of every role.
  let t = /[\u0080-\uffff]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text;
  t = t.toLowerCase();
  if (t.includes('&')) t = t.replace(/\b([a-z])\s*&\s*([a-z])\b/g, '$1$2').replace(/&/g, ' and ');
  if (t.includes('-')) t = t.replace(/([a-z0-9])-(?=[a-z0-9])/g, '$1');
  return t.replace(/['’]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Words the stemmer must leave whole because a rule would join them to an unrelated word. */
const WHOLE_WORDS = new Set([
  // -ian would make it "physic", the stem of physics and physicist: a physician is a doctor.
  'physician',
]);

/**
 * A light English stemmer: plurals meet their singulars, "-ing" meets the verb ("cooking" and
 * "cook", "nursing" and "nurse"), and a field meets the person in it ("physiotherapy" and
 * "physiotherapist", "paediatrics" and "paediatrician", "physics" and "physicist", but not
 * "physician").
 */
const stems = new Map<string, string>();
export function stem(word: string): string {
  let known = stems.get(word);
  if (known === undefined) {
    known = stemOnce(word);
    // Bounded: a reader's typing must not grow it without end.
    if (stems.size < 50_000) stems.set(word, known);
  }
  return known;
}

function stemOnce(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(ches|shes|xes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (WHOLE_WORDS.has(w)) return w;
  if (w.length >= 6 && w.endsWith('ing')) {
    const base = w.slice(0, -3);
    // "swimming" to "swim"; l, s and z stay doubled ("filling", "dressing").
    if (base.length >= 4) w = /([^aeiouylsz])\1$/.test(base) ? base.slice(0, -1) : base;
    // "caring", "coding", "making": the verb had a final e ("fixing" and "sewing" did not).
    else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base)) w = `${base}e`;
    else if (/[aeiou]/.test(base)) w = base;
  }
  if (w.length > 6 && /(ist|ian)$/.test(w)) return w.slice(0, -3);
  if (w.length > 5 && /[^aeo]y$/.test(w)) return w.slice(0, -1);
  // "nurse" meets "nurs(ing)"; a stem stays at least four letters so "care" is not "car".
  if (w.length > 4 && w.endsWith('e') && !w.endsWith('ee')) return w.slice(0, -1);
  return w;
}

/* Rows reused between calls: search compares a typed word with thousands of words per keystroke. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Edit distance with adjacent transpositions, giving up once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (b.length + 1 > rows[0]!.length) rows = rows.map(() => new Int32Array(b.length + 1));
  let [previous2, previous, current] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) value = Math.min(value, previous2[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[b.length]!;
}

/* Welsh initial consonant mutations. Digraphs first so "ll" is not read as "l", nor "ch" as "c". */
const SOFT: Record<string, string> = { ll: 'l', rh: 'r', p: 'b', t: 'd', c: 'g', b: 'f', d: 'dd', g: '', m: 'f' };
const NASAL: Record<string, string> = { p: 'mh', t: 'nh', c: 'ngh', b: 'm', d: 'n', g: 'ng' };
const ASPIRATE: Record<string, string> = { p: 'ph', t: 'th', c: 'ch' };
/** Initials that never mutate: without this, "ch" would be taken for a "c" and "dd" for a "d". */
const UNMUTATED = /^(ch|dd|ff|ng|ph|th)/;

/**
 * A normalised Welsh word and its soft, nasal and aspirate mutations, and "h" before a vowel
 * ("meddyg": "feddyg"; "plant": "blant", "mhlant", "phlant"; "iechyd": "hiechyd").
 * Mutation changes only the first letters, so a reader typing "yn feddyg" finds "meddyg".
 */
export function welshForms(word: string): string[] {
  const forms = new Set([word]);
  if (/^[aeiouwy]/.test(word)) forms.add(`h${word}`);
  else if (!UNMUTATED.test(word)) {
    const initial = /^(ll|rh)/.test(word) ? word.slice(0, 2) : word[0]!;
    const rest = word.slice(initial.length);
    for (const table of [SOFT, NASAL, ASPIRATE]) {
      const mutated = table[initial];
      if (mutated !== undefined && mutated + rest !== '') forms.add(mutated + rest);
    }
  }
  return [...forms];
}
