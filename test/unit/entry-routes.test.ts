import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/entry-routes/entry-routes.js';
import type { NhsEntryRoutes } from '../../src/components/entry-routes/entry-routes.js';
import { getRole, rolesByEntryRoute } from '../../src/data/index.js';
import { entryRoutesFixtures } from '../fixtures/entry-routes.fixtures.js';
import { fixtureNamed } from '../fixtures/fixture.js';
import { expectAccessible } from '../helpers/axe.js';
import { renderFixture, settled, shadowText } from '../helpers/render.js';
import { captureWarnings } from '../helpers/warnings.js';

const all = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('<nhs-entry-routes>', () => {
  it('shows every way in with what it asks for and example roles', async () => {
    const routes = await renderFixture<NhsEntryRoutes>('nhs-entry-routes', fixtureNamed(entryRoutesFixtures, 'Every way in'));
    const headings = all(routes, 'h2').map((h) => h.textContent);
    expect(headings).to.include.members(['Straight from school', 'Apprenticeships', 'Start in support, then progress', 'University degree']);
    const school = all(routes, '.route').find((r) => r.querySelector('h2')!.textContent === 'Straight from school')!;
    expect(school.textContent).to.contain('What it usually asks for');
    const examples = [...school.querySelectorAll('a')];
    expect(examples.length).to.equal(5);
    expect(new Set(examples.map((a) => getRole(rolesByEntryRoute('school-leavers').find((r) => r.title === a.textContent)!.id)!.category)).size).to.equal(5);
  });

  it("shows one role's ways in", async () => {
    const routes = await renderFixture<NhsEntryRoutes>('nhs-entry-routes', fixtureNamed(entryRoutesFixtures, 'One role'));
    expect(routes.shadowRoot!.querySelector('h3')!.textContent).to.equal('Ways into Paramedic');
    const names = all(routes, 'h4').map((h) => h.textContent);
    expect(names.length).to.equal(getRole('paramedic')!.entryRoutes!.length);
  });

  describe('role-id and the deprecated role alias', () => {
    const warned = captureWarnings();
    const aliasWarnings = () => warned.messages.filter((w) => w.includes('role-id='));

    it('shows the role that role= names, warning once, and leaves the attribute as written', async () => {
      const container = await fixture(html`<div><nhs-entry-routes role="paramedic"></nhs-entry-routes><nhs-entry-routes role="porter"></nhs-entry-routes></div>`);
      const [first, second] = [...container.querySelectorAll('nhs-entry-routes')];
      await settled(first!);
      await settled(second!);
      expect(shadowText(first!)).to.contain('Ways into Paramedic');
      expect(shadowText(second!)).to.contain('Ways into Porter');
      expect(aliasWarnings()).to.have.length(1);
      expect(aliasWarnings()[0]).to.contain('<nhs-entry-routes>');
      expect(first!.roleId).to.equal(null);
      expect(first!.getAttribute('role')).to.equal('paramedic');
    });

    it('prefers role-id when both are given, and never sets the ARIA role itself', async () => {
      const routes = await fixture<NhsEntryRoutes>(html`<nhs-entry-routes role-id="dentist" role="region" aria-label="Ways in"></nhs-entry-routes>`);
      await settled(routes);
      expect(shadowText(routes)).to.contain('Ways into Dentist');
      expect(aliasWarnings()).to.deep.equal([]);
      const plain = await fixture<NhsEntryRoutes>(html`<nhs-entry-routes role-id="dentist"></nhs-entry-routes>`);
      await settled(plain);
      expect(plain.hasAttribute('role')).to.equal(false);
      expect(plain.role ?? null).to.equal(null);
    });
  });

  it('lists every role open through one route, by category', async () => {
    const routes = await renderFixture<NhsEntryRoutes>('nhs-entry-routes', fixtureNamed(entryRoutesFixtures, 'One route'));
    expect(all(routes, '.columns a')).to.have.length(rolesByEntryRoute('apprenticeships').length);
    expect(all(routes, 'h3').length).to.be.greaterThan(5);
  });

  it('speaks Welsh and marks English texts', async () => {
    const routes = await renderFixture<NhsEntryRoutes>('nhs-entry-routes', fixtureNamed(entryRoutesFixtures, 'Welsh, NHS theme'));
    expect(shadowText(routes)).to.contain('Ffyrdd i mewn i Dental nurse');
    expect(routes.shadowRoot!.querySelector('.route p')!.getAttribute('lang')).to.equal('en');
  });

  it('shows a message for an unknown role or route', async () => {
    const role = await renderFixture<NhsEntryRoutes>('nhs-entry-routes', fixtureNamed(entryRoutesFixtures, 'Unknown role'));
    expect(shadowText(role)).to.contain('We could not find the NHS role “astronaut”.');
    const route = await renderFixture<NhsEntryRoutes>('nhs-entry-routes', fixtureNamed(entryRoutesFixtures, 'Unknown route'));
    expect(shadowText(route)).to.contain('“by-rocket”');
  });

  describe('accessibility of every example', () => {
    for (const example of entryRoutesFixtures) {
      it(`${example.name} has no axe violations`, async () => {
        await expectAccessible(await renderFixture<NhsEntryRoutes>('nhs-entry-routes', example));
      });
    }
  });
});
