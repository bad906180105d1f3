import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/role-explorer/role-explorer.js';
import type { NhsRoleExplorer } from '../../src/components/role-explorer/role-explorer.js';
import { MAX_COMPARED } from '../../src/components/role-compare/role-compare.component.js';
import { roles, rolesByEntryRoute } from '../../src/data/index.js';
import { roleExplorerFixtures } from '../fixtures/role-explorer.fixtures.js';
import { fixtureNamed } from '../fixtures/fixture.js';
import { expectAccessible } from '../helpers/axe.js';
import { renderFixture, settled, shadowText } from '../helpers/render.js';
import { captureWarnings } from '../helpers/warnings.js';

const $ = <T extends Element = HTMLElement>(explorer: Element, selector: string) => explorer.shadowRoot!.querySelector<T>(selector)!;
const $$ = (explorer: Element, selector: string) => [...explorer.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const titles = (explorer: Element) => $$(explorer, '.result-title').map((h) => h.textContent);
const choose = async (explorer: NhsRoleExplorer, select: string, value: string) => {
  const element = $<HTMLSelectElement>(explorer, `#${select}`);
  element.value = value;
  element.dispatchEvent(new Event('change'));
  await settled(explorer);
};

describe('<nhs-role-explorer>', () => {
  captureWarnings();

  it('lists every role a page at a time and announces the count politely', async () => {
    const explorer = await renderFixture<NhsRoleExplorer>('nhs-role-explorer', fixtureNamed(roleExplorerFixtures, 'Every role'));
    expect($(explorer, '[role="status"]').textContent).to.equal(`${roles.length} roles found`);
    expect($$(explorer, '.result')).to.have.length(5);
    $<HTMLButtonElement>(explorer, '.more button').click();
    await settled(explorer);
    expect($$(explorer, '.result')).to.have.length(10);
  });

  it('searches as the reader types', async () => {
    const explorer = await fixture<NhsRoleExplorer>(html`<nhs-role-explorer></nhs-role-explorer>`);
    await settled(explorer);
    $<HTMLInputElement>(explorer, '#search').focus();
    await sendKeys({ type: 'radiographers' });
    await settled(explorer);
    expect(titles(explorer)[0]).to.equal('Diagnostic radiographer');
    expect($(explorer, '[role="status"]').textContent).to.match(/^\d+ roles found$/);
  });

  it('presets filters from attributes and narrows with the selects', async () => {
    const explorer = await renderFixture<NhsRoleExplorer>('nhs-role-explorer', fixtureNamed(roleExplorerFixtures, 'Apprenticeships preset'));
    expect($(explorer, '[role="status"]').textContent).to.equal(`${rolesByEntryRoute('apprenticeships').length} roles found`);
    expect($<HTMLSelectElement>(explorer, '#route').value).to.equal('apprenticeships');
    await choose(explorer, 'category', 'pharmacy');
    const expected = rolesByEntryRoute('apprenticeships').filter((r) => r.category === 'pharmacy').length;
    expect($(explorer, '[role="status"]').textContent).to.equal(`${expected} ${expected === 1 ? 'role' : 'roles'} found`);
  });

  it('filters by qualification, patient contact, pay band and registration', async () => {
    const explorer = await fixture<NhsRoleExplorer>(html`<nhs-role-explorer page-size="200"></nhs-role-explorer>`);
    await settled(explorer);
    await choose(explorer, 'qualification', 'none');
    await choose(explorer, 'registration', 'not-required');
    await choose(explorer, 'band-to', '3');
    const shown = titles(explorer).map((title) => roles.find((r) => r.title === title)!);
    expect(shown.length).to.be.greaterThan(5);
    for (const role of shown) {
      expect(role.minQualification, role.id).to.equal('none');
      expect(role.regulator, role.id).to.equal('none');
      expect(role.pay?.scale, role.id).to.equal('agenda-for-change');
    }
    expect(titles(explorer)).to.include('Porter');
  });

  it('offers a way out when nothing matches', async () => {
    const explorer = await renderFixture<NhsRoleExplorer>('nhs-role-explorer', fixtureNamed(roleExplorerFixtures, 'Nothing found'));
    expect(shadowText(explorer)).to.contain('No roles match your search.');
    const porter = $$(explorer, '.suggestions button').find((b) => b.textContent === 'porter')!;
    porter.click();
    await settled(explorer);
    expect(titles(explorer)[0]).to.equal('Porter');
    expect(explorer.shadowRoot!.activeElement).to.equal($(explorer, '#search'));
  });

  it('lets the reader pick up to three roles and compare them, moving focus to the comparison', async () => {
    const explorer = await fixture<NhsRoleExplorer>(html`<nhs-role-explorer query="nurse" page-size="10"></nhs-role-explorer>`);
    await settled(explorer);
    const toggles = $$(explorer, '.result .button');
    toggles[0]!.click();
    const change = oneEvent(explorer, 'nhs-compare-change');
    toggles[1]!.click();
    expect((await change).detail.roles).to.have.length(2);
    toggles[2]!.click();
    await settled(explorer);
    toggles[3]!.click();
    await settled(explorer);
    // The limit in the message is the one the code enforces.
    expect($(explorer, '.tray [role="status"]').textContent).to.contain(`up to ${MAX_COMPARED} roles`);
    expect(toggles[3]!.getAttribute('aria-pressed')).to.equal('false');
    $<HTMLButtonElement>(explorer, '.tray .primary').click();
    await settled(explorer);
    const compare = $(explorer, 'nhs-role-compare');
    expect(compare.getAttribute('roles')!.split(',')).to.have.length(3);
    expect(explorer.shadowRoot!.activeElement).to.equal($(explorer, '#comparison'));
    await settled(compare);
    expect(compare.shadowRoot!.querySelectorAll('.wide th[scope="col"]')).to.have.length(3);
  });

  it('keeps the search, filters and chosen roles when its language changes', async () => {
    const explorer = await fixture<NhsRoleExplorer>(html`<nhs-role-explorer page-size="5"></nhs-role-explorer>`);
    await settled(explorer);
    $<HTMLInputElement>(explorer, '#search').focus();
    await sendKeys({ type: 'physio' });
    await choose(explorer, 'contact', 'a-lot');
    $$(explorer, '.result .button')[0]!.click();
    explorer.setAttribute('lang', 'cy');
    await settled(explorer);
    expect($<HTMLInputElement>(explorer, '#search').value).to.equal('physio');
    expect($<HTMLSelectElement>(explorer, '#contact').value).to.equal('a-lot');
    expect($$(explorer, '.result .button')[0]!.getAttribute('aria-pressed')).to.equal('true');
    expect(shadowText(explorer)).to.contain('Wedi dod o hyd i');
  });

  describe('filters read from the search words', () => {
    // The whole query at once, as a paste would: typing it letter by letter is tested above.
    const type = async (explorer: NhsRoleExplorer, text: string) => {
      const input = $<HTMLInputElement>(explorer, '#search');
      input.focus();
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settled(explorer);
    };
    const shownRoles = (explorer: Element) => titles(explorer).map((title) => roles.find((r) => r.title === title)!);

    it('applies "no degree" as a filter, shows it, announces it and lets the reader remove it', async () => {
      const explorer = await fixture<NhsRoleExplorer>(html`<nhs-role-explorer page-size="20"></nhs-role-explorer>`);
      await settled(explorer);
      await type(explorer, 'nurse no degree');
      expect($(explorer, '[role="status"]').textContent).to.match(/^\d+ roles? found Filtered by your search: No degree needed\.$/);
      const chips = $$(explorer, '[part="search-filters"] li');
      expect(chips.map((c) => c.textContent!.trim())).to.have.length(1);
      expect(chips[0]!.textContent).to.contain('No degree needed');
      const shown = shownRoles(explorer);
      expect(shown.length).to.be.greaterThan(0);
      for (const role of shown) expect(['none', 'gcse', 'a-level'], role.id).to.include(role.minQualification);
      expect(titles(explorer)).to.include('Healthcare support worker');

      const remove = $<HTMLButtonElement>(explorer, '[part="search-filters"] button');
      expect(remove.getAttribute('aria-label')).to.equal('Remove filter: No degree needed');
      remove.click();
      await settled(explorer);
      expect(explorer.query).to.equal('nurse');
      expect($<HTMLInputElement>(explorer, '#search').value).to.equal('nurse');
      expect(explorer.shadowRoot!.querySelector('[part="search-filters"]')).to.equal(null);
      expect($(explorer, '[role="status"]').textContent).to.match(/^\d+ roles found$/);
      expect(titles(explorer)).to.include('Adult nurse');
      expect(explorer.shadowRoot!.activeElement).to.equal($(explorer, '#search'));
    });

    it('has no axe violations with a filter read from the search', async function () {
      // The first axe run of the file loads axe-core, which is slow on a busy machine.
      this.timeout(30000);
      const explorer = await fixture<NhsRoleExplorer>(html`<nhs-role-explorer query="nurse no degree part-time" page-size="5"></nhs-role-explorer>`);
      await settled(explorer);
      expect($$(explorer, '[part="search-filters"] li')).to.have.length(2);
      await expectAccessible(explorer);
    });

    it('keeps to the Agenda for Change band asked for, alongside the filters chosen', async () => {
      const explorer = await fixture<NhsRoleExplorer>(html`<nhs-role-explorer query="band 5" category="nursing" page-size="50"></nhs-role-explorer>`);
      await settled(explorer);
      const shown = shownRoles(explorer);
      expect(shown.length).to.be.greaterThan(3);
      const order = ['1', '2', '3', '4', '5', '6', '7', '8a', '8b', '8c', '8d', '9'];
      for (const role of shown) {
        expect(role.category).to.equal('nursing');
        expect(role.pay?.scale, role.id).to.equal('agenda-for-change');
        if (role.pay?.scale === 'agenda-for-change') {
          expect(order.indexOf(role.pay.from) <= 4 && order.indexOf(role.pay.to) >= 4, role.id).to.equal(true);
        }
      }
    });

    it('says so when the data cannot answer a filter yet, and does not narrow the list', async () => {
      const plain = await fixture<NhsRoleExplorer>(html`<nhs-role-explorer query="nurse"></nhs-role-explorer>`);
      const partTime = await fixture<NhsRoleExplorer>(html`<nhs-role-explorer query="part-time nurse"></nhs-role-explorer>`);
      await settled(plain);
      await settled(partTime);
      expect($(partTime, '[part="search-filters"]').textContent).to.contain('Part-time: not in our data yet, so the list is not narrowed');
      expect(partTime.results.map((r) => r.id)).to.deep.equal(plain.results.map((r) => r.id));
    });

    it('shows a nation asked for, in the reader\'s language', async () => {
      const explorer = await fixture<NhsRoleExplorer>(html`<nhs-role-explorer lang="cy" query="nyrs yng nghymru"></nhs-role-explorer>`);
      await settled(explorer);
      expect($(explorer, '[part="search-filters"]').textContent).to.contain('Yng Nghymru');
      expect($(explorer, '[role="status"]').textContent).to.contain('Wedi’u hidlo gan eich chwiliad: Yng Nghymru.');
      expect(titles(explorer).slice(0, 5)).to.include('Adult nurse');
    });
  });

  it('works with a provider dataset of 10,000 roles', async () => {
    const base = roles[0]!;
    const many = Array.from({ length: 10000 }, (_, i) => ({ ...base, id: `role-${i}`, title: `Made-up role ${i}`, relatedRoles: [] }));
    const { checkDataset } = await import('../../src/data/check-dataset.js');
    const { dataset } = await import('../../src/data/index.js');
    const checked = checkDataset({ roles: many }, dataset).dataset!;
    await import('../../src/components/careers-provider/careers-provider.js');
    const wrapper = await fixture(html`<nhs-careers-provider><nhs-role-explorer page-size="10"></nhs-role-explorer></nhs-careers-provider>`);
    const explorer = wrapper.querySelector('nhs-role-explorer')!;
    const loaded = oneEvent(wrapper, 'nhs-dataset-load');
    (wrapper as unknown as { data: unknown }).data = checked;
    await loaded;
    await settled(explorer);
    expect($(explorer, '[role="status"]').textContent).to.equal('10000 roles found');
    explorer.setAttribute('query', 'made-up role 9999');
    await settled(explorer);
    expect(titles(explorer)[0]).to.equal('Made-up role 9999');
  });

  describe('accessibility of every example', () => {
    for (const example of roleExplorerFixtures) {
      it(`${example.name} has no axe violations`, async () => {
        await expectAccessible(await renderFixture<NhsRoleExplorer>('nhs-role-explorer', example));
      });
    }
  });
});
