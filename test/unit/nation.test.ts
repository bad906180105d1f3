// The `nation` switch: every widget shows the pay of the nation it is given (or its provider's, or
// Wales on a Welsh page, else England), names the nation and year of every figure, and reports an
// unknown nation with nhs-error, one console warning and the default in use.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { finderQuestions } from '../../src/data/index.js';
import type { NhsErrorDetail } from '../../src/shared/events.js';
import { settled, shadowText } from '../helpers/render.js';
import { captureWarnings } from '../helpers/warnings.js';

const ENGLAND_BAND_2 = 'Band 2: £24,465 to £24,465 (England, 2025/26)';
const SCOTLAND_BAND_2 = 'Band 2: £26,519 to £28,946 (Scotland, 2026/27)';
const $ = <T extends Element = HTMLElement>(host: Element, selector: string) => host.shadowRoot!.querySelector<T>(selector)!;
const $$ = <T extends Element = HTMLElement>(host: Element, selector: string) => [...host.shadowRoot!.querySelectorAll<T>(selector)];

/** Collects nhs-error details from a container while `run` renders into it. */
function errorsFrom(container: Element): NhsErrorDetail[] {
  const errors: NhsErrorDetail[] = [];
  container.addEventListener('nhs-error', (event) => errors.push((event as CustomEvent<NhsErrorDetail>).detail));
  return errors;
}

async function place<T extends Element>(markup: string, selector: string): Promise<{ host: HTMLDivElement; widget: T; errors: NhsErrorDetail[] }> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const errors = errorsFrom(host);
  host.innerHTML = markup;
  const widget = host.querySelector<T>(selector)!;
  await settled(widget);
  await settled(widget);
  return { host, widget, errors };
}

describe('the nation switch', () => {
  const warned = captureWarnings();

  describe('<nhs-role-card>', () => {
    it("shows England's pay by default, and the chosen nation's when nation changes", async () => {
      const { widget, errors } = await place('<nhs-role-card role-id="porter" variant="full"></nhs-role-card>', 'nhs-role-card');
      expect(shadowText(widget)).to.contain(ENGLAND_BAND_2);
      widget.setAttribute('nation', 'scotland');
      await settled(widget);
      expect(shadowText(widget)).to.contain(SCOTLAND_BAND_2);
      (widget as HTMLElement & { nation: string | null }).nation = 'england';
      await settled(widget);
      expect(shadowText(widget)).to.contain(ENGLAND_BAND_2);
      expect(errors).to.deep.equal([]);
      expect(warned.messages).to.deep.equal([]);
    });

    it("names England when it stands in for a nation without figures", async () => {
      const { widget } = await place('<nhs-role-card role-id="paramedic" variant="full" nation="northern-ireland"></nhs-role-card>', 'nhs-role-card');
      expect(shadowText(widget)).to.contain('Band 5 to 6: £31,049 to £46,580 (England, 2025/26; no figures for Northern Ireland in our data)');
    });

    it('uses Wales on a Welsh page, in Welsh', async () => {
      const { widget } = await place('<div lang="cy"><nhs-role-card role-id="porter" variant="full"></nhs-role-card></div>', 'nhs-role-card');
      expect(shadowText(widget)).to.contain('Band 2: £24,465 i £24,465 (Lloegr, 2025/26; dim ffigurau ar gyfer Cymru yn ein data)');
    });

    it('reports an unknown nation once and shows the default', async () => {
      const { widget, errors } = await place('<nhs-role-card role-id="porter" variant="full" nation="france"></nhs-role-card>', 'nhs-role-card');
      expect(errors).to.deep.equal([
        {
          code: 'invalid-attribute',
          message: 'has nation="france", which is not one of england, wales, scotland, northern-ireland; england\'s pay is shown.',
          value: 'nation=france',
        },
      ]);
      expect(warned.messages).to.have.length(1);
      expect(warned.messages[0]).to.contain('<nhs-role-card> has nation="france"');
      expect(shadowText(widget)).to.contain(ENGLAND_BAND_2);
    });

    it('shows both doctors\' scales, each with its own year', async () => {
      const { widget } = await place('<nhs-role-card role-id="general-practitioner" variant="full" nation="england"></nhs-role-card>', 'nhs-role-card');
      expect(shadowText(widget)).to.contain('Doctors in training: £38,831 to £73,992 (England, 2025/26); consultants: £105,504 to £139,882 (England, 2024/25)');
    });
  });

  describe('<nhs-careers-provider>', () => {
    it('passes its nation to the widgets inside, which may set their own', async () => {
      const { host } = await place(
        '<nhs-careers-provider nation="scotland"><nhs-role-card id="a" role-id="porter" variant="full"></nhs-role-card><nhs-role-card id="b" role-id="porter" variant="full" nation="england"></nhs-role-card></nhs-careers-provider>',
        'nhs-role-card',
      );
      const [a, b] = [host.querySelector('#a')!, host.querySelector('#b')!];
      await settled(b);
      expect(shadowText(a)).to.contain(SCOTLAND_BAND_2);
      expect(shadowText(b)).to.contain(ENGLAND_BAND_2);
      host.querySelector('nhs-careers-provider')!.setAttribute('nation', 'england');
      await settled(a);
      await settled(a);
      expect(shadowText(a)).to.contain(ENGLAND_BAND_2);
    });

    it('makes a Welsh-language provider default to Wales', async () => {
      const { widget } = await place('<nhs-careers-provider lang="cy"><nhs-role-card role-id="porter" variant="full"></nhs-role-card></nhs-careers-provider>', 'nhs-role-card');
      expect(shadowText(widget)).to.contain('dim ffigurau ar gyfer Cymru');
    });

    it('reports an unknown nation and leaves the widgets on their default', async () => {
      const { widget, errors } = await place('<nhs-careers-provider nation="atlantis"><nhs-role-card role-id="porter" variant="full"></nhs-role-card></nhs-careers-provider>', 'nhs-role-card');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.deep.include({ code: 'invalid-attribute', value: 'nation=atlantis' });
      expect(warned.messages.filter((m) => m.includes('nation="atlantis"'))).to.have.length(1);
      expect(shadowText(widget)).to.contain(ENGLAND_BAND_2);
    });
  });

  describe('<nhs-role-compare>', () => {
    it("compares pay in the chosen nation's figures", async () => {
      const { widget } = await place('<nhs-role-compare roles="porter,paramedic" nation="scotland"></nhs-role-compare>', 'nhs-role-compare');
      const text = shadowText(widget);
      expect(text).to.contain(SCOTLAND_BAND_2);
      expect(text).to.contain('Band 5 to 6: £31,049 to £46,580 (England, 2025/26; no figures for Scotland in our data)');
      widget.setAttribute('nation', 'england');
      await settled(widget);
      expect(shadowText(widget)).to.contain(ENGLAND_BAND_2);
    });

    it('reports an unknown nation', async () => {
      const { errors } = await place('<nhs-role-compare roles="porter,chef" nation="wessex"></nhs-role-compare>', 'nhs-role-compare');
      expect(errors.map((e) => e.value)).to.deep.equal(['nation=wessex']);
    });
  });

  describe('<nhs-role-explorer>', () => {
    it("labels the band filter with the chosen nation's figures and shows each result's pay", async () => {
      const { widget } = await place('<nhs-role-explorer nation="scotland" query="porter" page-size="3"></nhs-role-explorer>', 'nhs-role-explorer');
      const options = $$<HTMLOptionElement>(widget, '#band-from option').map((o) => o.textContent!.trim());
      expect(options).to.include('Band 5: £34,494 to £42,978 (Scotland, 2026/27)');
      expect(options).to.include('Band 6: £38,682 to £46,580 (England, 2025/26; no figures for Scotland in our data)');
      expect($(widget, '.result-pay').textContent).to.contain(SCOTLAND_BAND_2);
      widget.setAttribute('nation', 'england');
      await settled(widget);
      expect($$<HTMLOptionElement>(widget, '#band-from option').map((o) => o.textContent!.trim())).to.include('Band 5: £31,049 to £37,796 (England, 2025/26)');
    });

    it('filters by band the same way in every nation', async () => {
      const ids = async (nation: string) => {
        const { widget } = await place(`<nhs-role-explorer nation="${nation}" band-from="5" band-to="5" page-size="400"></nhs-role-explorer>`, 'nhs-role-explorer');
        return $$(widget, '.result-title').map((h) => h.textContent);
      };
      const england = await ids('england');
      expect(england.length).to.be.greaterThan(10);
      expect(await ids('wales')).to.deep.equal(england);
      expect(await ids('scotland')).to.deep.equal(england);
    });

    it('passes its nation to the comparison it opens', async () => {
      const { widget } = await place('<nhs-role-explorer nation="wales" query="porter" page-size="3"></nhs-role-explorer>', 'nhs-role-explorer');
      for (const button of $$<HTMLButtonElement>(widget, '.result button[aria-pressed]').slice(0, 2)) button.click();
      await settled(widget);
      $<HTMLButtonElement>(widget, '.tray .primary').click();
      await settled(widget);
      expect($(widget, 'nhs-role-compare').getAttribute('nation')).to.equal('wales');
    });
  });

  describe('widgets that open role cards', () => {
    it('<nhs-category-grid> opens cards in its nation', async () => {
      const { widget } = await place('<nhs-category-grid categories="wider-healthcare-team" nation="scotland"></nhs-category-grid>', 'nhs-category-grid');
      $<HTMLButtonElement>(widget, '.category > button').click();
      await settled(widget);
      $$<HTMLButtonElement>(widget, '.roles button').find((b) => b.textContent!.trim() === 'Porter')!.click();
      await settled(widget);
      const card = $(widget, 'nhs-role-card');
      expect(card.getAttribute('nation')).to.equal('scotland');
    });

    it('<nhs-career-finder> opens cards in its nation', async () => {
      const { widget } = await place('<nhs-career-finder nation="northern-ireland"></nhs-career-finder>', 'nhs-career-finder');
      const answers: Record<string, string> = { patients: 'a-lot', subjects: 'people', qualifications: 'gcse' };
      for (const question of finderQuestions) {
        if (answers[question.id]) $<HTMLInputElement>(widget, `input[value="${answers[question.id]}"]`).click();
        $<HTMLButtonElement>(widget, '.nav .primary').click();
        await settled(widget);
      }
      $<HTMLButtonElement>(widget, '.suggestion .toggle').click();
      await settled(widget);
      const card = $(widget, 'nhs-role-card');
      expect(card.getAttribute('nation')).to.equal('northern-ireland');
      await settled(card);
      expect(shadowText(card)).to.contain('(England, 2025/26; no figures for Northern Ireland in our data)');
    });

    it('<nhs-entry-routes> and <nhs-category-grid> accept a nation and report an unknown one', async () => {
      for (const markup of ['<nhs-entry-routes role-id="porter" nation="wales"></nhs-entry-routes>', '<nhs-category-grid categories="pharmacy" nation="scotland"></nhs-category-grid>']) {
        const { errors } = await place(markup, 'nhs-entry-routes, nhs-category-grid');
        expect(errors, markup).to.deep.equal([]);
      }
      for (const markup of ['<nhs-entry-routes role-id="porter" nation="kernow"></nhs-entry-routes>', '<nhs-category-grid categories="pharmacy" nation="kernow"></nhs-category-grid>', '<nhs-career-finder nation="kernow"></nhs-career-finder>']) {
        const { errors } = await place(markup, 'nhs-entry-routes, nhs-category-grid, nhs-career-finder');
        expect(errors.map((e) => `${e.code} ${e.value}`), markup).to.deep.equal(['invalid-attribute nation=kernow']);
      }
    });
  });
});
