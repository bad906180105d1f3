import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type NhsErrorCode, type NhsErrorDetail } from '../shared/events.js';
import { warnOnce } from '../shared/warn.js';
import type { DataController } from './data-controller.js';
import type { SettingsController } from './settings-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

/** A problem with a widget's input, shown in place of its content (or above it, when `partial`). */
export interface Problem {
  code: NhsErrorCode;
  /** What the reader sees, in their language. */
  text: string;
  /** What the developer reads in the console and in `nhs-error`, in English. */
  message: string;
  value?: string;
  /** True when the widget can still show the rest of its content (say, one unknown id in a list). */
  partial?: boolean;
  /** True for problems that concern the developer only (a nonsense heading level): reported, not shown. */
  quiet?: boolean;
}

/** What an attribute may hold; a value outside it is reported and the default used instead. */
export interface AttributeRule {
  name: string;
  valid: (value: string) => boolean;
  /** What the attribute takes, for the console: "a whole number from 2 to 6". */
  expected: string;
  /** What is used instead, for the console; "the default is used" unless given. */
  instead?: () => string;
}

/** The rule every widget with headings shares. */
export const HEADING_LEVEL_RULE: AttributeRule = {
  name: 'heading-level',
  valid: (value) => /^\s*[2-6]\s*$/.test(value),
  expected: 'a whole number from 2 to 6',
};

/** A rule for an attribute that takes one of a few words. */
export const oneOfRule = (name: string, values: readonly string[]): AttributeRule => ({
  name,
  valid: (value) => values.includes(value.trim().toLowerCase()),
  expected: `one of ${values.join(', ')}`,
});

/** A rule for an attribute that takes a whole number in a range. */
export const wholeNumberRule = (name: string, min: number, max: number): AttributeRule => ({
  name,
  valid: (value) => /^\s*\d+\s*$/.test(value) && Number(value) >= min && Number(value) <= max,
  expected: `a whole number from ${min} to ${max}`,
});

export interface InputChecks {
  /** The attributes the widget checks, each with what it may hold. */
  rules?: readonly AttributeRule[];
  /**
   * The widget's own checks against its data (an unknown id, too few roles). Called only once
   * the data is here and nothing blocks the widget already.
   */
  check?: () => Problem[];
  /**
   * Deprecated usages the widget still honours, as sentences for the console, each warned once
   * per page. They are not problems: the widget works, so nothing is shown and no `nhs-error` is
   * sent (hosts that listen for it would take a working widget for a broken one).
   */
  deprecations?: () => string[];
}

const keyOf = (problem: Problem): string => `${problem.code}:${problem.value ?? ''}`;

/**
 * A widget's input checks, declared once: its attribute rules and its checks against the data.
 * The problems are worked out once per update, before render, and each is reported once while it
 * lasts: one console warning per page, and one `nhs-error` when it appears (again only if it goes
 * away and comes back), however often the widget re-renders.
 */
export class InputChecksController implements ReactiveController {
  private current: readonly Problem[] = [];
  private reported = new Set<string>();

  constructor(
    private readonly host: Host,
    private readonly data: DataController,
    private readonly settings: SettingsController,
    private readonly checks: InputChecks,
  ) {
    host.addController(this);
  }

  /** Every problem found in this update. */
  get problems(): readonly Problem[] {
    return this.current;
  }

  /** The problem that stops the widget showing its content, if any. */
  get blocking(): Problem | undefined {
    return this.current.find((problem) => !problem.partial);
  }

  /** Partial problems the reader should see, above the content. */
  get notices(): Problem[] {
    return this.current.filter((problem) => problem.partial && !problem.quiet);
  }

  hostUpdate(): void {
    this.current = this.data.settled ? this.find() : [];
  }

  hostUpdated(): void {
    for (const deprecation of this.checks.deprecations?.() ?? []) warnOnce(`<${this.host.localName}> ${deprecation}`);
    // Until the data is here nothing is known, so nothing reported is forgotten either.
    if (!this.data.settled) return;
    for (const problem of this.current) if (!this.reported.has(keyOf(problem))) this.report(problem);
    this.reported = new Set(this.current.map(keyOf));
  }

  private find(): Problem[] {
    const problems: Problem[] = [];
    if (this.data.loadFailed) {
      problems.push({
        code: 'dataset-unavailable',
        text: this.settings.messages.errors.datasetUnavailable,
        message: 'The bundled dataset could not be loaded; check that the library’s chunk files are served beside it.',
      });
    }
    for (const rule of this.checks.rules ?? []) {
      const value = this.host.getAttribute(rule.name);
      if (value !== null && !rule.valid(value)) {
        problems.push({
          code: 'invalid-attribute',
          text: '',
          message: `has ${rule.name}="${value}", which is not ${rule.expected}; ${rule.instead?.() ?? 'the default is used'}.`,
          value: `${rule.name}=${value}`,
          partial: true,
          quiet: true,
        });
      }
    }
    if (this.checks.check && !this.data.loadFailed && this.data.dataset) problems.push(...this.checks.check());
    return problems;
  }

  private report(problem: Problem): void {
    const detail: NhsErrorDetail = { code: problem.code, message: problem.message };
    if (problem.value !== undefined) detail.value = problem.value;
    warnOnce(`<${this.host.localName}> ${problem.message}`);
    emit(this.host, 'nhs-error', detail);
  }
}
