import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { findCategory, findRole } from '../../data/selectors.js';
import type { HeadingLevelValue, Role, RoleCardVariant, WidgetTheme } from '../../data/types.js';
import { HEADING_LEVEL_RULE, InputChecksController, oneOfRule, type Problem } from '../../controllers/input-checks-controller.js';
import { emit, type NhsRoleSelectDetail } from '../../shared/events.js';
import { headingTag } from '../../shared/heading.js';
import { NhsElement } from '../../shared/nhs-element.js';

export type { NhsRoleSelectDetail };
import { requestedRole, ROLE_ALIAS_DEPRECATION, type RequestedRole } from '../../shared/role-id.js';
import { payText, registrationText, roleLink, routeName, routesOf } from '../../shared/role-text.js';
import { base } from '../../styles/base.js';
import { buttons } from '../../styles/buttons.js';
import { focus } from '../../styles/focus.js';
import { tokens } from '../../styles/tokens.js';
import { roleCardStyles } from './role-card.styles.js';

/**
 * One NHS role: its title, category, summary and ways in, with a link to its NHS Health Careers
 * page. The `full` variant adds what the work involves, entry requirements, pay, registration and
 * related roles, for an article about one job.
 *
 * @summary An NHS role as a card.
 * @tagname nhs-role-card
 *
 * @attr {string} role - Deprecated: use `role-id`. Read only when `role-id` is absent, with a console
 * warning, since browsers and accessibility checkers take `role` for the element's ARIA role.
 *
 * @slot - Shown until the card has rendered, and kept if the role cannot be shown: put a plain link to the role's
 * page here.
 * @slot actions - The host's own links or buttons, shown at the foot of the card (for example, local vacancies).
 *
 * @csspart card - The card's box.
 * @csspart heading - The role title.
 * @csspart category - The category line under the title.
 * @csspart summary - The one-sentence summary.
 * @csspart routes - The list of ways in.
 * @csspart details - The sections of the full variant.
 * @csspart link - The "Find out more" link.
 * @csspart credit - The credit to the source.
 * @csspart message - A short message shown in place of the card's content when the role cannot be shown.
 *
 * @cssprop [--nhs-role-card-padding=1.5em] - Space inside the card.
 * @cssprop [--nhs-role-card-border-width=1px] - Width of the card's border.
 * @cssprop [--nhs-role-card-background=var(--nhs-color-background)] - The card's background.
 * @cssprop [--nhs-role-card-heading-size=1.375em] - Size of the role title.
 * @cssprop [--nhs-color-text=currentColor] - Text colour.
 * @cssprop [--nhs-color-text-secondary] - Colour of secondary text such as the category.
 * @cssprop [--nhs-color-border] - Colour of borders.
 * @cssprop [--nhs-color-link=#005eb8] - Link colour.
 * @cssprop [--nhs-color-tag-background] - Background of the ways-in tags.
 * @cssprop [--nhs-color-focus=#ffeb3b] - Focus highlight.
 *
 * @fires {CustomEvent<NhsRoleSelectDetail>} nhs-role-select - A related role was chosen. Cancel it to stop the card
 * showing that role.
 * @fires {CustomEvent<NhsErrorDetail>} nhs-error - The role could not be shown; `detail.code` says why.
 */
export class NhsRoleCard extends NhsElement {
  static override styles = [tokens, base, focus, buttons, roleCardStyles];
  /** @internal */
  protected static override defaultHeadingLevel = 3;
  /** Read for the deprecated alias of role-id, never declared: see shared/role-id.ts. @internal */
  protected static override readAttributes = ['role'];

  /**
   * The id of the role to show, a kebab-case slug such as `biomedical-scientist`.
   * (Not `role`, which is the element's ARIA role.)
   */
  @property({ attribute: 'role-id' }) roleId: string | null = null;

  /** `compact` for grids and lists, `full` for an article about one role. */
  @property({ reflect: true }) variant: RoleCardVariant = 'compact';

  /** The level of the card's heading, 2 to 6, so the card fits the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: HeadingLevelValue | null = null;

  private readonly checks = new InputChecksController(this, this.data, this.settings, {
    rules: [HEADING_LEVEL_RULE, oneOfRule('variant', ['compact', 'full']), this.nationRule],
    check: () => this.roleProblems(),
    deprecations: () => (this.requested.attribute === 'role' ? [ROLE_ALIAS_DEPRECATION] : []),
  });

  /** `nhs` for the NHS.UK palette; add `dark` for light text on a dark page (`theme="nhs dark"`). By default the card takes the host page's colours and font. */
  @property({ reflect: true }) theme: WidgetTheme | null = null;

  private get requested(): RequestedRole {
    return requestedRole(this, this.roleId);
  }

  /** The role in full, once its details are in. */
  private get roleData(): Role | undefined {
    return this.data.roleDetails(this.requested.id);
  }

  private roleProblems(): Problem[] {
    const { id, value, attribute } = this.requested;
    if (!id) {
      return [{
        code: 'missing-role',
        text: this.settings.messages.errors.missingRole,
        message: 'has no role-id attribute; give it a role id such as role-id="paramedic".',
      }];
    }
    if (!findRole(this.data.dataset!, id)) {
      return [{
        code: 'unknown-role',
        text: this.settings.messages.errors.unknownRole(id),
        message: `has ${attribute}="${value}", which is not a role in the dataset.`,
        value,
      }];
    }
    return [];
  }

  override render(): TemplateResult {
    const failure = this.checks.blocking;
    if (failure) return this.renderProblem(failure);
    const role = this.roleData;
    // Until the data arrives, the host's own content (say, a plain link) stands in for the card.
    if (!role) return this.renderPlaceholder();
    return this.renderRole(role);
  }

  /** @internal */
  protected override renderPlaceholder(): TemplateResult {
    return html`<div part="card" class="card" aria-busy="true"><slot></slot></div>`;
  }

  /** @internal */
  protected override renderProblem(problem: Problem): TemplateResult {
    return html`<div part="card" class="card">
      <p part="message" class="message">${problem.text}</p>
      <slot></slot>
    </div>`;
  }

  private renderRole(role: Role): TemplateResult {
    const m = this.settings.messages;
    const dataset = this.data.dataset!;
    const level = this.headingLevelFrom(this.headingLevel);
    const heading = headingTag(level);
    const subheading = headingTag(level + 1);
    const category = findCategory(dataset, role.category);
    const categoryName = m.categoryNames[role.category] ?? category?.name;
    const textLang = this.settings.textLang;
    const full = this.variant === 'full';
    const link = roleLink(m, role, this.settings.provided, textLang);
    return html`<article part="card" class="card" aria-labelledby="heading">
      ${staticHtml`<${heading} part="heading" class="heading" id="heading" tabindex="-1" lang=${ifDefined(textLang)}>${role.title}</${heading}>`}
      ${categoryName ? html`<p part="category" class="category">${categoryName}</p>` : nothing}
      <p part="summary" class="summary" lang=${ifDefined(textLang)}>${role.summary}</p>
      ${full
        ? html`<div part="details">
            ${this.section(subheading, m.whatTheWorkInvolves, html`<p lang=${ifDefined(textLang)}>${role.work}</p>`)}
            ${this.renderRoutes(role, subheading)}
            ${this.section(subheading, m.entryRequirements, html`<p lang=${ifDefined(textLang)}>${role.entryRequirements ?? m.notKnown}</p>`)}
            ${this.section(subheading, m.pay, html`<p>${payText(m, dataset, role, this.payNation)}</p>`)}
            ${this.section(subheading, m.registration, html`<p>${registrationText(m, dataset, role, textLang)}</p>`)}
            ${this.renderRelated(role, subheading)}
          </div>`
        : this.renderRoutes(role, undefined)}
      <p class="more"><a part="link" href=${link.href ?? category?.url ?? 'https://www.healthcareers.nhs.uk'}>${link.content}</a></p>
      <slot name="actions"></slot>
      <p part="credit" class="credit">${m.credit}</p>
    </article>`;
  }

  private section(tag: StaticValue, label: string, body: TemplateResult): TemplateResult {
    return html`<section class="section">
      ${staticHtml`<${tag} class="section-heading">${label}</${tag}>`} ${body}
    </section>`;
  }

  private renderRoutes(role: Role, subheading: StaticValue | undefined): TemplateResult | typeof nothing {
    const routes = routesOf(this.data.dataset!, role);
    if (routes.length === 0) return nothing;
    const list = html`<ul part="routes" class="tags" aria-labelledby="routes-label">
      ${routes.map((route) => html`<li class="tag">${routeName(this.settings.messages, route)}</li>`)}
    </ul>`;
    if (subheading) {
      return html`<section class="section">
        ${staticHtml`<${subheading} class="section-heading" id="routes-label">${this.settings.messages.waysIn}</${subheading}>`} ${list}
      </section>`;
    }
    return html`<div class="section"><p class="label" id="routes-label">${this.settings.messages.waysIn}</p>${list}</div>`;
  }

  private renderRelated(role: Role, subheading: StaticValue): TemplateResult | typeof nothing {
    // Related roles need only their titles, which every role's summary has.
    const related = role.relatedRoles.map((id) => findRole(this.data.dataset!, id)).filter((r) => r !== undefined);
    if (related.length === 0) return nothing;
    return this.section(
      subheading,
      this.settings.messages.relatedRoles,
      html`<ul class="related">
        ${related.map(
          (r) => html`<li><button type="button" class="link-button" lang=${ifDefined(this.settings.textLang)}
            @click=${() => void this.selectRole(r.id)}>${r.title}</button></li>`,
        )}
      </ul>`,
    );
  }

  /** Tells the host a related role was chosen and, unless the host cancels, shows it here. */
  private async selectRole(id: string): Promise<void> {
    const proceed = emit<NhsRoleSelectDetail>(this, 'nhs-role-select', { role: id }, { cancelable: true });
    if (!proceed) return;
    // The current card stays until the new role's details are in, so focus has a heading to go to.
    await this.data.roleReady(id);
    this.roleId = id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#heading')?.focus());
  }
}

