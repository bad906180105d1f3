import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { findEntryRoute, rolesInCategory } from '../../data/selectors.js';
import type { Category, HeadingLevelValue, RoleSummary, WidgetTheme } from '../../data/types.js';
import { plural } from '../../i18n/index.js';
import { emit, toggleRoleCard } from '../../shared/events.js';
import { HEADING_LEVEL_RULE, InputChecksController, type Problem } from '../../controllers/input-checks-controller.js';
import { headingTag, nestedHeadingLevel } from '../../shared/heading.js';
import { idList } from '../../shared/id-list.js';
import { NhsElement } from '../../shared/nhs-element.js';
import { sourceCredit } from '../../shared/credit.js';
import { base } from '../../styles/base.js';
import { focus } from '../../styles/focus.js';
import { tokens } from '../../styles/tokens.js';
import { categoryGridStyles } from './category-grid.styles.js';

export interface NhsCategoryToggleDetail {
  /** The id of the category opened or closed. */
  category: string;
  /** Whether it is now open. */
  open: boolean;
}

/**
 * The 14 NHS role categories as a responsive list of cards, each with its number of roles. A
 * category opens in place to list its roles, and each role opens its card. Filter to the roles
 * open through one way in, for example for a "jobs you can start after school" page.
 *
 * @summary NHS role categories that open to list their roles.
 * @tagname nhs-category-grid
 *
 * @slot - Shown until the grid has rendered, and kept if it cannot render.
 *
 * @csspart grid - The list of categories.
 * @csspart category - Each category's card.
 * @csspart heading - Each category's name.
 * @csspart toggle - The buttons that open and close categories and roles.
 * @csspart roles - The list of a category's roles.
 * @csspart message - A short message about input the grid could not use.
 * @csspart credit - The credit to the source, with a link to it.
 *
 * @cssprop [--nhs-category-grid-gap=1em] - Space between category cards.
 * @cssprop [--nhs-category-grid-min-column=16em] - The narrowest a column may be before the grid drops a column.
 * @cssprop [--nhs-category-grid-padding=1.25em] - Space inside each category card.
 * @cssprop [--nhs-category-grid-heading-size=1.25em] - Size of the category names.
 * @cssprop [--nhs-color-link=#005eb8] - Colour of the buttons.
 * @cssprop [--nhs-color-border] - Colour of the card borders.
 *
 * @fires {CustomEvent<NhsCategoryToggleDetail>} nhs-category-toggle - A category was opened or closed.
 * @fires {CustomEvent<NhsRoleSelectDetail>} nhs-role-select - A role was chosen in an open category. Cancel it to
 * stop its card opening here.
 * @fires {CustomEvent<NhsErrorDetail>} nhs-error - An attribute named an unknown category or way in; `detail.code`
 * says which.
 */
export class NhsCategoryGrid extends NhsElement {
  static override styles = [tokens, base, focus, categoryGridStyles];

  /** Comma-separated category ids to show, in that order; all 14 when empty. */
  @property() categories: string | null = null;

  /**
   * An entry route id (`school-leavers`, `apprenticeships`, `support-to-progress`, `higher-education`, ...) to show
   * only the roles open through it.
   */
  @property({ attribute: 'entry-route' }) entryRoute: string | null = null;

  /** The level of the category names, 2 to 6; role cards inside sit one level below. */
  @property({ attribute: 'heading-level' }) headingLevel: HeadingLevelValue | null = null;

  /** `nhs` for the NHS.UK palette; add `dark` for light text on a dark page (`theme="nhs dark"`). */
  @property({ reflect: true }) theme: WidgetTheme | null = null;

  @state() private openCategories = new Set<string>();
  @state() private openRoles = new Set<string>();
  /** True while the page prints: closed categories' role lists are rendered then, so a handout shows them. */
  @state() private printing = false;

  private readonly printMedia = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
  private readonly onPrintChange = (): void => {
    this.printing = this.printMedia?.matches ?? false;
  };
  private readonly onBeforePrint = (): void => {
    this.printing = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Role lists are rendered only for open categories (a grid may hold thousands of roles), so
    // printing asks for them all: beforeprint for a real print, the print media query for emulation.
    this.printMedia?.addEventListener('change', this.onPrintChange);
    globalThis.addEventListener?.('beforeprint', this.onBeforePrint);
    globalThis.addEventListener?.('afterprint', this.onPrintChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.printMedia?.removeEventListener('change', this.onPrintChange);
    globalThis.removeEventListener?.('beforeprint', this.onBeforePrint);
    globalThis.removeEventListener?.('afterprint', this.onPrintChange);
  }

  private readonly checks = new InputChecksController(this, this.data, this.settings, {
    rules: [HEADING_LEVEL_RULE, this.nationRule],
    check: () => this.inputProblems(),
  });

  private get routeId(): string {
    return (this.entryRoute ?? '').trim().toLowerCase();
  }

  private get route() {
    return this.routeId && this.data.dataset ? findEntryRoute(this.data.dataset, this.routeId) : undefined;
  }

  private get shownCategories(): Category[] {
    const all = this.data.dataset?.categories ?? [];
    const wanted = idList(this.categories);
    if (wanted.length === 0) return [...all];
    return wanted.map((id) => all.find((c) => c.id === id)).filter((c): c is Category => c !== undefined);
  }

  private inputProblems(): Problem[] {
    const problems: Problem[] = [];
    const messages = this.settings.messages;
    const known = new Set(this.data.dataset!.categories.map((c) => c.id));
    const wanted = idList(this.categories);
    for (const id of wanted.filter((id) => !known.has(id))) {
      problems.push({
        code: 'unknown-category',
        text: messages.errors.unknownCategory(id),
        message: `has categories="${this.categories}", and "${id}" is not a category in the dataset; the others are shown.`,
        value: id,
        partial: wanted.some((id) => known.has(id)),
      });
    }
    if (this.routeId && !this.route) {
      problems.push({
        code: 'unknown-route',
        text: `${messages.errors.unknownRoute(this.routeId)} ${messages.showingAll}`,
        message: `has entry-route="${this.entryRoute}", which is not an entry route in the dataset; every role is shown.`,
        value: this.routeId,
        partial: true,
      });
    }
    return problems;
  }

  private rolesOf(category: Category): readonly RoleSummary[] {
    const roles = rolesInCategory(this.data.dataset!, category.id);
    const route = this.route;
    return route ? roles.filter((role) => role.entryRoutes?.includes(route.id)) : roles;
  }

  override render(): TemplateResult {
    const blocking = this.checks.blocking;
    if (blocking) return this.renderProblem(blocking);
    if (!this.data.dataset) return this.renderPlaceholder();
    const m = this.settings.messages;
    const notes = this.checks.notices;
    const route = this.route;
    return html`
      ${notes.map((note) => html`<p part="message" class="message">${note.text}</p>`)}
      ${route ? html`<p class="note">${m.filteredBy(m.routeNames[route.id] ?? route.name)}</p>` : nothing}
      <ul part="grid" class="grid" aria-label=${m.categoriesLabel}>
        ${this.shownCategories.map((category) => this.renderCategory(category))}
      </ul>
      ${sourceCredit(m)}
    `;
  }

  private renderCategory(category: Category): TemplateResult {
    const m = this.settings.messages;
    const level = this.headingLevelFrom(this.headingLevel);
    const heading = headingTag(level);
    const roles = this.rolesOf(category);
    const open = this.openCategories.has(category.id) && roles.length > 0;
    const name = m.categoryNames[category.id] ?? category.name;
    const count = plural(this.settings.language, roles.length, m.roleCount);
    const panel = `roles-${category.id}`;
    const textLang = this.settings.textLang;
    return html`<li part="category" class="category ${open ? 'open' : ''}">
      ${staticHtml`<${heading} part="heading" class="name">${name}</${heading}>`}
      <p class="summary" lang=${ifDefined(textLang)}>${category.summary}</p>
      ${roles.length === 0
        ? html`<p class="count">${m.noRolesOnRoute}</p>`
        : html`<button part="toggle" class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${panel}
              @click=${() => this.toggleCategory(category.id)}>
              ${open ? m.hideRoles : m.showRoles(count)}<span class="visually-hidden">: ${name}</span>
            </button>
            <div class="panel" id=${panel} ?hidden=${!open}>
              ${open || this.printing
                ? html`<ul part="roles" class="roles" aria-label=${m.rolesIn(name)}>
                    ${roles.map((role) => this.renderRole(role, level + 1))}
                  </ul>`
                : nothing}
            </div>`}
    </li>`;
  }

  private renderRole(role: RoleSummary, cardLevel: number): TemplateResult {
    const open = this.openRoles.has(role.id);
    const card = `card-${role.id}`;
    return html`<li class="role ${open ? 'open' : ''}">
      <button part="toggle" class="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${card}
        lang=${ifDefined(this.settings.textLang)} @click=${() => this.toggleRole(role.id)}>${role.title}</button>
      <div id=${card} ?hidden=${!open}>
        ${open ? html`<nhs-role-card role-id=${role.id} nation=${this.payNation} heading-level=${nestedHeadingLevel(cardLevel)} theme=${ifDefined(this.theme ?? undefined)}></nhs-role-card>` : nothing}
      </div>
    </li>`;
  }

  private toggleCategory(id: string): void {
    const open = !this.openCategories.has(id);
    const next = new Set(this.openCategories);
    if (open) next.add(id);
    else next.delete(id);
    this.openCategories = next;
    emit<NhsCategoryToggleDetail>(this, 'nhs-category-toggle', { category: id, open });
  }

  private toggleRole(id: string): void {
    this.openRoles = toggleRoleCard(this, this.openRoles, id) ?? this.openRoles;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nhs-category-toggle': CustomEvent<NhsCategoryToggleDetail>;
  }
}
