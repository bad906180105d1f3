import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { datasetContext } from '../../context/dataset-context.js';
import { settingsContext, type WidgetSettings } from '../../context/settings-context.js';
import { SettingsController } from '../../controllers/settings-controller.js';
import { checkDataset } from '../../data/check-dataset.js';
import { bundledIndexIfLoaded, loadBundledIndex } from '../../data/load-bundled.js';
import type { Dataset, DatasetIndex, HeadingLevelValue, HostDataset, Nation } from '../../data/types.js';
import { emit, type NhsErrorDetail } from '../../shared/events.js';
import { clampHeadingLevel } from '../../shared/heading.js';
import { nationFromText } from '../../shared/nation.js';
import { attributeToRead, propNameAttributes } from '../../shared/prop-name-attributes.js';
import { warnOnce } from '../../shared/warn.js';
import { VERSION } from '../../version.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';

export interface NhsDatasetLoadDetail {
  /** Where the data in use came from: the bundle, the `src` URL or the `data` property. */
  source: 'bundled' | 'src' | 'data';
  /** How many roles it holds. */
  roles: number;
}

/** Files larger than this are refused before they are parsed. */
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Gives every widget inside it the same dataset and settings. Without a provider each widget
 * uses the bundled dataset and its own attributes; with one, a host can supply an updated
 * dataset from its own server and set the language, links and heading level once.
 *
 * With the bundled data it gives the widgets the role index, and each widget loads the details
 * it shows, so a card inside a provider fetches no more than a card alone. While a host dataset
 * (`src` or `data`) is on its way, the widgets inside wait for it, showing their own content
 * (their slot), so they never show the bundled roles or report the host's ids as unknown first.
 *
 * @summary Shares a dataset and settings with the widgets inside it.
 * @tagname nhs-careers-provider
 *
 * @attr {string} lang - The language of every widget inside that has no `lang` of its own: `cy` for
 * Welsh, else English. Without it, each widget takes the nearest `lang` on the page.
 *
 * @slot - The widgets (and any other content) that use the provider's data and settings.
 * @csspart message - A short message shown above the content when the `src` dataset cannot be used.
 *
 * @fires {CustomEvent<NhsDatasetLoadDetail>} nhs-dataset-load - A dataset is ready: the bundled one, or the one from
 * `src`.
 * @fires {CustomEvent<NhsErrorDetail>} nhs-error - The `src` dataset could not be loaded or failed its checks; the
 * bundled data is kept.
 */
export class NhsCareersProvider extends LitElement {
  static readonly version = VERSION;
  static override styles = [tokens, base];
  /** How long to wait for `src` before keeping the bundled data, in milliseconds. */
  static timeout = 15000;

  /**
   * URL of a dataset JSON of the same shape as the bundled one (`roles`, and optionally `categories`, `entryRoutes`,
   * `organisations`, `glossary`, `pay`).
   */
  @property() src: string | null = null;

  /**
   * Where "Find out more" links point instead of the source page: an https URL or a path, with `{id}` standing for
   * the role id.
   */
  @property({ attribute: 'link-base' }) linkBase: string | null = null;

  /**
   * The text of the links `link-base` makes, with `{title}` for the role's title, in the page's
   * language: for example "Paramedic jobs in our trust" as `{title} jobs in our trust`. By default
   * "Find out more about Paramedic", naming no site, since the link goes to the host's own pages.
   */
  @property({ attribute: 'link-text' }) linkText: string | null = null;

  /**
   * A dataset object of the same shape as `src` would load, for hosts that already hold one in
   * memory (say, from their own API). It is checked the same way, and may be set before or after
   * the provider is on the page; `src` is ignored while it is set. As with `src`, parts other than
   * `roles` may be left out (the bundled ones are used).
   */
  @property({ attribute: false }) data: HostDataset | undefined = undefined;

  /** The heading level (2 to 6) widgets inside use unless they set their own. */
  @property({ attribute: 'heading-level' }) headingLevel: HeadingLevelValue | null = null;

  /**
   * Whose pay figures the widgets inside show unless they set their own: `england`, `wales`,
   * `scotland` or `northern-ireland`. Unset, each widget uses Wales on a Welsh-language page and
   * England elsewhere; an unknown value is reported (`invalid-attribute`) and left unset.
   */
  @property() nation: Nation | null = null;

  /** The unknown `nation` last reported, so it is reported once while it stays. */
  private reportedNation: string | null = null;

  @state() private failure?: NhsErrorDetail;

  private readonly settings = new SettingsController(this, { fromProvider: false });
  private readonly datasetProvider = new ContextProvider(this, { context: datasetContext });
  private readonly settingsProvider = new ContextProvider(this, { context: settingsContext, initialValue: {} });
  private loadCount = 0;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...SettingsController.observedAttributes, ...propNameAttributes(this.elementProperties).keys()];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    // A prop-named attribute from React 19's server renderer (`roleid`) sets its property.
    super.attributeChangedCallback(attributeToRead((this.constructor as typeof LitElement).elementProperties, name, (a) => this.hasAttribute(a)), old, value);
    this.settings.attributeChanged(name);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const settings: WidgetSettings = {};
    // Only a `lang` on the provider itself is passed on: widgets find the page's own `lang` themselves.
    if (this.hasAttribute('lang')) settings.language = this.settings.language;
    if (this.linkBase) settings.linkBase = this.linkBase;
    if (this.linkText) settings.linkText = this.linkText;
    const level = clampHeadingLevel(this.headingLevel, 0);
    if (level) settings.headingLevel = level;
    const nation = this.nation === null ? undefined : nationFromText(this.nation);
    if (nation) settings.nation = nation;
    this.reportNation(this.nation !== null && !nation ? this.nation : null);
    this.settingsProvider.setValue(settings);
    if (changed.has('src') || changed.has('data')) void this.load();
  }

  private reportNation(unknown: string | null): void {
    if (unknown !== null && unknown !== this.reportedNation) {
      const detail: NhsErrorDetail = {
        code: 'invalid-attribute',
        message: `has nation="${unknown}", which is not one of england, wales, scotland, northern-ireland; the widgets use their own default.`,
        value: `nation=${unknown}`,
      };
      warnOnce(`<nhs-careers-provider> ${detail.message}`);
      emit(this, 'nhs-error', detail);
    }
    this.reportedNation = unknown;
  }

  /**
   * Provides the host's dataset (`data`, else `src`) once it has passed its checks, else the
   * bundled role index. Nothing is provided while a host dataset is on its way (widgets wait).
   */
  private async load(): Promise<void> {
    const attempt = ++this.loadCount;
    const { data, src } = this;
    // The bundled index fills in the parts a host dataset leaves out, and stands in when it fails.
    const bundledLoading = bundledIndexIfLoaded() ?? loadBundledIndex();
    const fetching = data === undefined && src ? this.fetchDataset(src) : undefined;
    let bundled: DatasetIndex;
    try {
      bundled = await bundledLoading;
    } catch {
      if (attempt === this.loadCount) {
        this.fail({ code: 'dataset-unavailable', message: 'could not load the bundled dataset; check that the library’s chunk files are served beside it.' });
      }
      return;
    }
    if (attempt !== this.loadCount) return;
    this.failure = undefined;
    if (data !== undefined) {
      const check = checkDataset(data, bundled);
      if (check.dataset) this.provide(check.dataset, 'data');
      else {
        this.provide(bundled, 'bundled');
        this.fail({
          code: 'dataset-invalid',
          message: `the dataset given as its data property failed its checks (${check.problems.join('; ')}). The bundled data is used instead.`,
        });
      }
      return;
    }
    if (!fetching) {
      if (this.datasetProvider.value !== bundled) this.provide(bundled, 'bundled');
      return;
    }
    const fetched = await fetching;
    if (attempt !== this.loadCount) return;
    const result = 'json' in fetched ? this.checked(fetched.json, src!, bundled) : fetched;
    if ('dataset' in result) this.provide(result.dataset, 'src');
    else {
      this.provide(bundled, 'bundled');
      this.fail(result.failure);
    }
  }

  private checked(json: unknown, src: string, bundled: DatasetIndex): { dataset: Dataset } | { failure: NhsErrorDetail } {
    const check = checkDataset(json, bundled);
    if (check.dataset) return { dataset: check.dataset };
    return {
      failure: {
        code: 'dataset-invalid',
        message: `the dataset at "${src}" failed its checks (${check.problems.join('; ')}). The bundled data is used instead.`,
        value: src,
      },
    };
  }

  /** Fetches and parses `src`, within the time limit and the size limit. */
  private async fetchDataset(src: string): Promise<{ json: unknown } | { failure: NhsErrorDetail }> {
    const unavailable = (why: string): { failure: NhsErrorDetail } => ({
      failure: { code: 'dataset-unavailable', message: `could not load the dataset at "${src}": ${why}. The bundled data is used instead.`, value: src },
    });
    const controller = new AbortController();
    const timeout = (this.constructor as typeof NhsCareersProvider).timeout;
    const timer = setTimeout(() => controller.abort(), timeout);
    try {
      const response = await fetch(new URL(src, document.baseURI), {
        signal: controller.signal,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        headers: { accept: 'application/json' },
      });
      if (!response.ok) return unavailable(`the server answered ${response.status}`);
      if (Number(response.headers.get('content-length') ?? 0) > MAX_BYTES) return unavailable('the file is larger than 10 MB');
      const text = await response.text();
      if (text.length > MAX_BYTES) return unavailable('the file is larger than 10 MB');
      try {
        return { json: JSON.parse(text) as unknown };
      } catch {
        return {
          failure: {
            code: 'dataset-invalid',
            message: `the dataset at "${src}" is not valid JSON. The bundled data is used instead.`,
            value: src,
          },
        };
      }
    } catch (error) {
      return unavailable(controller.signal.aborted ? `no answer within ${timeout / 1000} seconds` : String(error));
    } finally {
      clearTimeout(timer);
    }
  }

  private provide(dataset: DatasetIndex, source: NhsDatasetLoadDetail['source']): void {
    this.datasetProvider.setValue(dataset, true);
    emit<NhsDatasetLoadDetail>(this, 'nhs-dataset-load', { source, roles: dataset.roles.length });
  }

  private fail(detail: NhsErrorDetail): void {
    this.failure = detail;
    warnOnce(`<nhs-careers-provider> ${detail.message}`);
    emit(this, 'nhs-error', detail);
  }

  override render(): TemplateResult {
    const message = this.failure ? this.settings.messages.errors.providerFallback : undefined;
    return html`${message ? html`<p part="message" class="message" role="status">${message}</p>` : nothing}<slot></slot>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nhs-dataset-load': CustomEvent<NhsDatasetLoadDetail>;
  }
}
