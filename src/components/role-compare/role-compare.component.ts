import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { findRole } from '../../data/selectors.js';
import type { Role, WidgetTheme } from '../../data/types.js';
import { joinList } from '../../i18n/index.js';
import { InputChecksController, type Problem } from '../../controllers/input-checks-controller.js';
import { idList } from '../../shared/id-list.js';
import { NhsElement } from '../../shared/nhs-element.js';
import { payText, registrationText, routeName, routesOf } from '../../shared/role-text.js';
import { sourceCredit } from '../../shared/credit.js';
import { base } from '../../styles/base.js';
import { focus } from '../../styles/focus.js';
import { tokens } from '../../styles/tokens.js';
import { roleCompareStyles } from './role-compare.styles.js';

/** How many roles fit side by side. */
export const MAX_COMPARED = 3;

interface Row {
  label: string;
  cell: (role: Role) => TemplateResult | string;
}

/**
 * Two or three roles side by side: ways in, requirements, pay, registration, time with patients,
 * where you work and what the work involves, as a real table with header cells. On narrow screens
 * the facts stack into one table per role.
 *
 * @summary Two or three NHS roles side by side.
 * @tagname nhs-role-compare
 *
 * @slot - Shown until the comparison has rendered, and kept if it cannot render.
 * @csspart table - The comparison table (and each per-role table on narrow screens).
 * @csspart message - A short message about roles that could not be compared.
 * @csspart credit - The credit to the source, with a link to it.
 *
 * @cssprop [--nhs-role-compare-cell-padding=0.75em] - Space inside each cell.
 * @cssprop [--nhs-role-compare-header-background=var(--nhs-color-surface)] - Background of the header cells.
 *
 * @fires {CustomEvent<NhsErrorDetail>} nhs-error - A role id is unknown (the others are still compared), or fewer
 * than two roles were given.
 */
export class NhsRoleCompare extends NhsElement {
  static override styles = [tokens, base, focus, roleCompareStyles];
  /** It compares roles in full, and any role may be named, so it waits for every role in full. @internal */
  protected static override dataNeeds = 'every-role' as const;

  /** Two or three role ids, separated by commas. */
  @property() roles: string | null = null;

  private readonly checks = new InputChecksController(this, this.data, this.settings, {
    rules: [this.nationRule],
    check: () => this.inputProblems(),
  });

  /** `nhs` for the NHS.UK palette; add `dark` for light text on a dark page. */
  @property({ reflect: true }) theme: WidgetTheme | null = null;

  private get ids(): string[] {
    return idList(this.roles).slice(0, MAX_COMPARED);
  }

  private get compared(): Role[] {
    return this.ids.map((id) => findRole(this.data.everyRole!, id)).filter((role) => role !== undefined);
  }

  private inputProblems(): Problem[] {
    const dataset = this.data.everyRole;
    if (!dataset) return [];
    const messages = this.settings.messages;
    const problems: Problem[] = this.ids
      .filter((id) => !findRole(dataset, id))
      .map((id) => ({
        code: 'unknown-role' as const,
        text: messages.errors.unknownRole(id),
        message: `has roles="${this.roles}", and "${id}" is not a role in the dataset; the others are compared.`,
        value: id,
        partial: true,
      }));
    if (idList(this.roles).length > MAX_COMPARED) {
      problems.push({
        code: 'invalid-attribute',
        text: '',
        message: `has roles="${this.roles}": at most ${MAX_COMPARED} roles fit side by side; the first ${MAX_COMPARED} are compared.`,
        value: `roles=${this.roles}`,
        partial: true,
        quiet: true,
      });
    }
    if (this.compared.length < 2) {
      problems.push({
        code: 'missing-role',
        text: messages.compareNeedsRoles,
        message: 'needs two or three known role ids in its roles attribute, for example roles="paramedic,nurse".',
      });
    }
    return problems;
  }

  private rows(): Row[] {
    const m = this.settings.messages;
    const dataset = this.data.everyRole!;
    const textLang = this.settings.textLang;
    const english = (text: string | null) => (text === null ? m.notKnown : html`<span lang=${ifDefined(textLang)}>${text}</span>`);
    return [
      {
        label: m.waysIn,
        cell: (role) => {
          const routes = routesOf(dataset, role);
          return routes.length ? html`<ul class="tags">${routes.map((r) => html`<li class="tag">${routeName(m, r)}</li>`)}</ul>` : m.notKnown;
        },
      },
      { label: m.entryRequirements, cell: (role) => english(role.entryRequirements) },
      { label: m.minimumQualification, cell: (role) => (role.minQualification ? m.qualifications[role.minQualification] : m.notKnown) },
      { label: m.pay, cell: (role) => payText(m, dataset, role, this.payNation) },
      { label: m.registration, cell: (role) => registrationText(m, dataset, role, textLang) },
      { label: m.patientContact, cell: (role) => (role.patientContact ? m.contact[role.patientContact] : m.notKnown) },
      { label: m.whereYouCouldWork, cell: (role) => english(role.workplaces ? joinList('en', role.workplaces) : null) },
      { label: m.whatTheWorkInvolves, cell: (role) => english(role.work) },
    ];
  }

  override render(): TemplateResult {
    const blocking = this.checks.blocking;
    const notes = this.checks.notices;
    if (!this.data.everyRole && !blocking) return this.renderPlaceholder();
    const messages = html`${[...notes, ...(blocking ? [blocking] : [])].map((p) => html`<p part="message" class="message">${p.text}</p>`)}`;
    if (blocking) return html`${messages}<slot></slot>`;
    const roles = this.compared;
    const rows = this.rows();
    const caption = this.settings.messages.comparing(joinList(this.settings.language, roles.map((r) => r.title)));
    return html`${messages}
      <div class="wide">
        <table part="table">
          <caption>${caption}</caption>
          <thead>
            <tr>
              <td></td>
              ${roles.map((role) => html`<th scope="col" lang=${ifDefined(this.settings.textLang)}>${role.title}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map((row) => html`<tr><th scope="row">${row.label}</th>${roles.map((role) => html`<td>${row.cell(role)}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
      <div class="narrow">
        ${roles.map(
          (role) => html`<table part="table">
            <caption lang=${ifDefined(this.settings.textLang)}>${role.title}</caption>
            <tbody>
              ${rows.map((row) => html`<tr><th scope="row">${row.label}</th><td>${row.cell(role)}</td></tr>`)}
            </tbody>
          </table>`,
        )}
      </div>
      ${sourceCredit(this.settings.messages)}`;
  }
}
