import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevelValue, WidgetTheme } from '../../data/types.js';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { finderQuestions, suggestRoles, type FinderQuestion, type Suggestion } from '../../data/finder.js';
import { findCategory } from '../../data/selectors.js';
import { joinList } from '../../i18n/index.js';
import { emit, toggleRoleCard } from '../../shared/events.js';
import { HEADING_LEVEL_RULE, InputChecksController, wholeNumberRule } from '../../controllers/input-checks-controller.js';
import { headingTag, nestedHeadingLevel } from '../../shared/heading.js';
import { NhsElement } from '../../shared/nhs-element.js';
import { base } from '../../styles/base.js';
import { buttons } from '../../styles/buttons.js';
import { focus } from '../../styles/focus.js';
import { tokens } from '../../styles/tokens.js';
import { careerFinderStyles } from './career-finder.styles.js';

export interface NhsFinderCompleteDetail {
  /** The suggested role ids, best first. */
  roles: string[];
}

/**
 * A short questionnaire ("Find your career in health") that suggests NHS roles, each with the
 * reason it was suggested, and opens each role's card. The answers never leave the page.
 *
 * @summary A questionnaire that suggests NHS roles, with reasons.
 * @tagname nhs-career-finder
 *
 * @slot - Shown until the finder has rendered, and kept if it cannot render.
 * @csspart finder - The finder's box.
 * @csspart question - The current question.
 * @csspart suggestions - The list of suggested roles.
 * @csspart message - A short message when the finder cannot run.
 *
 * @cssprop [--nhs-career-finder-padding=1.5em] - Space inside the finder.
 * @cssprop [--nhs-career-finder-heading-size=1.375em] - Size of the question headings.
 * @cssprop [--nhs-color-accent=#005eb8] - Colour of the buttons and the chosen answer.
 *
 * @fires {CustomEvent<NhsFinderCompleteDetail>} nhs-finder-complete - Suggestions are shown.
 * @fires {CustomEvent<NhsRoleSelectDetail>} nhs-role-select - A suggested role's card is opened. Cancel it to stop
 * the card opening here.
 * @fires {CustomEvent<NhsErrorDetail>} nhs-error - The data could not be loaded.
 */
export class NhsCareerFinder extends NhsElement {
  static override styles = [tokens, base, focus, buttons, careerFinderStyles];
  /** It scores every role, so it waits for all of them in full. @internal */
  protected static override dataNeeds = 'every-role' as const;

  /** How many roles to suggest, 3 to 20. */
  @property({ type: Number }) limit = 10;
  /** The level of the finder's headings, 2 to 6. */
  @property({ attribute: 'heading-level' }) headingLevel: HeadingLevelValue | null = null;
  /** `nhs` for the NHS.UK palette; add `dark` for light text on a dark page. */
  @property({ reflect: true }) theme: WidgetTheme | null = null;

  @state() private step = 0;
  @state() private answers: Record<string, string> = {};
  @state() private finished = false;
  @state() private openRoles = new Set<string>();

  private readonly questions: readonly FinderQuestion[] = finderQuestions;

  private readonly checks = new InputChecksController(this, this.data, this.settings, {
    rules: [HEADING_LEVEL_RULE, wholeNumberRule('limit', 3, 20), this.nationRule],
  });

  private get level(): number {
    return this.headingLevelFrom(this.headingLevel);
  }

  private get suggestions(): Suggestion[] {
    const limit = Number.isInteger(this.limit) ? Math.min(Math.max(this.limit, 3), 20) : 10;
    const dataset = this.data.everyRole;
    return dataset ? suggestRoles(dataset, this.answers, limit, this.questions) : [];
  }

  override render(): TemplateResult {
    const blocking = this.checks.blocking;
    if (blocking) return this.renderProblem(blocking);
    if (!this.data.everyRole) return this.renderPlaceholder();
    return html`<section part="finder" class="finder" aria-label=${this.settings.messages.finderTitle}>
      ${this.finished ? this.renderSuggestions() : this.renderQuestion()}
    </section>`;
  }

  private renderQuestion(): TemplateResult {
    const m = this.settings.messages;
    const lang = this.settings.language;
    const question = this.questions[this.step]!;
    const heading = headingTag(this.level);
    const last = this.step === this.questions.length - 1;
    return html`
      <p class="progress">${m.questionProgress(this.step + 1, this.questions.length)}</p>
      <fieldset part="question">
        <legend>${staticHtml`<${heading} class="heading" id="question" tabindex="-1">${question.text[lang]}</${heading}>`}</legend>
        <div class="answers">
          ${question.answers.map(
            (answer) => html`<label class="answer">
              <input type="radio" name=${question.id} value=${answer.id} .checked=${this.answers[question.id] === answer.id}
                @change=${() => (this.answers = { ...this.answers, [question.id]: answer.id })} />
              <span>${answer.text[lang]}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="nav">
        ${this.step > 0 ? html`<button class="button" type="button" @click=${() => this.goTo(this.step - 1)}>${m.back}</button>` : nothing}
        <button class="button primary" type="button" @click=${last ? this.finish : () => this.goTo(this.step + 1)}>${last ? m.seeSuggestions : m.next}</button>
      </div>
      ${this.step === 0 ? html`<p class="privacy">${m.finderPrivacy}</p>` : nothing}
    `;
  }

  private renderSuggestions(): TemplateResult {
    const m = this.settings.messages;
    const lang = this.settings.language;
    const heading = headingTag(this.level);
    const itemHeading = headingTag(this.level + 1);
    const textLang = this.settings.textLang;
    const suggestions = this.suggestions;
    return html`
      ${staticHtml`<${heading} class="heading" id="results" tabindex="-1">${m.suggestionsHeading}</${heading}>`}
      ${suggestions.length === 0
        ? html`<p>${m.noSuggestions}</p>`
        : html`<ol part="suggestions" class="suggestions">
            ${suggestions.map(({ role, reasons }) => {
              const open = this.openRoles.has(role.id);
              const category = findCategory(this.data.everyRole!, role.category);
              return html`<li class="suggestion">
                ${staticHtml`<${itemHeading} class="suggestion-title" lang=${ifDefined(textLang)}>${role.title}</${itemHeading}>`}
                <p>${m.categoryNames[role.category] ?? category?.name}</p>
                ${reasons.length ? html`<p class="reason">${m.because(joinList(lang, reasons.map((r) => r.reason![lang])))}</p>` : nothing}
                <button class="toggle link-button" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${`card-${role.id}`}
                  @click=${() => this.toggleRole(role.id)}>${m.readAbout(role.title)}</button>
                <div id=${`card-${role.id}`} ?hidden=${!open}>
                  ${open ? html`<nhs-role-card role-id=${role.id} nation=${this.payNation} variant="full" heading-level=${nestedHeadingLevel(this.level + 2)} theme=${ifDefined(this.theme ?? undefined)}></nhs-role-card>` : nothing}
                </div>
              </li>`;
            })}
          </ol>`}
      <div class="nav">
        <button class="button" type="button" @click=${() => this.goTo(this.questions.length - 1)}>${m.back}</button>
        <button class="button primary" type="button" @click=${this.restart}>${m.startAgain}</button>
      </div>
    `;
  }

  /** Shows a question and moves focus to it, so screen readers read the new question. */
  private async goTo(step: number): Promise<void> {
    this.finished = false;
    this.step = Math.max(0, Math.min(step, this.questions.length - 1));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#question')?.focus();
  }

  private readonly finish = async (): Promise<void> => {
    this.finished = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#results')?.focus();
    emit<NhsFinderCompleteDetail>(this, 'nhs-finder-complete', { roles: this.suggestions.map((s) => s.role.id) });
  };

  private readonly restart = (): void => {
    this.answers = {};
    this.openRoles = new Set();
    void this.goTo(0);
  };

  private toggleRole(id: string): void {
    this.openRoles = toggleRoleCard(this, this.openRoles, id) ?? this.openRoles;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nhs-finder-complete': CustomEvent<NhsFinderCompleteDetail>;
  }
}
