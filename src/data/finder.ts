import finderJson from '../../data/finder.json';
import { QUALIFICATION_LEVELS } from './filter.js';
import { tokens } from './search.js';
import type { DatasetIndex, PatientContact, QualificationLevel, Role } from './types.js';

/** A text in both languages the widgets speak. */
export interface FinderText {
  en: string;
  cy: string;
}

/** How an answer moves roles up or down. Positive numbers favour, negative ones count against. */
export interface FinderWeights {
  patientContact?: Partial<Record<PatientContact, number>>;
  categories?: Record<string, number>;
  entryRoutes?: Record<string, number>;
  /** Words looked for in a role's title, summary, work and workplaces. */
  keywords?: Record<string, number>;
  /** Roles that need a higher qualification than this are left out. */
  maxQualification?: QualificationLevel;
}

export interface FinderAnswer {
  id: string;
  text: FinderText;
  /** Finishes "Because you said ..." when this answer helped a suggestion. */
  reason?: FinderText;
  weights: FinderWeights;
}

export interface FinderQuestion {
  id: string;
  text: FinderText;
  answers: FinderAnswer[];
}

/** A suggested role with its score and the answers that led to it, strongest first. */
export interface Suggestion {
  role: Role;
  score: number;
  reasons: FinderAnswer[];
}

/** The questionnaire, validated by data/schema/finder.schema.json in `npm test`. */
export const finderQuestions = finderJson.questions as FinderQuestion[];

/** An answer's keywords can add at most this much to one role, so one wordy role cannot run away. */
const KEYWORD_CAP = 8;

const roleWords = new WeakMap<Role, Set<string>>();
function wordsOf(role: Role): Set<string> {
  let words = roleWords.get(role);
  if (!words) {
    const text = [role.title, ...role.alternativeTitles, role.summary, role.work, role.subArea ?? '', ...(role.workplaces ?? [])].join(' ');
    words = new Set(tokens(text));
    roleWords.set(role, words);
  }
  return words;
}

/**
 * A weight by a role's id for something (its category, a way in): own keys only, so a provider's
 * role whose category is `constructor` or `__proto__` weighs 0, not an Object method.
 */
const weightOf = (weights: Readonly<Record<string, number>> | undefined, id: string): number =>
  weights && Object.hasOwn(weights, id) ? weights[id]! : 0;

/** What one answer adds to one role's score. */
function contribution(role: Role, weights: FinderWeights): number {
  let score = 0;
  if (role.patientContact) score += weightOf(weights.patientContact, role.patientContact);
  score += weightOf(weights.categories, role.category);
  if (role.entryRoutes) {
    // The strongest matching way in counts, not the sum, so roles with many routes are not favoured.
    const matches = role.entryRoutes.map((id) => weightOf(weights.entryRoutes, id));
    if (matches.length) score += Math.max(0, ...matches) + Math.min(0, ...matches);
  }
  if (weights.keywords) {
    const words = wordsOf(role);
    let fromWords = 0;
    for (const [keyword, weight] of Object.entries(weights.keywords)) {
      if (tokens(keyword).some((word) => words.has(word))) fromWords += weight;
    }
    score += Math.max(-KEYWORD_CAP, Math.min(KEYWORD_CAP, fromWords));
  }
  return score;
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
): Suggestion[] {
  const chosen = questions
    .map((q) => q.answers.find((a) => a.id === answers[q.id]))
    .filter((a): a is FinderAnswer => a !== undefined);
  const ceilings = chosen.map((a) => a.weights.maxQualification).filter((q): q is QualificationLevel => q !== undefined);
  const ceiling = ceilings.length ? Math.min(...ceilings.map((q) => QUALIFICATION_LEVELS.indexOf(q))) : QUALIFICATION_LEVELS.length;
  const suggestions: Suggestion[] = [];
  for (const role of dataset.roles) {
    if (role.minQualification && QUALIFICATION_LEVELS.indexOf(role.minQualification) > ceiling) continue;
    let score = 0;
    const helped: { answer: FinderAnswer; amount: number }[] = [];
    for (const answer of chosen) {
      const amount = contribution(role, answer.weights);
      score += amount;
      if (amount > 0 && answer.reason) helped.push({ answer, amount });
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
