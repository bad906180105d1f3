import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/role-compare/role-compare.js';
import type { NhsRoleCompare } from '../../src/components/role-compare/role-compare.js';
import { roleCompareFixtures } from '../fixtures/role-compare.fixtures.js';
import { fixtureNamed } from '../fixtures/fixture.js';
import { expectAccessible } from '../helpers/axe.js';
import { renderFixture, settled, shadowText } from '../helpers/render.js';
import { captureWarnings } from '../helpers/warnings.js';

describe('<nhs-role-compare>', () => {
  const warned = captureWarnings();

  it('is a real table: a caption, a column header per role and a row header per fact', async () => {
    const compare = await renderFixture<NhsRoleCompare>('nhs-role-compare', fixtureNamed(roleCompareFixtures, 'Three roles'));
    const table = compare.shadowRoot!.querySelector('.wide table')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Comparing Medical physicist, Clinical engineer and Biomedical scientist');
    expect([...table.querySelectorAll('th[scope="col"]')].map((th) => th.textContent)).to.deep.equal(['Medical physicist', 'Clinical engineer', 'Biomedical scientist']);
    const rows = [...table.querySelectorAll('th[scope="row"]')].map((th) => th.textContent);
    expect(rows).to.deep.equal(['Ways in', 'Entry requirements', 'Qualification level', 'Pay', 'Registration', 'Time with patients', 'Where you could work', 'What the work involves']);
    expect(table.querySelectorAll('tbody tr')[3]!.textContent).to.contain('Band 5 to 7: £31,049 to £54,710');
  });

  it('stacks into one table per role on a narrow screen', async () => {
    const wrapper = await fixture(html`<div style="width: 300px"><nhs-role-compare roles="paramedic,dentist"></nhs-role-compare></div>`);
    const compare = wrapper.querySelector('nhs-role-compare')!;
    await settled(compare);
    expect(getComputedStyle(compare.shadowRoot!.querySelector('.wide')!).display).to.equal('none');
    const narrow = compare.shadowRoot!.querySelector('.narrow')!;
    expect(getComputedStyle(narrow).display).to.equal('block');
    expect([...narrow.querySelectorAll('caption')].map((c) => c.textContent)).to.deep.equal(['Paramedic', 'Dentist']);
  });

  it('compares the known roles and says which id it could not find', async () => {
    const compare = await renderFixture<NhsRoleCompare>('nhs-role-compare', fixtureNamed(roleCompareFixtures, 'One unknown among known'));
    expect(shadowText(compare)).to.contain('We could not find the NHS role “astronaut”.');
    expect(compare.shadowRoot!.querySelectorAll('.wide th[scope="col"]')).to.have.length(2);
    expect(warned.messages.filter((w) => w.includes('astronaut'))).to.have.length(1);
  });

  it('asks for two or three roles when given fewer', async () => {
    const compare = await renderFixture<NhsRoleCompare>('nhs-role-compare', fixtureNamed(roleCompareFixtures, 'Only one role'));
    expect(shadowText(compare)).to.contain('Choose two or three roles to compare.');
    expect(compare.shadowRoot!.querySelector('table')).to.equal(null);
  });

  describe('accessibility of every example', () => {
    for (const example of roleCompareFixtures) {
      it(`${example.name} has no axe violations`, async () => {
        await expectAccessible(await renderFixture<NhsRoleCompare>('nhs-role-compare', example));
      });
    }
  });
});
