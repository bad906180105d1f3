import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { linkSourceName } from '../data/link-sources.js';
import { describePay } from '../data/pay.js';
import { findEntryRoute, findOrganisation } from '../data/selectors.js';
import type { DatasetIndex, EntryRoute, Nation, Role, RoleSummary } from '../data/types.js';
import type { Messages } from '../i18n/messages.js';
import type { WidgetSettings } from '../context/settings-context.js';

/*
 * The wording of a role's facts, shared by every widget that shows them (card, compare, explorer),
 * so pay or registration reads the same everywhere.
 */

/** A role's pay in the reader's language for a nation: "Band 5 to 7: £31,049 to £54,710 (England, 2025/26)". */
export function payText(m: Messages, dataset: DatasetIndex, role: Role, nation: Nation): string {
  return (role.pay && describePay(m, dataset, role.pay, nation)) || m.notKnown;
}

/** Whether and where a role registers; the regulator's English name is marked as English. */
export function registrationText(m: Messages, dataset: DatasetIndex, role: Role, textLang: 'en' | undefined): TemplateResult | string {
  if (role.regulator === null) return m.notKnown;
  if (role.regulator === 'none') return m.noRegistration;
  const organisation = findOrganisation(dataset, role.regulator);
  const name = organisation ? `${organisation.name}${organisation.shortName ? ` (${organisation.shortName})` : ''}` : role.regulator;
  const [before, after] = m.registersWith('\u0000').split('\u0000');
  return html`${before}<span lang=${ifDefined(textLang)}>${name}</span>${after}`;
}

/** The ways in a role lists that the dataset knows. */
export const routesOf = (dataset: DatasetIndex, role: RoleSummary): EntryRoute[] =>
  (role.entryRoutes ?? []).map((id) => findEntryRoute(dataset, id)).filter((route) => route !== undefined);

/** A way in's name in the reader's language. */
export const routeName = (m: Messages, route: EntryRoute): string => m.routeNames[route.id] ?? route.name;

/**
 * Where a role's "Find out more" link points: the provider's link base when it names one (https or
 * a path on the host, `{id}` standing for the role id), else the role's first source.
 */
export function roleHref(role: RoleSummary, linkBase: string | undefined): string | undefined {
  if (linkBase && /^(https:\/\/|\/(?!\/))/.test(linkBase)) return linkBase.replaceAll('{id}', encodeURIComponent(role.id));
  return role.sources[0];
}

/**
 * A role's "Find out more" link: to the role's source, saying which site that is (for screen
 * readers, after the visible text), or to the host's own page from the provider's link base, with
 * the host's link text (`{title}` for the role) or a text that names no site.
 */
export function roleLink(m: Messages, role: RoleSummary, settings: WidgetSettings, textLang: 'en' | undefined): { href: string | undefined; content: TemplateResult } {
  const hostPage = settings.linkBase ? roleHref(role, settings.linkBase) : undefined;
  if (hostPage && hostPage !== role.sources[0]) {
    const text = settings.linkText?.trim() ? settings.linkText.replaceAll('{title}', role.title) : m.findOutMore(role.title);
    return { href: hostPage, content: html`${text}` };
  }
  const href = role.sources[0];
  const site = href ? linkSourceName(href) : undefined;
  if (!site) return { href, content: html`${m.findOutMore(role.title)}` };
  // The site's name is English: marked so inside a Welsh widget.
  const [before, after] = m.onSite('\u0000').split('\u0000');
  const name = m.onSite(site).slice(before!.length, m.onSite(site).length - after!.length);
  return {
    href,
    content: html`${m.findOutMore(role.title)}<span class="visually-hidden">${before}<span lang=${ifDefined(textLang)}>${name}</span>${after}</span>`,
  };
}
