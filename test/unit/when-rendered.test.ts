import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/role-card/role-card.js';
import type { NhsRoleCard } from '../../src/components/role-card/role-card.js';
import '../../src/components/category-grid/category-grid.js';
import { whenRendered } from '../../src/shared/when-rendered.js';
import { captureWarnings } from '../helpers/warnings.js';

describe('whenRendered', () => {
  captureWarnings();

  it('resolves once a card made in script shows its role, not its loading state', async () => {
    const card = document.createElement('nhs-role-card');
    card.roleId = 'paramedic';
    card.variant = 'full';
    document.body.append(card);
    try {
      await whenRendered(card);
      expect(card.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
      expect(card.shadowRoot!.querySelector('h3')!.textContent).to.equal('Paramedic');
      expect(card.shadowRoot!.textContent).to.contain('What the work involves');
    } finally {
      card.remove();
    }
  });

  it('resolves when a widget shows the message that says why it cannot show its content', async () => {
    const card = await fixture<NhsRoleCard>(html`<nhs-role-card role-id="no-such-role"></nhs-role-card>`);
    await whenRendered(card);
    expect(card.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('no-such-role');
  });

  it('waits for the widgets inside a widget too', async () => {
    const grid = await fixture(html`<nhs-category-grid categories="dental-team"></nhs-category-grid>`);
    await whenRendered(grid);
    grid.shadowRoot!.querySelector<HTMLButtonElement>('.category > .toggle')!.click();
    // A category's roles are rendered only once it is open.
    await whenRendered(grid);
    grid.shadowRoot!.querySelector<HTMLButtonElement>('.role .toggle')!.click();
    await whenRendered(grid);
    const inner = grid.shadowRoot!.querySelector('nhs-role-card')!;
    expect(inner.shadowRoot!.querySelector('[aria-busy]')).to.equal(null);
    expect(inner.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Dentist');
  });

  it('rejects after its timeout for an element that is never defined, naming it', async () => {
    const stranger = document.createElement('nhs-never-defined');
    let error: unknown;
    await whenRendered(stranger, { timeout: 50 }).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('<nhs-never-defined> did not finish rendering within 50 ms');
  });
});

describe('attributes named after properties (React 19 server rendering)', () => {
  captureWarnings();

  it('reads roleid and headinglevel as role-id and heading-level', async () => {
    const card = await fixture<NhsRoleCard>(html`<nhs-role-card roleid="paramedic" headinglevel="2"></nhs-role-card>`);
    await whenRendered(card);
    expect(card.roleId).to.equal('paramedic');
    expect(card.shadowRoot!.querySelector('h2')!.textContent).to.equal('Paramedic');
  });

  it('lets role-id win when both are there', async () => {
    const card = await fixture<NhsRoleCard>(html`<nhs-role-card role-id="dentist" roleid="paramedic"></nhs-role-card>`);
    await whenRendered(card);
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.equal('Dentist');
  });
});
