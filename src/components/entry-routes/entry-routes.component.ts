import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { findEntryRoute, findRole, rolesOnEntryRoute } from '../../data/selectors.js';
import type { EntryRoute, HeadingLevelValue, Role, RoleSummary, WidgetTheme } from '../../data/types.js';
import { HEADING_LEVEL_RULE, InputChecksController, type Problem } from '../../controllers/input-checks-controller.js';
import { headingTag } from '../../shared/heading.js';
import { NhsElement } from '../../shared/nhs-element.js';
import { requestedRole, ROLE_ALIAS_DEPRECATION, type RequestedRole } from '../../shared/role-id.js';
import { roleHref } from '../../shared/role-text.js';
import { sourceCredit } from '../../shared/credit.js';
import { base } from '../../styles/base.js';
import { focus } from '../../styles/focus.js';
import { tokens } from '../../styles/tokens.js';
import { entryRoutesStyles } from './entry-routes.styles.js';

/** How many example roles each way in shows in the overview. */
const EXAMPLES = 5;

/**
 * The ways into NHS work: straight from school, apprenticeships, starting in support and
 * progressing, and university, with what each asks for and roles it leads to. Give it a `role-id`
 * to show that role's ways in, or a `route` to list every role open through one way in.
 *
 * @summary Ways into NHS work, for all roles, one role, or one route.
 * @tagname nhs-entry-routes
 *
 * @attr {string} role - Deprecated: use `role-id`. Read only when `role-id` is absent, with a console
 * warning, since browsers and accessibility checkers take `role` for the element's ARIA role.
 *
 * @slot - Shown until the widget has rendered, and kept if it cannot render.
 *
 * @csspart routes - The list of ways in.
 * @csspart route - Each way in.
 * @csspart heading - The headings of the ways in and of the categories.
 * @csspart roles - A list of roles.
 * @csspart message - A short message shown when the role or route is unknown.
 * @csspart credit - The credit to the source, with a link to it.
 *
 * @cssprop [--nhs-entry-routes-gap=1em] - Space between the ways in.
 * @cssprop [--nhs-entry-routes-padding=1.25em] - Space inside each way in.
 * @cssprop [--nhs-entry-routes-heading-size=1.25em] - Size of the headings.
 * @cssprop [--nhs-color-accent=#005eb8] - The stripe beside each way in.
 *
 * @fires {CustomEvent<NhsErrorDetail>} nhs-error - The `role-id` or `route` is not in the dataset; `detail.code` says
 * which.
 */
export class NhsEntryRoutes extends NhsElement {
  static override styles = [tokens, base, focus, entryRoutesStyles];
  /** Read for the deprecated alias of role-id, never declared: see shared/role-id.ts. @internal */
  protected static override readAttributes = ['role'];

  /** A role id such as `paramedic`: show that role's ways in. (Not `role`, which is the element's ARIA role.) */
  @property({ attribute: 'role-id' }) roleId: string | null = null;

  /** An entry route id (for example `apprenticeships`): list the roles open through it, by category. */
  @property() route: string | null = null;

  /** The level of the widget's headings, 2 to 6. */
  @property({ attribute: 'heading-level' }) headingLevel: HeadingLevelValue | null = null;

  private readonly checks = new InputChecksController(this, this.data, this.settings, {
    rules: [HEADING_LEVEL_RULE, this.nationRule],
    check: () => this.inputProblems(),
    deprecations: () => (this.requested.attribute === 'role' ? [ROLE_ALIAS_DEPRECATION] : []),
  });

  /** `nhs` for the NHS.UK palette; add `dark` for light text on a dark page. */
  @property({ reflect: true }) theme: WidgetTheme | null = null;

  /** The role to show, if any: `role-id`, else the deprecated `role`. */
  private get requested(): RequestedRole {
    return requestedRole(this, this.roleId);
  }

  private get routeId(): string {
    return (this.route ?? '').trim().toLowerCase();
  }

  private inputProblems(): Problem[] {
    const dataset = this.data.dataset!;
    const { errors } = this.settings.messages;
    const { id, value, attribute } = this.requested;
    if (id && !findRole(dataset, id)) {
      return [{
        code: 'unknown-role',
        text: errors.unknownRole(id),
        message: `has ${attribute}="${value}", which is not a role in the dataset.`,
        value: id,
      }];
    }
    if (!id && this.routeId && !findEntryRoute(dataset, this.routeId)) {
      return [{
        code: 'unknown-route',
        text: errors.unknownRoute(this.routeId),
        message: `has route="${this.route}", which is not an entry route in the dataset.`,
        value: this.routeId,
      }];
    }
    return [];
  }

  private get level(): number {
    return this.headingLevelFrom(this.headingLevel);
  }

  override render(): TemplateResult {
    const failure = this.checks.blocking;
    if (failure) return this.renderProblem(failure);
    const dataset = this.data.dataset;
    if (!dataset) return this.renderPlaceholder();
    const { id } = this.requested;
    if (id) {
      // One role's ways in include its entry requirements, which are in the role's details.
      const role = this.data.roleDetails(id);
      return role ? html`${this.renderRole(role)}${sourceCredit(this.settings.messages)}` : this.renderPlaceholder();
    }
    const content = this.routeId ? this.renderRoute(findEntryRoute(dataset, this.routeId)!) : this.renderOverview();
    return html`${content}${sourceCredit(this.settings.messages)}`;
  }

  private routeName(route: EntryRoute): string {
    return this.settings.messages.routeNames[route.id] ?? route.name;
  }

  private roleLink(role: RoleSummary): TemplateResult {
    return html`<a href=${ifDefined(roleHref(role, this.settings.linkBase))} lang=${ifDefined(this.settings.textLang)}>${role.title}</a>`;
  }

  /** A way in as a card: name, summary, what it asks for, and an optional list beneath. */
  private renderRouteCard(route: EntryRoute, level: number, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    const heading = headingTag(level);
    const m = this.settings.messages;
    return html`<li part="route" class="route">
      ${staticHtml`<${heading} part="heading" class="heading">${this.routeName(route)}</${heading}>`}
      <p lang=${ifDefined(this.settings.textLang)}>${route.summary}</p>
      <p class="asks"><strong>${m.whatItAsks}:</strong> <span lang=${ifDefined(this.settings.textLang)}>${route.asks}</span></p>
      ${extra}
    </li>`;
  }

  private renderOverview(): TemplateResult {
    const m = this.settings.messages;
    const sub = headingTag(this.level + 1);
    return html`<ul part="routes" class="routes" aria-label=${m.entryRoutesLabel}>
      ${this.data.dataset!.entryRoutes.map((route) => {
        const examples = this.examplesFor(route);
        if (examples.length === 0) return nothing;
        return this.renderRouteCard(
          route,
          this.level,
          html`${staticHtml`<${sub} class="subheading">${m.exampleRoles}</${sub}>`}
            <ul part="roles" class="role-list">${examples.map((role) => html`<li>${this.roleLink(role)}</li>`)}</ul>`,
        );
      })}
    </ul>`;
  }

  /** A few roles from different categories, so the examples show the range of a way in. */
  private examplesFor(route: EntryRoute): RoleSummary[] {
    const byCategory = new Map<string, RoleSummary[]>();
    for (const role of rolesOnEntryRoute(this.data.dataset!, route.id)) {
      byCategory.set(role.category, [...(byCategory.get(role.category) ?? []), role]);
    }
    const examples: RoleSummary[] = [];
    for (let round = 0; examples.length < EXAMPLES && round < 50; round++) {
      const before = examples.length;
      for (const roles of byCategory.values()) if (roles[round] && examples.length < EXAMPLES) examples.push(roles[round]!);
      if (examples.length === before) break;
    }
    return examples;
  }

  private renderRole(role: Role): TemplateResult {
    const m = this.settings.messages;
    const heading = headingTag(this.level);
    const routes = (role.entryRoutes ?? []).map((id) => findEntryRoute(this.data.dataset!, id)).filter((r) => r !== undefined);
    return html`${staticHtml`<${heading} part="heading" class="heading">${m.waysInto(role.title)}</${heading}>`}
      ${role.entryRequirements ? html`<p lang=${ifDefined(this.settings.textLang)}>${role.entryRequirements}</p>` : nothing}
      ${routes.length
        ? html`<ul part="routes" class="routes" aria-label=${m.waysInto(role.title)}>${routes.map((route) => this.renderRouteCard(route, this.level + 1))}</ul>`
        : html`<p>${m.notKnown}</p>`}`;
  }

  private renderRoute(route: EntryRoute): TemplateResult {
    const m = this.settings.messages;
    const sub = headingTag(this.level + 1);
    const roles = rolesOnEntryRoute(this.data.dataset!, route.id);
    const categories = this.data.dataset!.categories.filter((c) => roles.some((r) => r.category === c.id));
    return html`<ul part="routes" class="routes">${this.renderRouteCard(route, this.level)}</ul>
      ${categories.map((category) => {
        const name = m.categoryNames[category.id] ?? category.name;
        return html`<section>
          ${staticHtml`<${sub} part="heading" class="subheading">${name}</${sub}>`}
          <ul part="roles" class="role-list columns" aria-label=${`${m.rolesThrough(this.routeName(route))}: ${name}`}>
            ${roles.filter((r) => r.category === category.id).map((role) => html`<li>${this.roleLink(role)}</li>`)}
          </ul>
        </section>`;
      })}`;
  }
}
