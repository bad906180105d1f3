import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import { BANDS, QUALIFICATION_LEVELS, matchesFilter, type RoleFilter } from '../../data/filter.js';
import { describePay } from '../../data/pay.js';
import { withoutIntent, type AppliedIntent } from '../../data/query.js';
import { prepareSearch, searchRoles } from '../../data/search.js';
import { findCategory, findEntryRoute } from '../../data/selectors.js';
import type { Band, DatasetIndex, HeadingLevelValue, PatientContact, QualificationLevel, RegistrationFilter, Role, WidgetTheme } from '../../data/types.js';
import { joinList, plural } from '../../i18n/index.js';
import { emit } from '../../shared/events.js';
import {
  HEADING_LEVEL_RULE,
  InputChecksController,
  oneOfRule,
  wholeNumberRule,
  type Problem,
} from '../../controllers/input-checks-controller.js';
import { headingTag } from '../../shared/heading.js';
import { NhsElement } from '../../shared/nhs-element.js';
import { payText, roleLink, routeName, routesOf } from '../../shared/role-text.js';
import { sourceCredit } from '../../shared/credit.js';
import { base } from '../../styles/base.js';
import { buttons } from '../../styles/buttons.js';
import { focus } from '../../styles/focus.js';
import { tokens } from '../../styles/tokens.js';
import { MAX_COMPARED } from '../role-compare/role-compare.component.js';
import { roleExplorerStyles } from './role-explorer.styles.js';

export interface NhsCompareChangeDetail {
  /** The ids of the roles chosen to compare, in the order they were chosen. */
  roles: string[];
}

const CONTACTS: readonly PatientContact[] = ['a-lot', 'some', 'little'];
const SUGGESTED_SEARCHES = ['nurse', 'porter', 'paramedic', 'science'];

/** An attribute value if it is one of `allowed`, else undefined. */
const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined => {
  const v = (value ?? '').trim().toLowerCase();
  return (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
};

/**
 * Search and filter every NHS role: by category, way in, the qualifications the reader has or
 * plans, time with patients, pay band and registration. Results show as compact entries; a reader
 * can pick up to three to compare side by side. Attributes preset any filter.
 *
 * @summary Search, filter and compare every NHS role.
 * @tagname nhs-role-explorer
 *
 * @slot - Shown until the explorer has rendered, and kept if it cannot render.
 * @csspart search - The search box.
 * @csspart search-filters - The filters read from the search words ("no degree", "band 5"), each with a button to remove it.
 * @csspart filters - The group of filters.
 * @csspart status - The number of roles found, announced to screen readers.
 * @csspart results - The list of results.
 * @csspart result - Each result.
 * @csspart tray - The bar showing the roles chosen to compare.
 * @csspart message - A short message about an attribute the explorer could not use.
 * @csspart credit - The credit to the source, with a link to it.
 *
 * @cssprop [--nhs-role-explorer-gap=1em] - Space between the filters.
 * @cssprop [--nhs-role-explorer-control-border=2px solid currentColor] - Border of the search box and selects.
 * @cssprop [--nhs-color-accent=#005eb8] - Colour of the buttons.
 *
 * @fires {CustomEvent<NhsCompareChangeDetail>} nhs-compare-change - The roles chosen to compare changed.
 * @fires {CustomEvent<NhsErrorDetail>} nhs-error - A preset names an unknown category or way in; it is ignored.
 */
export class NhsRoleExplorer extends NhsElement {
  static override styles = [tokens, base, focus, buttons, roleExplorerStyles];
  /** It searches every role, so it waits for all of them in full. @internal */
  protected static override dataNeeds = 'every-role' as const;

  /** Words to search for. */
  @property() query: string | null = '';
  /** A category id to show only its roles. */
  @property() category: string | null = null;
  /** An entry route id to show only roles open through it. */
  @property({ attribute: 'entry-route' }) entryRoute: string | null = null;
  /** The highest qualification the reader has or plans: `none`, `gcse`, `a-level`, `degree` or `postgraduate`. */
  @property() qualification: QualificationLevel | null = null;
  /** `a-lot`, `some` or `little` time with patients. */
  @property({ attribute: 'patient-contact' }) patientContact: PatientContact | null = null;
  /** Lowest Agenda for Change band of interest, `1` to `9`. */
  @property({ attribute: 'band-from' }) bandFrom: Band | null = null;
  /** Highest Agenda for Change band of interest. */
  @property({ attribute: 'band-to' }) bandTo: Band | null = null;
  /** `required` for roles that need professional registration, `not-required` for those that do not. */
  @property() registration: RegistrationFilter | null = null;
  /** How many results show before "Show more". */
  @property({ attribute: 'page-size', type: Number }) pageSize = 20;
  /** The level of the result headings' parent; results use the next level. */
  @property({ attribute: 'heading-level' }) headingLevel: HeadingLevelValue | null = null;
  /** `nhs` for the NHS.UK palette; add `dark` for light text on a dark page. */
  @property({ reflect: true }) theme: WidgetTheme | null = null;

  @state() private shown = 0;
  @state() private chosen: string[] = [];
  @state() private comparing = false;
  @state() private notice = '';

  private cache?: { key: string; dataset: DatasetIndex<Role>; results: Role[]; intents: AppliedIntent[] };
  /** The dataset the search index was last prepared for. */
  private searchPreparedFor?: DatasetIndex<Role>;

  private readonly checks = new InputChecksController(this, this.data, this.settings, {
    rules: [
      HEADING_LEVEL_RULE,
      oneOfRule('qualification', QUALIFICATION_LEVELS),
      oneOfRule('patient-contact', CONTACTS),
      oneOfRule('band-from', BANDS),
      oneOfRule('band-to', BANDS),
      oneOfRule('registration', ['required', 'not-required']),
      wholeNumberRule('page-size', 1, 200),
      this.nationRule,
    ],
    check: () => this.presetProblems(),
  });

  private get filter(): RoleFilter {
    const dataset = this.data.everyRole;
    const filter: RoleFilter = {};
    const category = (this.category ?? '').trim().toLowerCase();
    if (dataset && category && findCategory(dataset, category)) filter.category = category;
    const route = (this.entryRoute ?? '').trim().toLowerCase();
    if (dataset && route && findEntryRoute(dataset, route)) filter.entryRoute = route;
    const qualification = oneOf<QualificationLevel>(this.qualification, QUALIFICATION_LEVELS);
    if (qualification) filter.qualification = qualification;
    const contact = oneOf<PatientContact>(this.patientContact, CONTACTS);
    if (contact) filter.patientContact = contact;
    const from = oneOf<Band>(this.bandFrom, BANDS);
    if (from) filter.bandFrom = from;
    const to = oneOf<Band>(this.bandTo, BANDS);
    if (to) filter.bandTo = to;
    const registration = (this.registration ?? '').trim().toLowerCase();
    if (registration === 'required') filter.registration = true;
    if (registration === 'not-required') filter.registration = false;
    return filter;
  }

  /** Matching roles, best first when searching, else by title. Worked out once per change of input. */
  get results(): Role[] {
    return this.searched().results;
  }

  /** The filters read from the search words ("nurse no degree": no degree needed). */
  get searchFilters(): AppliedIntent[] {
    return this.searched().intents;
  }

  private searched(): { results: Role[]; intents: AppliedIntent[] } {
    const dataset = this.data.everyRole;
    if (!dataset) return { results: [], intents: [] };
    const filter = this.filter;
    const query = (this.query ?? '').trim();
    const key = JSON.stringify([query, filter]);
    if (this.cache?.key === key && this.cache.dataset === dataset) return this.cache;
    const found = query ? searchRoles(dataset, query) : { roles: [...dataset.roles].sort((a, b) => a.title.localeCompare(b.title)), intents: [] };
    const results = found.roles.filter((role) => matchesFilter(role, filter));
    this.cache = { key, dataset, results, intents: found.intents };
    return this.cache;
  }

  private presetProblems(): Problem[] {
    const dataset = this.data.everyRole;
    if (!dataset) return [];
    const { errors } = this.settings.messages;
    const problems: Problem[] = [];
    const category = (this.category ?? '').trim().toLowerCase();
    if (category && !findCategory(dataset, category)) {
      problems.push({
        code: 'unknown-category',
        text: errors.unknownCategory(category),
        message: `has category="${this.category}", which is not a category; it is ignored.`,
        value: category,
        partial: true,
      });
    }
    const route = (this.entryRoute ?? '').trim().toLowerCase();
    if (route && !findEntryRoute(dataset, route)) {
      problems.push({
        code: 'unknown-route',
        text: errors.unknownRoute(route),
        message: `has entry-route="${this.entryRoute}", which is not an entry route; it is ignored.`,
        value: route,
        partial: true,
      });
    }
    return problems;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Build the search index while the reader is still reading, not on their first keystroke.
    const dataset = this.data.everyRole;
    if (dataset && dataset !== this.searchPreparedFor) {
      this.searchPreparedFor = dataset;
      const idle = (window as Window & { requestIdleCallback?: (callback: () => void) => number }).requestIdleCallback;
      if (idle) idle(() => prepareSearch(dataset));
      else setTimeout(() => prepareSearch(dataset), 50);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const inputs = ['query', 'category', 'entryRoute', 'qualification', 'patientContact', 'bandFrom', 'bandTo', 'registration', 'pageSize'];
    if (inputs.some((name) => changed.has(name)) || this.shown === 0) this.shown = this.page;
  }

  private get page(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? Math.min(this.pageSize, 200) : 20;
  }

  override render(): TemplateResult {
    const blocking = this.checks.blocking;
    if (blocking) return this.renderProblem(blocking);
    if (!this.data.everyRole) return this.renderPlaceholder();
    const m = this.settings.messages;
    const results = this.results;
    const visible = results.slice(0, this.shown);
    return html`
      ${this.checks.notices.map((p) => html`<p part="message" class="message">${p.text}</p>`)}
      <div role="search">
        <label for="search">${m.searchLabel}</label>
        <p class="hint" id="search-hint">${m.searchHint}</p>
        <input id="search" part="search" type="search" autocomplete="off" spellcheck="false" aria-describedby="search-hint"
          .value=${live(this.query ?? '')} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        ${this.renderSearchFilters()}
        ${this.renderFilters()}
      </div>
      <p part="status" class="status" role="status">${m.resultsFound(plural(this.settings.language, results.length, m.roleCount))}${this.searchFilters.length
        ? ` ${m.searchFiltersApplied(joinList(this.settings.language, this.searchFilters.map((i) => i.label[this.settings.language])))}`
        : nothing}</p>
      ${results.length === 0 ? this.renderEmpty() : nothing}
      <ul part="results" class="results">${visible.map((role) => this.renderResult(role))}</ul>
      ${results.length > visible.length
        ? html`<p class="more"><button class="button" type="button" @click=${() => (this.shown += this.page)}>
            ${m.showMore(Math.min(this.page, results.length - visible.length))}</button></p>`
        : nothing}
      ${results.length > 0 ? sourceCredit(m) : nothing}
      ${this.renderTray()}
      ${this.comparing && this.chosen.length >= 2
        ? html`<div class="comparison" id="comparison" tabindex="-1">
            <nhs-role-compare roles=${this.chosen.join(',')} nation=${this.payNation} theme=${ifDefined(this.theme ?? undefined)}></nhs-role-compare>
          </div>`
        : nothing}
    `;
  }

  private select<T extends string>(id: string, label: string, value: T | '', options: { value: T | ''; label: string }[], onChange: (value: T | '') => void) {
    return html`<div>
      <label for=${id}>${label}</label>
      <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value as T | '')}>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
      </select>
    </div>`;
  }

  private renderFilters(): TemplateResult {
    const m = this.settings.messages;
    const dataset = this.data.everyRole!;
    const f = this.filter;
    const any = { value: '' as const, label: m.anyValue };
    // Each band names its pay in the chosen nation, with the table's nation and year.
    const bands = BANDS.map((b) => ({
      value: b,
      label: describePay(m, dataset, { scale: 'agenda-for-change', from: b, to: b }, this.payNation),
    }));
    return html`<fieldset part="filters">
      <legend>${m.filters}</legend>
      <div class="filters">
        ${this.select('category', m.categoryLabel, f.category ?? '', [{ value: '', label: m.anyCategory }, ...dataset.categories.map((c) => ({ value: c.id, label: m.categoryNames[c.id] ?? c.name }))], (v) => (this.category = v || null))}
        ${this.select('route', m.waysIn, f.entryRoute ?? '', [{ value: '', label: m.anyRoute }, ...dataset.entryRoutes.map((r) => ({ value: r.id, label: routeName(m, r) }))], (v) => (this.entryRoute = v || null))}
        ${this.select('qualification', m.qualificationLabel, f.qualification ?? '', [any, ...QUALIFICATION_LEVELS.map((q) => ({ value: q, label: m.qualifications[q] }))], (v) => (this.qualification = v || null))}
        ${this.select('contact', m.patientContact, f.patientContact ?? '', [any, ...CONTACTS.map((c) => ({ value: c, label: m.contact[c] }))], (v) => (this.patientContact = v || null))}
        ${this.select('band-from', m.bandFromLabel, f.bandFrom ?? '', [any, ...bands], (v) => (this.bandFrom = v || null))}
        ${this.select('band-to', m.bandToLabel, f.bandTo ?? '', [any, ...bands], (v) => (this.bandTo = v || null))}
        ${this.select('registration', m.registration, f.registration === undefined ? '' : f.registration ? 'required' : 'not-required',
          [{ value: '', label: m.registrationEither }, { value: 'required', label: m.registrationNeeded }, { value: 'not-required', label: m.noRegistration }],
          (v) => (this.registration = v || null))}
      </div>
    </fieldset>`;
  }

  /** The intents read from the query, each removable; those the data cannot answer say so. */
  private renderSearchFilters(): TemplateResult | typeof nothing {
    const intents = this.searchFilters;
    if (intents.length === 0) return nothing;
    const m = this.settings.messages;
    return html`<div part="search-filters" class="search-filters">
      <p class="search-filters-label" id="search-filters-label">${m.searchFilters}</p>
      <ul aria-labelledby="search-filters-label">
        ${intents.map((intent) => {
          const label = intent.label[this.settings.language];
          const note = intent.unsupported ? m.searchFilterNoData : intent.nation ? m.searchFilterNation : '';
          return html`<li class="search-filter">
            <span>${label}${note ? html`<span class="search-filter-note">: ${note}</span>` : nothing}</span>
            <button class="button" type="button" aria-label=${m.removeSearchFilter(label)} @click=${() => this.removeSearchFilter(intent)}>
              <span aria-hidden="true">×</span>
            </button>
          </li>`;
        })}
      </ul>
    </div>`;
  }

  /** Removes an intent's words from the query and returns the reader to the search box. */
  private removeSearchFilter(intent: AppliedIntent): void {
    this.query = withoutIntent(this.query ?? '', intent);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  }

  private renderEmpty(): TemplateResult {
    const m = this.settings.messages;
    return html`<div class="empty">
      <p>${m.noResults} ${m.trySuggestions}</p>
      <ul class="suggestions">
        <li><button class="button" type="button" @click=${this.clearAll}>${m.clearFilters}</button></li>
        ${SUGGESTED_SEARCHES.map((word) => html`<li><button class="button" type="button" lang="en" @click=${() => this.searchFor(word)}>${word}</button></li>`)}
      </ul>
    </div>`;
  }

  private renderResult(role: Role): TemplateResult {
    const m = this.settings.messages;
    const dataset = this.data.everyRole!;
    const textLang = this.settings.textLang;
    const heading = headingTag(this.headingLevelFrom(this.headingLevel) + 1);
    const category = findCategory(dataset, role.category);
    const pressed = this.chosen.includes(role.id);
    const link = roleLink(m, role, this.settings.provided, textLang);
    return html`<li part="result" class="result">
      ${staticHtml`<${heading} class="result-title" lang=${ifDefined(textLang)}>${role.title}</${heading}>`}
      <p class="result-category">${m.categoryNames[role.category] ?? category?.name}</p>
      <p class="result-summary" lang=${ifDefined(textLang)}>${role.summary}</p>
      <p class="result-pay"><span class="visually-hidden">${m.pay}: </span>${payText(m, dataset, role, this.payNation)}</p>
      <ul class="tags" aria-label=${m.waysIn}>${routesOf(dataset, role).map((r) => html`<li class="tag">${routeName(m, r)}</li>`)}</ul>
      <div class="actions">
        <a href=${ifDefined(link.href)}>${link.content}</a>
        <button class="button" type="button" aria-pressed=${pressed ? 'true' : 'false'} @click=${() => this.toggleCompare(role.id)}>
          ${m.addToComparison}<span class="visually-hidden">: ${role.title}</span>
        </button>
      </div>
    </li>`;
  }

  private renderTray(): TemplateResult | typeof nothing {
    if (this.chosen.length === 0 && !this.notice) return nothing;
    const m = this.settings.messages;
    return html`<div part="tray" class="tray">
      <p role="status">${this.notice || m.comparisonChosen(this.chosen.length, MAX_COMPARED)}</p>
      <button class="button primary" type="button" ?disabled=${this.chosen.length < 2} @click=${this.openComparison}>${m.compareChosen}</button>
      <button class="button" type="button" @click=${this.clearComparison}>${m.clearComparison}</button>
    </div>`;
  }

  private toggleCompare(id: string): void {
    if (this.chosen.includes(id)) this.chosen = this.chosen.filter((c) => c !== id);
    else if (this.chosen.length >= MAX_COMPARED) {
      this.notice = this.settings.messages.compareLimit(MAX_COMPARED);
      return;
    } else this.chosen = [...this.chosen, id];
    this.notice = '';
    emit<NhsCompareChangeDetail>(this, 'nhs-compare-change', { roles: [...this.chosen] });
  }

  private readonly openComparison = async (): Promise<void> => {
    this.comparing = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#comparison')?.focus();
  };

  private readonly clearComparison = (): void => {
    this.chosen = [];
    this.comparing = false;
    this.notice = '';
    emit<NhsCompareChangeDetail>(this, 'nhs-compare-change', { roles: [] });
  };

  private readonly clearAll = (): void => {
    this.query = '';
    this.category = this.entryRoute = this.qualification = this.patientContact = this.bandFrom = this.bandTo = this.registration = null;
  };

  private searchFor(word: string): void {
    this.clearAll();
    this.query = word;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nhs-compare-change': CustomEvent<NhsCompareChangeDetail>;
  }
}
