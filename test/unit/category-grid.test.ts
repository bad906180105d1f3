import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/category-grid/category-grid.js';
import type { NhsCategoryGrid } from '../../src/components/category-grid/category-grid.js';
import '../../src/components/careers-provider/careers-provider.js';
import type { NhsCareersProvider } from '../../src/components/careers-provider/careers-provider.js';
import { MAX_ROLES } from '../../src/data/check-dataset.js';
import { categories, roles, rolesByCategory, rolesByEntryRoute } from '../../src/data/index.js';
import { categoryGridFixtures } from '../fixtures/category-grid.fixtures.js';
import { fixtureNamed } from '../fixtures/fixture.js';
import { expectAccessible } from '../helpers/axe.js';
import { captureWarnings } from '../helpers/warnings.js';
import { renderFixture, settled, shadowText } from '../helpers/render.js';

const all = (grid: Element, selector: string) => [...grid.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

describe('<nhs-category-grid>', () => {
  const warned = captureWarnings();

  it('lists the 14 categories as a list of cards with headings, summaries and role counts', async () => {
    const grid = await renderFixture<NhsCategoryGrid>('nhs-category-grid', fixtureNamed(categoryGridFixtures, 'All 14 categories'));
    const items = all(grid, '.grid > li');
    expect(items).to.have.length(14);
    expect(all(grid, 'h2').map((h) => h.textContent)).to.include.members(['Nursing', 'Wider healthcare team']);
    const nursing = items.find((li) => li.querySelector('h2')!.textContent === 'Nursing')!;
    expect(nursing.querySelector('button')!.textContent).to.contain(`Show ${rolesByCategory('nursing').length} roles`);
  });

  it('shows a subset in the order given, at the heading level given', async () => {
    const grid = await renderFixture<NhsCategoryGrid>('nhs-category-grid', fixtureNamed(categoryGridFixtures, 'Two categories'));
    expect(all(grid, 'h3').map((h) => h.textContent)).to.deep.equal(['Nursing', 'Midwifery']);
  });

  it('opens a category in place with aria-expanded, lists its roles and fires nhs-category-toggle', async () => {
    const grid = await fixture<NhsCategoryGrid>(html`<nhs-category-grid categories="midwifery"></nhs-category-grid>`);
    await settled(grid);
    const button = all(grid, '.category > button')[0]!;
    const panel = grid.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    setTimeout(() => button.click());
    const event = await oneEvent(grid, 'nhs-category-toggle');
    expect(event.detail).to.deep.equal({ category: 'midwifery', open: true });
    await settled(grid);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);
    expect(all(grid, '.roles button').map((b) => b.textContent!.trim())).to.include('Midwife');
  });

  it('opens a role card from an open category, and lets the host veto it', async () => {
    const grid = await fixture<NhsCategoryGrid>(html`<nhs-category-grid categories="midwifery" heading-level="4"></nhs-category-grid>`);
    await settled(grid);
    all(grid, '.category > button')[0]!.click();
    await settled(grid);
    const roleButton = all(grid, '.roles button').find((b) => b.textContent!.trim() === 'Midwife')!;
    setTimeout(() => roleButton.click());
    const event = await oneEvent(grid, 'nhs-role-select');
    expect(event.detail).to.deep.equal({ role: 'midwife' });
    await settled(grid);
    const card = grid.shadowRoot!.querySelector('nhs-role-card')!;
    expect(card.getAttribute('role-id')).to.equal('midwife');
    expect(card.hasAttribute('role')).to.equal(false);
    expect(card.getAttribute('heading-level')).to.equal('5');
    await settled(card);
    expect(card.shadowRoot!.querySelector('h5')!.textContent).to.equal('Midwife');

    grid.addEventListener('nhs-role-select', (e) => e.preventDefault());
    all(grid, '.roles button').find((b) => b.textContent!.trim() === 'Maternity support worker')!.click();
    await settled(grid);
    expect(grid.shadowRoot!.querySelectorAll('nhs-role-card')).to.have.length(1);
  });

  it('filters to one way in, with counts of only those roles', async () => {
    const grid = await renderFixture<NhsCategoryGrid>('nhs-category-grid', fixtureNamed(categoryGridFixtures, 'Straight from school'));
    const open = new Set(rolesByEntryRoute('school-leavers').map((r) => r.category));
    expect(shadowText(grid)).to.contain('Showing roles open through: Straight from school');
    const wider = all(grid, '.grid > li').find((li) => li.querySelector('h2')!.textContent === 'Wider healthcare team')!;
    const count = rolesByEntryRoute('school-leavers').filter((r) => r.category === 'wider-healthcare-team').length;
    expect(wider.querySelector('button')!.textContent).to.contain(`Show ${count} roles`);
    const doctors = all(grid, '.grid > li').find((li) => li.querySelector('h2')!.textContent === 'Doctors')!;
    expect(open.has('doctors')).to.equal(false);
    expect(doctors.querySelector('button')).to.equal(null);
    expect(doctors.textContent).to.contain('No roles open through this way in');
  });

  it('can be used by keyboard alone: Tab to a category, Enter opens it, Space opens a role', async () => {
    const grid = await fixture<NhsCategoryGrid>(html`<nhs-category-grid categories="midwifery,pharmacy"></nhs-category-grid>`);
    await settled(grid);
    const before = document.createElement('button');
    before.textContent = 'before';
    grid.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const first = all(grid, '.category > button')[0]!;
    expect(grid.shadowRoot!.activeElement).to.equal(first);
    await sendKeys({ press: 'Enter' });
    await settled(grid);
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    const firstRole = all(grid, '.roles button')[0]!;
    expect(grid.shadowRoot!.activeElement).to.equal(firstRole);
    await sendKeys({ press: ' ' });
    await settled(grid);
    expect(firstRole.getAttribute('aria-expanded')).to.equal('true');
    expect(grid.shadowRoot!.querySelector('nhs-role-card')).to.not.equal(null);
    before.remove();
  });

  it('warns once about an unknown category and shows the rest', async () => {
    const grid = await renderFixture<NhsCategoryGrid>('nhs-category-grid', fixtureNamed(categoryGridFixtures, 'Unknown category among known ones'));
    expect(all(grid, '.grid > li')).to.have.length(1);
    expect(shadowText(grid)).to.contain('We could not find the NHS role category “astronomy”.');
    expect(warned.messages.filter((w) => w.includes('astronomy'))).to.have.length(1);
  });

  it('says so when a way in is unknown and shows every role', async () => {
    const grid = await renderFixture<NhsCategoryGrid>('nhs-category-grid', fixtureNamed(categoryGridFixtures, 'Unknown way in'));
    expect(shadowText(grid)).to.contain('We could not find the way in “by-rocket”');
    expect(all(grid, '.category > button')[0]!.textContent).to.contain(`Show ${rolesByCategory('midwifery').length} roles`);
  });

  it(`renders a category's roles only when it opens, so ${MAX_ROLES.toLocaleString('en-GB')} roles cost no more than a few`, async function () {
    this.timeout(60000);
    // The largest dataset a provider accepts, spread over the categories.
    const many = Array.from({ length: MAX_ROLES }, (_, i) => ({
      ...roles[0]!,
      id: `role-${i}`,
      title: `Role ${i}`,
      category: categories[i % categories.length]!.id,
      relatedRoles: [],
    }));
    const provider = await fixture<NhsCareersProvider>(html`<nhs-careers-provider><nhs-category-grid></nhs-category-grid></nhs-careers-provider>`);
    const loaded = oneEvent(provider, 'nhs-dataset-load');
    provider.data = { roles: many };
    while ((await loaded).detail.source !== 'data') await oneEvent(provider, 'nhs-dataset-load');
    const grid = provider.querySelector<NhsCategoryGrid>('nhs-category-grid')!;
    await settled(grid);
    const perCategory = MAX_ROLES / categories.length;
    expect(all(grid, '.grid > li')).to.have.length(categories.length);
    expect(all(grid, '.category > button')[0]!.textContent).to.contain(`Show ${Math.ceil(perCategory)} roles`);
    // Closed: not one role is in the page, only the counts.
    expect(all(grid, '.role')).to.have.length(0);
    all(grid, '.category > button')[1]!.click();
    await settled(grid);
    const shown = all(grid, '.role');
    expect(shown.length).to.be.within(Math.floor(perCategory), Math.ceil(perCategory));
    expect(shown.every((li) => li.closest('.category') === all(grid, '.category')[1])).to.equal(true);
    all(grid, '.category > button')[1]!.click();
    await settled(grid);
    expect(all(grid, '.role')).to.have.length(0);
  });

  it('keeps open categories when its attributes change', async () => {
    const grid = await fixture<NhsCategoryGrid>(html`<nhs-category-grid categories="midwifery,nursing"></nhs-category-grid>`);
    await settled(grid);
    all(grid, '.category > button')[0]!.click();
    await settled(grid);
    grid.setAttribute('lang', 'cy');
    grid.setAttribute('heading-level', '4');
    await settled(grid);
    expect(all(grid, '.category > button')[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(all(grid, 'h4')[0]!.textContent).to.equal('Bydwreigiaeth');
  });

  describe('accessibility of every example', () => {
    for (const example of categoryGridFixtures) {
      it(`${example.name} has no axe violations, closed and with its first category open`, async () => {
        const grid = await renderFixture<NhsCategoryGrid>('nhs-category-grid', example);
        await expectAccessible(grid);
        const toggle = all(grid, '.category > button')[0];
        if (toggle) {
          toggle.click();
          await settled(grid);
          all(grid, '.roles button')[0]!.click();
          await settled(grid);
          await settled(grid.shadowRoot!.querySelector('nhs-role-card')!);
          await expectAccessible(grid);
        }
      });
    }
  });
});
