import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DataController, type DataNeeds } from '../controllers/data-controller.js';
import type { AttributeRule, Problem } from '../controllers/input-checks-controller.js';
import { SettingsController } from '../controllers/settings-controller.js';
import { NATIONS } from '../data/pay.js';
import type { DatasetIndex, Nation } from '../data/types.js';
import type { WidgetSettings } from '../context/settings-context.js';
import { VERSION } from '../version.js';
import { clampHeadingLevel } from './heading.js';
import { attributeToRead, propNameAttributes } from './prop-name-attributes.js';

/**
 * What every widget shares: its version, the heading level it falls back on, and how
 * it looks before its content and when a problem stops it. The rest lives in reactive
 * controllers, which a widget composes: `data` (the dataset, from a provider or bundled, and a
 * role's details), `settings` (language, strings, what a provider sets) and, in each widget,
 * an `InputChecksController` with its own rules.
 *
 * @attr {string} lang - The language of the widget's own words: `cy` for Welsh, else English.
 * Without it, the provider's `lang`, else the nearest `lang` on the page. Role texts stay English
 * and are marked `lang="en"` inside a Welsh widget.
 *
 * The shared design tokens (src/styles/tokens.ts), which every widget takes on `:host`; defaults
 * are the default theme's (`theme="nhs"` and `dark` set their own):
 * @cssprop [--nhs-color-background=transparent] - Background of cards and panels.
 * @cssprop [--nhs-color-surface=color-mix(in srgb, currentColor 4%, transparent)] - Background of quieter areas, such as the compare table's header row.
 * @cssprop [--nhs-color-link-visited=color-mix(in srgb, currentColor 65%, #330072)] - Colour of visited links.
 * @cssprop [--nhs-color-accent=#005eb8] - Colour of primary buttons and pressed toggles.
 * @cssprop [--nhs-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--nhs-color-tag-text=currentColor] - Text of the ways-in tags.
 * @cssprop [--nhs-color-error=#d5281b] - The bar beside a message that says what went wrong.
 * @cssprop [--nhs-color-focus-text=#212b32] - Text on the focus highlight, and the dark ring around focused controls.
 * @cssprop [--nhs-radius=4px] - Corner radius of cards, tags and buttons (0 in the NHS theme).
 * @cssprop [--nhs-line-height=1.5] - Line height of the widget's text, kept against a host page's global line-height rules.
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
   * Whose pay figures to show: `england`, `wales`, `scotland` or `northern-ireland`. Unset, the
   * provider's nation is used, else Wales on a Welsh-language page and England elsewhere.
   */
  @property() nation: Nation | null = null;

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
    return [...super.observedAttributes, ...SettingsController.observedAttributes, ...this.readAttributes, ...propNameAttributes(this.elementProperties).keys()];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // A prop-named attribute from React 19's server renderer (`roleid`) sets its property.
    super.attributeChangedCallback(attributeToRead((this.constructor as typeof LitElement).elementProperties, name, (a) => this.hasAttribute(a)), old, value);
    this.settings.attributeChanged(name);
    if ((this.constructor as typeof NhsElement).readAttributes.includes(name)) this.requestUpdate();
  }

  /**
   * Server rendering (`nhs-role-widgets/ssr`) never connects the element: it renders with the
   * bundled data the renderer has loaded beforehand.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.isConnected) this.data.useLoadedBundle();
  }

  /**
   * Server rendering only: what a provider around the element would give it (its settings, and a
   * host's dataset), set by `nhs-role-widgets/ssr` in place of the context a page would carry.
   * @internal
   */
  set serverContext({ settings, dataset }: { settings: WidgetSettings; dataset?: DatasetIndex }) {
    this.settings.provided = settings;
    if (dataset) this.data.useDataset(dataset);
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
