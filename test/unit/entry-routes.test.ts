import { expect } from '@open-wc/testing';
import '../../src/components/entry-routes/entry-routes.js';
import type { NhsEntryRoutes } from '../../src/components/entry-routes/entry-routes.js';
import { getRole, rolesByEntryRoute } from '../../src/data/index.js';
import { entryRoutesFixtures } from '../fixtures/entry-routes.fixtures.js';
import { expectAccessible } from '../helpers/axe.js';
import { renderFixture, shadowText } from '../helpers/render.js';

const all = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('<nhs-entry-routes>', () => {
  it('shows every way in with what it asks for and example roles', async () => {
    const routes = await renderFixture<NhsEntryRoutes>('nhs-entry-routes', entryRoutesFixtures[0]!);
    const headings = all(routes, 'h2').map((h) => h.textContent);
    expect(headings).to.include.members(['Straight from school', 'Apprenticeships', 'Start in support, then progress', 'University degree']);
    const school = all(routes, '.route').find((r) => r.querySelector('h2')!.textContent === 'Straight from school')!;
    expect(school.textContent).to.contain('What it usually asks for');
    const examples = [...school.querySelectorAll('a')];
    expect(examples.length).to.equal(5);
    expect(new Set(examples.map((a) => getRole(rolesByEntryRoute('school-leavers').find((r) => r.title === a.textContent)!.id)!.category)).size).to.equal(5);
  });

  it("shows one role's ways in", async () => {
    const routes = await renderFixture<NhsEntryRoutes>('nhs-entry-routes', entryRoutesFixtures[1]!);
    expect(routes.shadowRoot!.querySelector('h3')!.textContent).to.equal('Ways into Paramedic');
    const names = all(routes, 'h4').map((h) => h.textContent);
    expect(names.length).to.equal(getRole('paramedic')!.entryRoutes!.length);
  });

  it('lists every role open through one route, by category', async () => {
    const routes = await renderFixture<NhsEntryRoutes>('nhs-entry-routes', entryRoutesFixtures[2]!);
    expect(all(routes, '.columns a')).to.have.length(rolesByEntryRoute('apprenticeships').length);
    expect(all(routes, 'h3').length).to.be.greaterThan(5);
  });

  it('speaks Welsh and marks English texts', async () => {
    const routes = await renderFixture<NhsEntryRoutes>('nhs-entry-routes', entryRoutesFixtures[3]!);
    expect(shadowText(routes)).to.contain('Ffyrdd i mewn i Dental nurse');
    expect(routes.shadowRoot!.querySelector('.route p')!.getAttribute('lang')).to.equal('en');
  });

  it('shows a message for an unknown role or route', async () => {
    const role = await renderFixture<NhsEntryRoutes>('nhs-entry-routes', entryRoutesFixtures[4]!);
    expect(shadowText(role)).to.contain('We could not find the NHS role “astronaut”.');
    const route = await renderFixture<NhsEntryRoutes>('nhs-entry-routes', entryRoutesFixtures[5]!);
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
