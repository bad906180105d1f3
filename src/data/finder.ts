import finderJson from '../../data/finder.json';
import { QUALIFICATION_LEVELS } from './filter.js';
import { tokens } from './search.js';
import type { DatasetIndex, PatientContact, QualificationLevel, Role } from './types.js';
import { normalise } from './words.js';

/** A text in both languages the widgets speak. */
export interface FinderText {
  en: string;
  cy: string;
}

/**
 * The qualifications a reader has or plans, as a path: roles needing up to `upTo` stay, and so do
 * roles needing up to `onTo.level` that are entered by one of `onTo.routes` (A levels lead on to
 * a degree or a degree apprenticeship). A role whose minimum is not known is left out, since it
 * may need more than the reader plans.
 */
export interface QualificationPath {
  upTo: QualificationLevel;
  onTo?: { level: QualificationLevel; routes: string[] };
}

/** How an answer moves roles up or down. Positive numbers favour, negative ones count against. */
export interface FinderWeights {
  patientContact?: Partial<Record<PatientContact, number>>;
  categories?: Record<string, number>;
  entryRoutes?: Record<string, number>;
  /**
   * A role property (a text or a list of texts) and a weight for each value: `subArea` today;
   * `skills`, `subjects` or `workingPattern` count as soon as roles carry them.
   */
  fields?: Record<string, Record<string, number>>;
  /** Words or phrases looked for in a role's title, alternative titles, summary, work and workplaces. */
  keywords?: Record<string, number>;
  /** The most the keywords can add to (or take from) one role; the finder's `keywordCap` if absent. */
  keywordCap?: number;
  qualification?: QualificationPath;
}

export interface FinderAnswer {
  id: string;
  text: FinderText;
  /** Finishes "Because you said ..." when this answer helped a suggestion enough (`reasonAt`). */
  reason?: FinderText;
  weights: FinderWeights;
}

export interface FinderQuestion {
  id: string;
  text: FinderText;
  answers: FinderAnswer[];
}

/** The questionnaire and its scoring settings, validated by data/schema/finder.schema.json. */
export interface FinderData {
  /** An answer is given as a reason for a role only when it added at least this much to it. */
  reasonAt: number;
  /** The most one answer's keywords add to or take from one role, unless the answer says otherwise. */
  keywordCap: number;
  questions: FinderQuestion[];
}

/** A suggested role with its score and the answers that led to it, strongest first. */
export interface Suggestion {
  role: Role;
  score: number;
  reasons: FinderAnswer[];
}

export const finderData = finderJson as FinderData;
export const finderQuestions = finderData.questions;

/** A role's words as one stemmed text with a space at each end, so a phrase is found whole. */
const roleTexts = new WeakMap<Role, string>();
function textOf(role: Role): string {
  let text = roleTexts.get(role);
  if (text === undefined) {
    const parts = [role.title, ...role.alternativeTitles, role.summary, role.work, role.subArea ?? '', ...(role.workplaces ?? [])];
    text = ` ${parts.map((p) => tokens(p).join(' ')).join(' | ')} `;
    roleTexts.set(role, text);
  }
  return text;
}

const keywordStems = new Map<string, string>();
const stemmed = (keyword: string) => {
  let s = keywordStems.get(keyword);
  if (s === undefined) keywordStems.set(keyword, (s = ` ${tokens(keyword).join(' ')} `));
  return s;
};

/** The values of a role property, normalised: a text gives one, a list gives each. */
function valuesOf(role: Role, field: string): string[] {
  const value = (role as unknown as Record<string, unknown>)[field];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return list.filter((v): v is string => typeof v === 'string').map(normalise);
}

/**
 * A weight by a role's id for something (its category, a way in): own keys only, so a provider's
 * role whose category is `constructor` or `__proto__` weighs 0, not an Object method.
 */
const weightOf = (weights: Readonly<Record<string, number>> | undefined, id: string): number =>
  weights && Object.hasOwn(weights, id) ? weights[id]! : 0;

/** What one answer adds to one role's score. */
export function contribution(role: Role, weights: FinderWeights, keywordCap = finderData.keywordCap): number {
  let score = 0;
  if (role.patientContact) score += weightOf(weights.patientContact, role.patientContact);
  score += weightOf(weights.categories, role.category);
  if (role.entryRoutes) {
    // The strongest matching way in counts, not the sum, so roles with many routes are not favoured.
    const matches = role.entryRoutes.map((id) => weightOf(weights.entryRoutes, id));
    if (matches.length) score += Math.max(0, ...matches) + Math.min(0, ...matches);
  }
  for (const [field, values] of Object.entries(weights.fields ?? {})) {
    const has = new Set(valuesOf(role, field));
    for (const [value, weight] of Object.entries(values)) if (has.has(normalise(value))) score += weight;
  }
  if (weights.keywords) {
    const text = textOf(role);
    let fromWords = 0;
    // "ward" and "wards" are one word to the stemmer: it counts once.
    const counted = new Set<string>();
    for (const [keyword, weight] of Object.entries(weights.keywords)) {
      const phrase = stemmed(keyword);
      if (!counted.has(phrase) && text.includes(phrase)) fromWords += weight;
      counted.add(phrase);
    }
    const cap = weights.keywordCap ?? keywordCap;
    score += Math.max(-cap, Math.min(cap, fromWords));
  }
  return score;
}

const level = (q: QualificationLevel) => QUALIFICATION_LEVELS.indexOf(q);

/** Whether a role lies on every qualification path the answers describe. */
export function onPath(role: Role, paths: readonly QualificationPath[]): boolean {
  if (paths.length === 0) return true;
  if (role.minQualification === null) return false;
  const needs = level(role.minQualification);
  return paths.every(
    (path) => needs <= level(path.upTo) || (path.onTo !== undefined && needs <= level(path.onTo.level) && (role.entryRoutes ?? []).some((r) => path.onTo!.routes.includes(r))),
  );
}

/**
 * Roles that suit the reader's answers, best first, each with the answers that led to it.
 * `answers` maps question ids to answer ids; unanswered questions count for nothing.
 * Nothing leaves the page: this is arithmetic on the dataset in memory.
 */
export function suggestRoles(
  dataset: DatasetIndex<Role>,
  answers: Readonly<Record<string, string>>,
  limit = 10,
  questions: readonly FinderQuestion[] = finderQuestions,
  settings: Pick<FinderData, 'reasonAt' | 'keywordCap'> = finderData,
): Suggestion[] {
  const chosen = questions
    .map((q) => q.answers.find((a) => a.id === answers[q.id]))
    .filter((a): a is FinderAnswer => a !== undefined);
  const paths = chosen.map((a) => a.weights.qualification).filter((p): p is QualificationPath => p !== undefined);
  const suggestions: Suggestion[] = [];
  for (const role of dataset.roles) {
    if (!onPath(role, paths)) continue;
    let score = 0;
    const helped: { answer: FinderAnswer; amount: number }[] = [];
    for (const answer of chosen) {
      const amount = contribution(role, answer.weights, settings.keywordCap);
      score += amount;
      if (amount >= settings.reasonAt && answer.reason) helped.push({ answer, amount });
    }
    if (score > 0) {
      suggestions.push({ role, score, reasons: helped.sort((a, b) => b.amount - a.amount).slice(0, 3).map((h) => h.answer) });
    }
  }
  const words = (role: Role) => role.title.split(' ').length;
  return suggestions
    .sort((a, b) => b.score - a.score || words(a.role) - words(b.role) || a.role.title.localeCompare(b.role.title))
    .slice(0, limit);
}
