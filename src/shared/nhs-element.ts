import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, type DataNeeds } from '../controllers/data-controller.js';
import type { AttributeRule, Problem } from '../controllers/input-checks-controller.js';
import { SettingsController } from '../controllers/settings-controller.js';
import { NATIONS } from '../data/pay.js';
import type { Nation } from '../data/types.js';
import { VERSION } from '../version.js';
import { clampHeadingLevel } from './heading.js';

/**
 * What every widget shares: its version, its theme, the heading level it falls back on, and how
 * it looks before its content and when a problem stops it. The rest lives in reactive
 * controllers, which a widget composes: `data` (the dataset, from a provider or bundled, and a
 * role's details), `settings` (language, strings, what a provider sets) and, in each widget,
 * an `InputChecksController` with its own rules.
 *
 * @attr {string} lang - The language of the widget's own words: `cy` for Welsh, else English.
 * Without it, the provider's `lang`, else the nearest `lang` on the page. Role texts stay English
 * and are marked `lang="en"` inside a Welsh widget.
 */
export class NhsElement extends LitElement {
  static readonly version = VERSION;

  /**
   * What data the widget waits for (see `DataNeeds`): widgets that search, compare or score every
   * role set `every-role`.
   * @internal
   */
  protected static dataNeeds: DataNeeds = 'index';

  /**
   * The heading level the widget uses when neither its `heading-level` nor a provider sets one.
   * @internal
   */
  protected static defaultHeadingLevel = 2;

  /**
   * Native attributes the widget reads besides `lang`, never declared as properties so their
   * native meaning stays (a widget reading the deprecated `role` lists it here). The widget
   * re-renders when one changes.
   * @internal
   */
  protected static readAttributes: readonly string[] = [];

  /**
   * `nhs` for the NHS.UK palette; add `dark` for light text on a dark page (`theme="nhs dark"`).
   * By default the widget takes the host page's colours and font.
   */
  @property({ reflect: true }) theme: string | null = null;

  /**
   * Whose pay figures to show: `england`, `wales`, `scotland` or `northern-ireland`. Unset, the
   * provider's nation is used, else Wales on a Welsh-language page and England elsewhere.
   */
  @property() nation: string | null = null;

  /** @internal */
  protected readonly settings = new SettingsController(this);

  /** @internal */
  protected readonly data = new DataController(this, (this.constructor as typeof NhsElement).dataNeeds);

  /** The nation whose pay the widget shows (see `nation`). @internal */
  protected get payNation(): Nation {
    return this.settings.nation(this.nation).nation;
  }

  /**
   * The rule for `nation`, which every widget lists with its own rules: an unknown nation is
   * reported and the default's pay shown.
   * @internal
   */
  protected readonly nationRule: AttributeRule = {
    name: 'nation',
    valid: (value) => !this.settings.nation(value).invalid,
    expected: `one of ${NATIONS.join(', ')}`,
    instead: () => `${this.payNation}'s pay is shown`,
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...SettingsController.observedAttributes, ...this.readAttributes];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    this.settings.attributeChanged(name);
    if ((this.constructor as typeof NhsElement).readAttributes.includes(name)) this.requestUpdate();
  }

  /**
   * The heading level in use: the widget's own `heading-level` when it is 2 to 6, else the
   * provider's, else the widget's default.
   * @internal
   */
  protected headingLevelFrom(own: unknown): number {
    const fallback = this.settings.headingLevel ?? (this.constructor as typeof NhsElement).defaultHeadingLevel;
    return clampHeadingLevel(own, fallback);
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
   * What the widget shows until its data is in: the host's own content (say, a plain link).
   * @internal
   */
  protected renderPlaceholder(): TemplateResult {
    return html`<div aria-busy="true"><slot></slot></div>`;
  }

  /**
   * What the widget shows when a problem stops it: a short message, and the host's own content.
   * @internal
   */
  protected renderProblem(problem: Problem): TemplateResult {
    return html`<p part="message" class="message">${problem.text}</p><slot></slot>`;
  }
}
