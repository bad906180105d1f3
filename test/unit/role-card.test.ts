import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/role-card/role-card.js';
import type { NhsRoleCard } from '../../src/components/role-card/role-card.js';
import { defineElement } from '../../src/shared/define-element.js';
import type { NhsErrorDetail } from '../../src/shared/events.js';
import { roleCardFixtures } from '../fixtures/role-card.fixtures.js';
import { fixtureNamed } from '../fixtures/fixture.js';
import { expectAccessible } from '../helpers/axe.js';
import { captureWarnings } from '../helpers/warnings.js';
import { renderFixture, settled, shadowText } from '../helpers/render.js';

const part = (card: Element, name: string) => card.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<nhs-role-card>', () => {
  const warned = captureWarnings();

  it('shows a role from the bundled data: title, category, summary, ways in and its source link', async () => {
    const card = await renderFixture<NhsRoleCard>('nhs-role-card', fixtureNamed(roleCardFixtures, 'Compact'));
    expect(part(card, 'heading')!.textContent).to.equal('Biomedical scientist');
    expect(part(card, 'heading')!.localName).to.equal('h3');
    expect(part(card, 'category')!.textContent).to.equal('Healthcare science');
    expect(part(card, 'summary')!.textContent).to.contain('samples of blood');
    const routes = [...part(card, 'routes')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(routes).to.deep.equal(['University degree', 'Apprenticeships', 'Start in support, then progress']);
    const link = part(card, 'link') as HTMLAnchorElement;
    expect(link.href).to.match(/^https:\/\/www\.healthcareers\.nhs\.uk\/explore-roles\/healthcare-science\//);
    expect(link.textContent).to.equal('Find out more about Biomedical scientist on NHS Health Careers');
    expect(link.querySelector('.visually-hidden')!.textContent).to.equal(' on NHS Health Careers');
    expect(part(card, 'credit')!.textContent).to.equal('Information from NHS Health Careers');
    expect(warned.messages).to.have.length(0);
  });

  it('replaces a ready-made copy in a declarative shadow root with its own content', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    // As the parser builds it from a page: the element already has a shadow root when it upgrades.
    host.setHTMLUnsafe('<nhs-role-card role-id="paramedic"><template shadowrootmode="open"><style>p { color: red }</style><p id="copy">An old copy</p></template></nhs-role-card>');
    const card = host.querySelector('nhs-role-card')!;
    await settled(card);
    expect(card.shadowRoot!.querySelector('#copy')).to.equal(null);
    expect(card.shadowRoot!.querySelector('style')).to.equal(null);
    expect(part(card, 'heading')!.textContent).to.equal('Paramedic');
    host.remove();
  });

  it('names the site its link goes to, for roles whose source is not NHS Health Careers, in English and Welsh', async () => {
    const card = await fixture<NhsRoleCard>(html`<nhs-role-card role-id="orthoptist"></nhs-role-card>`);
    await settled(card);
    const link = part(card, 'link') as HTMLAnchorElement;
    expect(link.href).to.match(/^https:\/\/nationalcareers\.service\.gov\.uk\//);
    expect(link.textContent).to.equal('Find out more about Orthoptist on the National Careers Service');
    card.setAttribute('lang', 'cy');
    await card.updateComplete;
    expect(link.isConnected ? link.textContent : part(card, 'link')!.textContent).to.equal('Rhagor o wybodaeth am Orthoptist ar National Careers Service');
    expect(part(card, 'link')!.querySelector('[lang="en"]')!.textContent).to.equal('National Careers Service');
  });

  it('shows pay with its band figures, year and nation, and registration, in the full variant', async () => {
    const card = await renderFixture<NhsRoleCard>('nhs-role-card', fixtureNamed(roleCardFixtures, 'Full'));
    const text = shadowText(card);
    expect(text).to.contain('Band 5 to 7: £31,049 to £54,710 (England, 2025/26)');
    expect(text).to.contain('Registers with the Health and Care Professions Council (HCPC)');
    expect(text).to.contain('What the work involves');
    expect(card.shadowRoot!.querySelectorAll('h4').length).to.be.greaterThan(3);
  });

  it('says a role outside the NHS pay scales is paid differently', async () => {
    const card = await renderFixture<NhsRoleCard>('nhs-role-card', fixtureNamed(roleCardFixtures, 'Pay outside the NHS scales'));
    expect(shadowText(card)).to.contain('private businesses that set their own pay');
  });

  it('takes its heading level from heading-level, and ignores nonsense', async () => {
    const card = await fixture<NhsRoleCard>(html`<nhs-role-card role-id="medical-secretary" heading-level="5"></nhs-role-card>`);
    await settled(card);
    expect(part(card, 'heading')!.localName).to.equal('h5');
    card.setAttribute('heading-level', 'eleven');
    await settled(card);
    expect(part(card, 'heading')!.localName).to.equal('h3');
    card.setAttribute('heading-level', '1');
    await settled(card);
    expect(part(card, 'heading')!.localName).to.equal('h3');
  });

  it('reads role ids without regard to case or surrounding spaces', async () => {
    const card = await fixture<NhsRoleCard>(html`<nhs-role-card role-id="  Medical-Physicist "></nhs-role-card>`);
    await settled(card);
    expect(part(card, 'heading')!.textContent).to.equal('Medical physicist');
  });

  it('speaks Welsh inside a Welsh page, keeping English role texts marked as English', async () => {
    const wrapper = await fixture(html`<div lang="cy"><nhs-role-card role-id="medical-physicist" variant="full"></nhs-role-card></div>`);
    const card = wrapper.querySelector('nhs-role-card')!;
    await settled(card);
    const text = shadowText(card);
    expect(text).to.contain('Ffyrdd i mewn');
    expect(text).to.contain('Gwyddor gofal iechyd');
    expect(text).to.contain('Gwybodaeth gan NHS Health Careers');
    expect(part(card, 'heading')!.getAttribute('lang')).to.equal('en');
    expect(part(card, 'summary')!.getAttribute('lang')).to.equal('en');
  });

  it('switches language when its lang attribute changes', async () => {
    const card = await fixture<NhsRoleCard>(html`<nhs-role-card role-id="pharmacy-technician"></nhs-role-card>`);
    await settled(card);
    expect(shadowText(card)).to.contain('Ways in');
    card.setAttribute('lang', 'cy');
    await settled(card);
    expect(shadowText(card)).to.contain('Ffyrdd i mewn');
  });

  it('shows a short message for an unknown role, fires nhs-error, warns once and keeps the fallback', async () => {
    const container = await fixture(html`<div></div>`);
    const card = document.createElement('nhs-role-card');
    card.setAttribute('role-id', 'astronaut');
    card.innerHTML = '<a href="https://www.healthcareers.nhs.uk/explore-roles">Explore NHS roles</a>';
    const errorEvent = oneEvent(container, 'nhs-error');
    container.append(card);
    const event = (await errorEvent) as CustomEvent<NhsErrorDetail>;
    expect(event.detail.code).to.equal('unknown-role');
    expect(event.detail.value).to.equal('astronaut');
    expect(event.bubbles && event.composed).to.equal(true);
    await settled(card);
    expect(part(card, 'message')!.textContent).to.contain('We could not find the NHS role “astronaut”.');
    expect(card.shadowRoot!.querySelector('slot:not([name])')).to.not.equal(null);
    expect(warned.messages.filter((w) => w.includes('astronaut'))).to.have.length(1);
    // Re-rendering the same problem neither warns nor fires again.
    card.setAttribute('variant', 'full');
    await settled(card);
    expect(warned.messages.filter((w) => w.includes('astronaut'))).to.have.length(1);
  });

  it('reports a missing role and recovers when a valid one is set', async () => {
    const card = await fixture<NhsRoleCard>(html`<nhs-role-card></nhs-role-card>`);
    await settled(card);
    expect(part(card, 'message')!.textContent).to.contain('No NHS role was named');
    card.setAttribute('role-id', 'clinical-engineer');
    await settled(card);
    expect(part(card, 'message')).to.equal(null);
    expect(part(card, 'heading')!.textContent).to.equal('Clinical engineer');
  });

  it('never throws for HTML in the role id, and shows it as text', async () => {
    const card = await fixture<NhsRoleCard>(html`<nhs-role-card role-id="<img src=x onerror=alert(1)>"></nhs-role-card>`);
    await settled(card);
    expect(card.shadowRoot!.querySelector('img')).to.equal(null);
    expect(part(card, 'message')!.textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('fires nhs-role-select for a related role and shows it unless the host cancels', async () => {
    const card = await fixture<NhsRoleCard>(html`<nhs-role-card role-id="biomedical-scientist" variant="full"></nhs-role-card>`);
    await settled(card);
    const button = card.shadowRoot!.querySelector<HTMLButtonElement>('.related button')!;
    setTimeout(() => button.click());
    const event = await oneEvent(card, 'nhs-role-select');
    expect(event.detail).to.deep.equal({ role: 'medical-laboratory-assistant' });
    // The card switches once the related role's details are in, then moves focus to its title.
    await waitUntil(() => card.shadowRoot!.activeElement === part(card, 'heading'), 'focus never reached the new title');
    expect(part(card, 'heading')!.textContent).to.equal('Medical laboratory assistant');

    card.addEventListener('nhs-role-select', (e) => e.preventDefault());
    card.shadowRoot!.querySelector<HTMLButtonElement>('.related button')!.click();
    await settled(card);
    expect(part(card, 'heading')!.textContent).to.equal('Medical laboratory assistant');
  });

  it('can be used by keyboard alone: Tab to a related role, Enter shows it and moves focus to its title', async () => {
    const card = await fixture<NhsRoleCard>(html`<nhs-role-card role-id="pharmacy-technician" variant="full"></nhs-role-card>`);
    await settled(card);
    card.shadowRoot!.querySelector<HTMLElement>('#heading')!.focus();
    let presses = 0;
    const firstRelated = card.shadowRoot!.querySelector('.related button')!;
    while (card.shadowRoot!.activeElement !== firstRelated && presses++ < 20) await sendKeys({ press: 'Tab' });
    expect(card.shadowRoot!.activeElement).to.equal(firstRelated);
    const title = firstRelated.textContent;
    await sendKeys({ press: 'Enter' });
    await settled(card);
    expect(part(card, 'heading')!.textContent).to.equal(title);
    expect(card.shadowRoot!.activeElement).to.equal(part(card, 'heading'));
  });

  it('marks the regulator name as English inside a Welsh card', async () => {
    const card = await fixture<NhsRoleCard>(html`<nhs-role-card lang="cy" role-id="paramedic" variant="full"></nhs-role-card>`);
    await settled(card);
    const span = [...card.shadowRoot!.querySelectorAll('span[lang="en"]')].find((s) => s.textContent!.includes('Health and Care Professions Council'));
    expect(span!.parentElement!.textContent).to.contain('Yn cofrestru gyda’r Health and Care Professions Council (HCPC)');
  });

  it('keeps the first definition when the tag is defined again, warning once', async () => {
    const first = customElements.get('nhs-role-card');
    class Impostor extends HTMLElement {
      static version = '9.9.9';
    }
    defineElement('nhs-role-card', Impostor);
    defineElement('nhs-role-card', Impostor);
    expect(customElements.get('nhs-role-card')).to.equal(first);
    expect(warned.messages.filter((w) => w.includes('version 0.1.0 is already on this page, so version 9.9.9, loaded again, is not used'))).to.have.length(1);
  });

  it('renders every role of the bundled dataset in full without a problem', async () => {
    const { roles } = await import('../../src/data/index.js');
    const card = await fixture<NhsRoleCard>(html`<nhs-role-card variant="full"></nhs-role-card>`);
    const errors: string[] = [];
    card.addEventListener('nhs-error', (e) => errors.push(e.detail.message));
    for (const role of roles) {
      card.setAttribute('role-id', role.id);
      await settled(card);
      expect(part(card, 'heading')?.textContent, role.id).to.equal(role.title);
      expect(shadowText(card), role.id).to.not.contain('undefined');
    }
    expect(errors).to.deep.equal([]);
  });

  describe('the role-id attribute and the deprecated role alias', () => {
    const aliasWarnings = () => warned.messages.filter((w) => w.includes('role-id='));

    it('takes the role from role-id and leaves the element’s ARIA role alone', async () => {
      const card = await fixture<NhsRoleCard>(html`<nhs-role-card role-id="biomedical-scientist" variant="full"></nhs-role-card>`);
      await settled(card);
      expect(card.roleId).to.equal('biomedical-scientist');
      // Showing a related role changes roleId, never the ARIA role.
      card.shadowRoot!.querySelector<HTMLButtonElement>('.related button')!.click();
      await waitUntil(() => part(card, 'heading')!.textContent === 'Medical laboratory assistant');
      expect(card.roleId).to.equal('medical-laboratory-assistant');
      expect(card.hasAttribute('role')).to.equal(false);
      expect(card.role ?? null).to.equal(null);
      expect(aliasWarnings()).to.deep.equal([]);
    });

    it('still shows a role named with role=, warning once per page that role-id is the attribute to use', async () => {
      const container = await fixture(html`<div>
        <nhs-role-card role="paramedic"></nhs-role-card>
        <nhs-role-card role="Dentist "></nhs-role-card>
      </div>`);
      const [first, second] = [...container.querySelectorAll('nhs-role-card')];
      await settled(first!);
      await settled(second!);
      expect(part(first!, 'heading')!.textContent).to.equal('Paramedic');
      expect(part(second!, 'heading')!.textContent).to.equal('Dentist');
      expect(aliasWarnings()).to.have.length(1);
      expect(aliasWarnings()[0]).to.contain('<nhs-role-card>').and.contain('ARIA role');
      // The card reads the attribute and leaves it as the host wrote it.
      expect(first!.roleId).to.equal(null);
      expect(first!.getAttribute('role')).to.equal('paramedic');
      // A changed role attribute re-renders the card, still without a second warning.
      first!.setAttribute('role', 'porter');
      await settled(first!);
      expect(part(first!, 'heading')!.textContent).to.equal('Porter');
      expect(aliasWarnings()).to.have.length(1);
    });

    it('names the attribute it read when the role is unknown', async () => {
      const errors: NhsErrorDetail[] = [];
      const container = await fixture(html`<div @nhs-error=${(e: CustomEvent<NhsErrorDetail>) => errors.push(e.detail)}>
        <nhs-role-card role="astronaut"></nhs-role-card>
      </div>`);
      await settled(container.querySelector('nhs-role-card')!);
      // The deprecation is a console warning only: the widget works, so no nhs-error for it.
      expect(errors.map((e) => e.code)).to.deep.equal(['unknown-role']);
      expect(errors[0]!.message).to.contain('role="astronaut"');
      expect(aliasWarnings()).to.have.length(1);
    });

    it('prefers role-id when both are given, and then says nothing about role', async () => {
      const card = await fixture<NhsRoleCard>(html`<nhs-role-card role-id="dentist" role="paramedic"></nhs-role-card>`);
      await settled(card);
      expect(part(card, 'heading')!.textContent).to.equal('Dentist');
      expect(aliasWarnings()).to.deep.equal([]);
      // An empty role-id is still a role-id: the card asks for one rather than falling back.
      card.roleId = '';
      await settled(card);
      expect(part(card, 'message')!.textContent).to.contain('No NHS role was named');
      card.roleId = null;
      await settled(card);
      expect(part(card, 'heading')!.textContent).to.equal('Paramedic');
    });

    it('is reported by axe when role= is used, so the accessibility checks would catch it', async () => {
      const card = await fixture<NhsRoleCard>(html`<nhs-role-card role="paramedic"></nhs-role-card>`);
      await settled(card);
      let failure: unknown;
      await expectAccessible(card).catch((error: unknown) => (failure = error));
      expect(String(failure)).to.contain('aria-roles');
    });
  });

  describe('accessibility of every example', () => {
    for (const example of roleCardFixtures) {
      it(`${example.name} has no axe violations`, async () => {
        const card = await renderFixture<NhsRoleCard>('nhs-role-card', example);
        if (example.error) expect(part(card, 'message')).to.not.equal(null);
        await expectAccessible(card);
      });
    }
  });
});
