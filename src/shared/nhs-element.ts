import { ContextConsumer } from '@lit/context';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { datasetContext } from '../context/dataset-context.js';
import { settingsContext, type WidgetSettings } from '../context/settings-context.js';
import {
  bundledDatasetIfLoaded,
  bundledIndexIfLoaded,
  bundledRoleIfLoaded,
  loadBundledDataset,
  loadBundledIndex,
  loadBundledRole,
} from '../data/load-bundled.js';
import { findRole, hasEveryRoleInFull, isFullRole } from '../data/selectors.js';
import type { DatasetIndex, Nation, Role } from '../data/types.js';
import { messagesFor, type Messages } from '../i18n/index.js';
import { VERSION } from '../version.js';
import { emit, type NhsErrorCode, type NhsErrorDetail } from './events.js';
import { languageOf, type Language } from './language.js';
import { resolveNation } from './nation.js';
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

  /**
   * Widgets that search or score every role set this: they wait for every role in full. The others
   * start from role summaries and load a role's details when they show it (`roleDetails`).
   * @internal
   */
  static needsEveryRole = false;

  /**
   * The dataset in use: from `<nhs-careers-provider>` when there is one, else the bundled data.
   * With `needsEveryRole` it is always a full `Dataset` (see `everyRole`).
   */
  /**
   * Whose pay figures to show: `england`, `wales`, `scotland` or `northern-ireland`. Unset, the
   * provider's nation is used, else Wales on a Welsh-language page and England elsewhere.
   */
  @property() nation: string | null = null;

  @state() protected careers?: DatasetIndex;
  @state() protected settings: WidgetSettings = {};
  @state() private loadFailed = false;

  private providedDataset = false;
  /** The last dataset a provider offered, so a late load for an earlier one is dropped. */
  private offered?: DatasetIndex;
  private requestedRoles = new Set<string>();
  private reported = new Set<string>();

  constructor() {
    super();
    new ContextConsumer(this, {
      context: datasetContext,
      subscribe: true,
      callback: (dataset) => {
        if (dataset) {
          this.providedDataset = true;
          this.accept(dataset);
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
      const everyRole = this.needsEveryRole;
      // Data that is already here is used at once, so the first frame shows the content.
      this.careers = everyRole ? bundledDatasetIfLoaded() : bundledIndexIfLoaded();
      if (this.careers) return;
      (everyRole ? loadBundledDataset() : loadBundledIndex()).then(
        (dataset) => {
          if (!this.providedDataset) this.careers = dataset;
        },
        () => {
          this.loadFailed = true;
        },
      );
    }
  }

  private get needsEveryRole(): boolean {
    return (this.constructor as typeof NhsElement).needsEveryRole;
  }

  /** Takes a provider's dataset; a widget that needs every role in full waits for the bundled roles behind a summary-only one. */
  private accept(dataset: DatasetIndex): void {
    this.offered = dataset;
    if (!this.needsEveryRole || hasEveryRoleInFull(dataset)) {
      this.careers = dataset;
      return;
    }
    loadBundledDataset().then(
      (full) => {
        if (this.offered === dataset) this.careers = full;
      },
      () => {
        this.loadFailed = true;
      },
    );
  }

  /**
   * The dataset with every role in full, for widgets that set `needsEveryRole`.
   * @internal
   */
  protected get everyRole(): DatasetIndex<Role> | undefined {
    return this.careers && hasEveryRoleInFull(this.careers) ? this.careers : undefined;
  }

  /**
   * Resolves once `roleDetails(id)` can answer (at once for a role the dataset has in full).
   * @internal
   */
  protected async roleReady(id: string): Promise<void> {
    const summary = this.careers && findRole(this.careers, id);
    if (summary && !isFullRole(summary)) await loadBundledRole(id).catch(() => undefined);
  }

  /**
   * A role in full: at once when the dataset has it, else undefined while its details load (the
   * widget updates when they arrive). Undefined too for an id the dataset does not know.
   * @internal
   */
  protected roleDetails(id: string): Role | undefined {
    const summary = this.careers && findRole(this.careers, id);
    if (!summary) return undefined;
    if (isFullRole(summary)) return summary;
    const loaded = bundledRoleIfLoaded(id);
    if (loaded || this.requestedRoles.has(id)) return loaded;
    this.requestedRoles.add(id);
    loadBundledRole(id).then(
      () => this.requestUpdate(),
      () => {
        this.loadFailed = true;
      },
    );
    return undefined;
  }

  /**
   * A page may carry a pre-rendered copy of the widget in a declarative shadow root (the embed
   * builder offers one), so it shows before any script runs. The first render replaces it in the
   * same task, before the browser paints again, so the page does not move.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Emptied before Lit takes the root, since Lit renders before whatever the root holds first.
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  /**
   * Native attributes the widget reads besides `lang`, never declared as properties so their
   * native meaning stays (a widget reading the deprecated `role` lists it here). The widget
   * re-renders when one changes.
   * @internal
   */
  protected static readAttributes: readonly string[] = [];

  // The widget re-renders when its own `lang` changes; it is read, never declared, so the
  // native attribute keeps its meaning for screen readers.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', ...this.readAttributes];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || (this.constructor as typeof NhsElement).readAttributes.includes(name)) this.requestUpdate();
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

  /** The nation whose pay the widget shows (see `nation`). */
  protected get payNation(): Nation {
    return resolveNation(this.nation, this.language, this.settings.nation).nation;
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
    if (resolveNation(this.nation, this.language, this.settings.nation).invalid) {
      problems.push({
        code: 'invalid-attribute',
        text: '',
        message: `has nation="${this.nation}", which is not one of england, wales, scotland, northern-ireland; ${this.payNation}'s pay is shown.`,
        value: `nation=${this.nation}`,
        partial: true,
        quiet: true,
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

  /**
   * Deprecated usages the widget still honours, as sentences for the console. Each is warned
   * once per page. They are not problems: the widget works, so nothing is shown and no
   * `nhs-error` is sent (hosts that listen for it would take a working widget for a broken one).
   */
  protected deprecations(): string[] {
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
    for (const deprecation of this.deprecations()) warnOnce(`<${this.localName}> ${deprecation}`);
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
