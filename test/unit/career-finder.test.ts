import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/career-finder/career-finder.js';
import type { NhsCareerFinder } from '../../src/components/career-finder/career-finder.js';
import { dataset, finderQuestions, suggestRoles } from '../../src/data/index.js';
import { careerFinderFixtures } from '../fixtures/career-finder.fixtures.js';
import { fixtureNamed } from '../fixtures/fixture.js';
import { expectAccessible } from '../helpers/axe.js';
import { renderFixture, settled, shadowText } from '../helpers/render.js';

const $ = <T extends Element = HTMLElement>(finder: Element, selector: string) => finder.shadowRoot!.querySelector<T>(selector)!;
const $$ = (finder: Element, selector: string) => [...finder.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const ids = (answers: Record<string, string>, limit = 10) => suggestRoles(answers, limit).map((s) => s.role.id);

/** Answers every question by clicking, choosing `answers[question id]` or skipping. */
async function answerAll(finder: NhsCareerFinder, answers: Record<string, string>) {
  for (const question of finderQuestions) {
    const choice = answers[question.id];
    if (choice) $<HTMLInputElement>(finder, `input[value="${choice}"]`).click();
    await settled(finder);
    $<HTMLButtonElement>(finder, '.nav .primary').click();
    await settled(finder);
  }
}

describe('career finder scoring', () => {
  it('suggests support roles to someone with no qualifications who wants to earn soon and help people', () => {
    const top = ids({ patients: 'some', subjects: 'people', qualifications: 'none', earning: 'soon', style: 'moving' });
    expect(top).to.include.members(['healthcare-support-worker', 'porter', 'ambulance-care-assistant']);
    for (const id of top) expect(dataset.roles.find((r) => r.id === id)!.minQualification).to.equal('none');
  });

  it('suggests physics roles to someone who loves physics and will do a degree', () => {
    const top = ids({ subjects: 'physics', qualifications: 'degree' }, 5);
    expect(top).to.include.members(['medical-physicist', 'clinical-engineer']);
  });

  it('suggests mental health roles to someone who wants to help with mental health', () => {
    const top = ids({ patients: 'a-lot', who: 'mental-health', qualifications: 'postgraduate', earning: 'study-first' }, 5);
    expect(top.some((id) => ['clinical-psychologist', 'mental-health-nurse', 'psychiatrist', 'counsellor'].includes(id))).to.equal(true);
  });

  it('never suggests a role above the qualifications the reader plans', () => {
    for (const role of suggestRoles({ qualifications: 'gcse', patients: 'a-lot' }, 50).map((s) => s.role)) {
      expect(['none', 'gcse', null]).to.include(role.minQualification);
    }
  });

  it('gives the reasons for each suggestion from the answers that counted', () => {
    const [first] = suggestRoles({ subjects: 'physics', qualifications: 'degree' }, 1);
    expect(first!.reasons.map((r) => r.reason!.en)).to.include('you enjoy physics and maths');
  });
});

describe('<nhs-career-finder>', () => {
  it('asks one question at a time as a group of radio buttons with a heading', async () => {
    const finder = await renderFixture<NhsCareerFinder>('nhs-career-finder', fixtureNamed(careerFinderFixtures, 'First question'));
    expect($(finder, '.progress').textContent).to.equal(`Question 1 of ${finderQuestions.length}`);
    expect($(finder, 'fieldset legend h2').textContent).to.equal(finderQuestions[0]!.text.en);
    expect($$(finder, 'input[type="radio"]')).to.have.length(finderQuestions[0]!.answers.length);
    expect(shadowText(finder)).to.contain('Your answers stay on this page');
  });

  it('can be answered by keyboard alone, ends with reasons, opens a card and starts again', async () => {
    const finder = await fixture<NhsCareerFinder>(html`<nhs-career-finder></nhs-career-finder>`);
    await settled(finder);
    const before = document.createElement('button');
    finder.before(before);
    before.focus();
    for (let i = 0; i < finderQuestions.length; i++) {
      await sendKeys({ press: 'Tab' }); // into the radio group
      await sendKeys({ press: ' ' }); // choose the focused answer
      while (!finder.shadowRoot!.activeElement?.classList.contains('primary')) await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await settled(finder);
      if (i < finderQuestions.length - 1) {
        expect(finder.shadowRoot!.activeElement!.id, `question ${i + 2} has focus`).to.equal('question');
        expect($(finder, '.progress').textContent).to.equal(`Question ${i + 2} of ${finderQuestions.length}`);
      }
    }
    expect(finder.shadowRoot!.activeElement!.id).to.equal('results');
    expect($$(finder, '.suggestion').length).to.be.greaterThan(2);
    expect($(finder, '.reason').textContent).to.match(/^Because you said .+\.$/);
    const toggle = $<HTMLButtonElement>(finder, '.suggestion .toggle');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settled(finder);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const card = $(finder, 'nhs-role-card');
    await settled(card);
    expect(card.shadowRoot!.querySelector('h4')!.textContent).to.equal($(finder, '.suggestion-title').textContent);
    $$(finder, '.nav .primary')[0]!.click();
    await settled(finder);
    expect($(finder, '.progress').textContent).to.equal(`Question 1 of ${finderQuestions.length}`);
    expect($$(finder, 'input:checked')).to.have.length(0);
    before.remove();
  });

  it('keeps the answers when the language changes, and when going back', async () => {
    const finder = await fixture<NhsCareerFinder>(html`<nhs-career-finder></nhs-career-finder>`);
    await settled(finder);
    $<HTMLInputElement>(finder, 'input[value="little"]').click();
    $<HTMLButtonElement>(finder, '.nav .primary').click();
    await settled(finder);
    finder.setAttribute('lang', 'cy');
    await settled(finder);
    expect($(finder, '.progress').textContent).to.equal(`Cwestiwn 2 o ${finderQuestions.length}`);
    $<HTMLButtonElement>(finder, '.nav .button:not(.primary)').click();
    await settled(finder);
    expect($<HTMLInputElement>(finder, 'input[value="little"]').checked).to.equal(true);
  });

  it('fires nhs-finder-complete, and stores and sends nothing', async () => {
    const calls: string[] = [];
    const originalFetch = window.fetch;
    const originalSetItem = Storage.prototype.setItem;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls.push(`fetch ${String(args[0])}`);
      return originalFetch(...args);
    };
    Storage.prototype.setItem = function (key: string, value: string) {
      calls.push(`storage ${key}`);
      originalSetItem.call(this, key, value);
    };
    try {
      const finder = await fixture<NhsCareerFinder>(html`<nhs-career-finder limit="5"></nhs-career-finder>`);
      await settled(finder);
      const done = oneEvent(finder, 'nhs-finder-complete');
      await answerAll(finder, { subjects: 'physics', qualifications: 'degree' });
      const event = await done;
      expect(event.detail.roles).to.have.length(5);
      expect(event.detail.roles).to.include('medical-physicist');
      expect(calls).to.deep.equal([]);
      expect(document.cookie).to.equal('');
    } finally {
      window.fetch = originalFetch;
      Storage.prototype.setItem = originalSetItem;
    }
  });

  describe('accessibility of every example', () => {
    for (const example of careerFinderFixtures) {
      it(`${example.name} has no axe violations, on a question and on the suggestions`, async () => {
        const finder = await renderFixture<NhsCareerFinder>('nhs-career-finder', example);
        await expectAccessible(finder);
        await answerAll(finder, { patients: 'a-lot', subjects: 'people', qualifications: 'gcse' });
        await expectAccessible(finder);
      });
    }
  });
});
