import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/role-explorer/role-explorer.js';
import type { NhsRoleExplorer } from '../../src/components/role-explorer/role-explorer.js';
import { MAX_COMPARED } from '../../src/components/role-compare/role-compare.component.js';
import { roles, rolesByEntryRoute } from '../../src/data/index.js';
import { roleExplorerFixtures } from '../fixtures/role-explorer.fixtures.js';
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
    const explorer = await renderFixture<NhsRoleExplorer>('nhs-role-explorer', roleExplorerFixtures[0]!);
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
    const explorer = await renderFixture<NhsRoleExplorer>('nhs-role-explorer', roleExplorerFixtures[1]!);
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
    const explorer = await renderFixture<NhsRoleExplorer>('nhs-role-explorer', roleExplorerFixtures[5]!);
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
