import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import { datasetContext } from '../context/dataset-context.js';
import { settingsContext, type WidgetSettings } from '../context/settings-context.js';
import { bundledDatasetIfLoaded, loadBundledDataset } from '../data/load-bundled.js';
import type { Dataset } from '../data/types.js';
import { messagesFor, type Messages } from '../i18n/index.js';
import { VERSION } from '../version.js';
import { emit, type NhsErrorCode, type NhsErrorDetail } from './events.js';
import { languageOf, type Language } from './language.js';
import { warnOnce } from './warn.js';

/** A problem the widget shows in place of its content. */
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

/**
 * What every widget shares: the dataset (from a provider, else the bundled one), settings,
 * the reader's language, and reporting problems without ever throwing into the host page.
 */
export class NhsElement extends LitElement {
  static readonly version = VERSION;

  /** The dataset in use: from `<nhs-careers-provider>` when there is one, else the bundled data. */
  @state() protected careers?: Dataset;
  @state() protected settings: WidgetSettings = {};
  @state() private loadFailed = false;

  private providedDataset = false;
  private reported = new Set<string>();

  constructor() {
    super();
    new ContextConsumer(this, {
      context: datasetContext,
      subscribe: true,
      callback: (dataset) => {
        if (dataset) {
          this.providedDataset = true;
          this.careers = dataset;
        }
      },
    });
    new ContextConsumer(this, {
      context: settingsContext,
      subscribe: true,
      callback: (settings) => {
        this.settings = settings ?? {};
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.careers && !this.providedDataset) {
      // Data that is already here is used at once, so the first frame shows the content.
      this.careers = bundledDatasetIfLoaded();
      if (this.careers) return;
      loadBundledDataset().then(
        (dataset) => {
          if (!this.providedDataset) this.careers = dataset;
        },
        () => {
          this.loadFailed = true;
        },
      );
    }
  }

  // The widget re-renders when its own `lang` changes; it is read, never declared, so the
  // native attribute keeps its meaning for screen readers.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** The language of the widget's strings: its own `lang`, else the provider's, else the nearest `lang`. */
  protected get language(): Language {
    if (!this.hasAttribute('lang') && this.settings.language) return this.settings.language;
    return languageOf(this);
  }

  /** Role texts are English: inside a Welsh widget they carry lang="en" so screen readers say them right. */
  protected get textLang(): 'en' | undefined {
    return this.language === 'en' ? undefined : 'en';
  }

  protected get messages(): Messages {
    return messagesFor(this.language);
  }

  /**
   * What is wrong with the widget's input, once the data is known. Widgets add their own checks.
   * A problem that is not `partial` replaces the widget's content with its message.
   */
  protected problems(): Problem[] {
    const problems: Problem[] = [];
    if (this.loadFailed) {
      problems.push({
        code: 'dataset-unavailable',
        text: this.messages.errors.datasetUnavailable,
        message: 'The bundled dataset could not be loaded; check that the library’s chunk files are served beside it.',
      });
    }
    for (const rule of this.attributeRules()) {
      const value = this.getAttribute(rule.name);
      if (value !== null && !rule.valid(value)) {
        problems.push({
          code: 'invalid-attribute',
          text: '',
          message: `has ${rule.name}="${value}", which is not ${rule.expected}; the default is used.`,
          value: `${rule.name}=${value}`,
          partial: true,
          quiet: true,
        });
      }
    }
    return problems;
  }

  /** The attributes this widget checks, with what each may hold. */
  protected attributeRules(): AttributeRule[] {
    return [];
  }

  /** Partial problems the reader should see, above the content. */
  protected notices(): Problem[] {
    return this.problems().filter((problem) => problem.partial && !problem.quiet);
  }

  /** The problem that stops the widget showing its content, if any. */
  protected blockingProblem(): Problem | undefined {
    return this.problems().find((problem) => !problem.partial);
  }

  /** Reports each problem once while it lasts: one console warning per page, one `nhs-error` each time it appears. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const problems = this.careers || this.loadFailed ? this.problems() : [];
    const keys = new Set(problems.map((p) => `${p.code}:${p.value ?? ''}`));
    for (const problem of problems) if (!this.reported.has(`${problem.code}:${problem.value ?? ''}`)) this.report(problem);
    this.reported = keys;
  }

  private report(problem: Problem): void {
    const detail: NhsErrorDetail = { code: problem.code, message: problem.message };
    if (problem.value !== undefined) detail.value = problem.value;
    warnOnce(`<${this.localName}> ${problem.message}`);
    emit(this, 'nhs-error', detail);
  }
}
