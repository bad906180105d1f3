import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { settingsContext, type WidgetSettings } from '../context/settings-context.js';
import type { Nation } from '../data/types.js';
import { languageOf, messagesFor, type Language, type Messages } from '../i18n/index.js';
import { resolveNation, type NationChoice } from '../shared/nation.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface SettingsControllerOptions {
  /**
   * Whether to take settings from the nearest `<nhs-careers-provider>` (default true). The
   * provider itself uses the controller with `false`: it gives settings, it does not take them.
   */
  fromProvider?: boolean;
}

/**
 * The reader's settings for one element: its language and the strings in that language, and
 * what a provider sets for every widget inside it (link base, heading level).
 *
 * Each setting resolves the same way: the element's own attribute, else the provider's setting,
 * else a default read from the page. For the language that is the element's own `lang`, else the
 * provider's `lang`, else the nearest `lang` above the element (crossing shadow roots), else
 * English. A new setting (say a `nation`) is added the same way: a field in `WidgetSettings`, a
 * getter here that reads the attribute first, and its attribute in `observedAttributes`.
 *
 * It has no lifecycle hooks of its own: the context consumer it adds to the host keeps `provided`
 * current and asks the host to update when it changes.
 *
 * The host forwards attribute changes: its `observedAttributes` include
 * `SettingsController.observedAttributes`, and its `attributeChangedCallback` calls
 * `attributeChanged(name)`, so the element re-renders when its own `lang` changes. (`lang` is read,
 * never declared as a property, so the native attribute keeps its meaning for screen readers.)
 */
export class SettingsController {
  /** The attributes the host must observe for the settings it reads itself. */
  static readonly observedAttributes: readonly string[] = ['lang'];

  /** What the nearest provider set; empty without a provider. */
  provided: WidgetSettings = {};

  constructor(
    private readonly host: Host,
    { fromProvider = true }: SettingsControllerOptions = {},
  ) {
    if (fromProvider) {
      new ContextConsumer(host, {
        context: settingsContext,
        subscribe: true,
        callback: (settings) => {
          this.provided = settings ?? {};
          host.requestUpdate();
        },
      });
    }
  }

  /** Call from the host's `attributeChangedCallback`. */
  attributeChanged(name: string): void {
    if (SettingsController.observedAttributes.includes(name)) this.host.requestUpdate();
  }

  /** The language of the element's strings. */
  get language(): Language {
    if (!this.host.hasAttribute('lang') && this.provided.language) return this.provided.language;
    return languageOf(this.host);
  }

  /** Every string the element shows, in its language. */
  get messages(): Messages {
    return messagesFor(this.language);
  }

  /** Role texts are English: inside a Welsh widget they carry lang="en" so screen readers say them right. */
  get textLang(): 'en' | undefined {
    return this.language === 'en' ? undefined : 'en';
  }

  /** Where "Find out more" links point instead of a role's source, when a provider says. */
  get linkBase(): string | undefined {
    return this.provided.linkBase;
  }

  /**
   * Whose pay the element shows, from its own `nation` attribute (given here), else the provider's
   * nation, else Wales on a Welsh-language page and England elsewhere; `invalid` when the
   * attribute named no nation.
   */
  nation(attribute: string | null): NationChoice {
    return resolveNation(attribute, this.language, this.provided.nation);
  }

  /** The provider's nation, if it names one. */
  get providedNation(): Nation | undefined {
    return this.provided.nation;
  }

  /** The provider's heading level for widgets that have none of their own. */
  get headingLevel(): number | undefined {
    return this.provided.headingLevel;
  }
}
