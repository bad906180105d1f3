import { createContext } from '@lit/context';
import type { Nation } from '../data/types.js';
import type { Language } from '../i18n/language.js';

/** Settings a `<nhs-careers-provider>` gives to the widgets inside it; each is optional. */
export interface WidgetSettings {
  language?: Language;
  /** Where "Find out more" links point instead of NHS Health Careers, with `{id}` for the role id. */
  linkBase?: string;
  /** The text of links made from `linkBase`, with `{title}` for the role's title. */
  linkText?: string;
  /** The heading level widgets use when they have no `heading-level` of their own. */
  headingLevel?: number;
  /** Whose pay figures widgets show unless they set their own `nation`. */
  nation?: Nation;
}

export const settingsContext = createContext<WidgetSettings>(Symbol.for('nhs-role-widgets:settings'));
