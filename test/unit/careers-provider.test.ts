// Host datasets for the provider tests. They end in .dataset, not .json, because the test
// server turns .json requests into JavaScript modules.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/careers-provider/careers-provider.js';
import type { NhsCareersProvider } from '../../src/components/careers-provider/careers-provider.js';
import '../../src/components/category-grid/category-grid.js';
import '../../src/components/role-card/role-card.js';
import type { NhsRoleCard } from '../../src/components/role-card/role-card.js';
import type { HostDataset } from '../../src/data/types.js';
import type { NhsErrorDetail } from '../../src/shared/events.js';
import { expectAccessible } from '../helpers/axe.js';
import { settled, shadowText } from '../helpers/render.js';
import { captureWarnings } from '../helpers/warnings.js';

const datasets = new URL('../fixtures/datasets/', import.meta.url).href;

/** Renders a provider around one card and waits for the provider's dataset event named `source`. */
async function provided(attributes: string, role: string, source: 'bundled' | 'src' | 'error') {
  const container = await fixture(html`<div></div>`);
  const waiting = oneEvent(container, source === 'error' ? 'nhs-error' : 'nhs-dataset-load');
  container.innerHTML = `<nhs-careers-provider ${attributes}><nhs-role-card role-id="${role}"></nhs-role-card></nhs-careers-provider>`;
  const event = (await waiting) as CustomEvent;
  const provider = container.querySelector<NhsCareersProvider>('nhs-careers-provider')!;
  const card = container.querySelector<NhsRoleCard>('nhs-role-card')!;
  await provider.updateComplete;
  await settled(card);
  return { provider, card, event };
}

describe('<nhs-careers-provider>', () => {
  captureWarnings();

  it('gives the widgets inside it the dataset from src', async () => {
    const { card, event } = await provided(`src="${datasets}small.dataset"`, 'ward-robot-technician', 'src');
    if (event.detail.source !== 'src') await oneEvent(card.parentElement!, 'nhs-dataset-load');
    await settled(card);
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.equal('Ward robot technician');
  });

  it('drops related roles the host dataset does not have', async () => {
    const container = await fixture(html`<div></div>`);
    container.innerHTML = `<nhs-careers-provider src="${datasets}small.dataset"><nhs-role-card variant="full" role-id="ward-robot-technician"></nhs-role-card></nhs-careers-provider>`;
    await new Promise<void>((resolve) => container.addEventListener('nhs-dataset-load', (e) => (e as CustomEvent).detail.source === 'src' && resolve()));
    const card = container.querySelector('nhs-role-card')!;
    await settled(card);
    const related = [...card.shadowRoot!.querySelectorAll('.related button')].map((b) => b.textContent);
    expect(related).to.deep.equal(['Community nurse X']);
  });

  for (const [file, code] of [
    ['missing.dataset', 'dataset-unavailable'],
    ['not-json.dataset', 'dataset-invalid'],
    ['wrong-shape.dataset', 'dataset-invalid'],
    ['unsafe.dataset', 'dataset-invalid'],
  ] as const) {
    it(`keeps the bundled data and says so when src is ${file}`, async () => {
      const { provider, card, event } = await provided(`src="${datasets}${file}"`, 'paramedic', 'error');
      expect((event as CustomEvent<NhsErrorDetail>).detail.code).to.equal(code);
      await settled(card);
      expect(card.shadowRoot!.querySelector('h3')!.textContent).to.equal('Paramedic');
      expect(provider.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('could not be loaded');
      await expectAccessible(provider);
    });
  }

  it('takes a dataset object through its data property, checked like src', async () => {
    const container = await fixture(html`<nhs-careers-provider><nhs-role-card role-id="made-up"></nhs-role-card></nhs-careers-provider>`);
    const provider = container as unknown as NhsCareersProvider;
    const { roles } = await import('../../src/data/index.js');
    const loaded = oneEvent(provider, 'nhs-dataset-load');
    provider.data = { roles: [{ ...roles[0]!, id: 'made-up', title: 'Made-up role', relatedRoles: [] }] };
    expect((await loaded).detail).to.deep.equal({ source: 'data', roles: 1 });
    const card = container.querySelector('nhs-role-card')!;
    await settled(card);
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.equal('Made-up role');
    const failed = oneEvent(provider, 'nhs-error');
    provider.data = { roles: 'not a list' } as unknown as HostDataset;
    expect((await failed).detail.code).to.equal('dataset-invalid');
  });

  for (const when of ['before', 'after'] as const) {
    it(`takes a dataset set as its data property ${when} it is on the page, with no false error first`, async () => {
      const { roles } = await import('../../src/data/index.js');
      const data = { roles: [{ ...roles[0]!, id: 'made-up', title: 'Made-up role', relatedRoles: [] }] };
      const container = await fixture(html`<div></div>`);
      const codes: string[] = [];
      container.addEventListener('nhs-error', (event) => codes.push((event as CustomEvent<NhsErrorDetail>).detail.code));
      const loaded = oneEvent(container, 'nhs-dataset-load');
      const provider = document.createElement('nhs-careers-provider');
      provider.innerHTML = '<nhs-role-card role-id="made-up"></nhs-role-card>';
      // As a framework does: the property set just before or just after the element is added.
      if (when === 'before') provider.data = data;
      container.append(provider);
      if (when === 'after') provider.data = data;
      expect((await loaded).detail).to.deep.equal({ source: 'data', roles: 1 });
      const card = provider.querySelector('nhs-role-card')!;
      await settled(card);
      expect(card.shadowRoot!.querySelector('h3')!.textContent).to.equal('Made-up role');
      expect(codes).to.deep.equal([]);
    });
  }

  it('lets the widgets inside wait for its src, rather than show the bundled data first', async () => {
    const container = await fixture(html`<div></div>`);
    const codes: string[] = [];
    container.addEventListener('nhs-error', (event) => codes.push((event as CustomEvent<NhsErrorDetail>).detail.code));
    container.innerHTML = `<nhs-careers-provider src="${datasets}small.dataset"><nhs-role-card role-id="ward-robot-technician"></nhs-role-card></nhs-careers-provider>`;
    const card = container.querySelector<NhsRoleCard>('nhs-role-card')!;
    await card.updateComplete;
    // Still waiting for src: the card shows its own content, not an error about an unknown role.
    expect(card.shadowRoot!.querySelector('[aria-busy="true"]')).to.not.equal(null);
    await oneEvent(container, 'nhs-dataset-load');
    await settled(card);
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.equal('Ward robot technician');
    expect(codes).to.deep.equal([]);
  });

  it('keeps markup in host texts as text', async () => {
    const container = await fixture(html`<div></div>`);
    container.innerHTML = `<nhs-careers-provider src="${datasets}texts-with-markup.dataset"><nhs-role-card role-id="markup"></nhs-role-card></nhs-careers-provider>`;
    await new Promise<void>((resolve) => container.addEventListener('nhs-dataset-load', (e) => (e as CustomEvent).detail.source === 'src' && resolve()));
    const card = container.querySelector('nhs-role-card')!;
    await settled(card);
    expect(card.shadowRoot!.querySelector('img, script, b')).to.equal(null);
    expect(shadowText(card)).to.contain('<script>window.hacked=2</script> stays text');
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });

  it('sets the heading level, language and link base for the widgets inside', async () => {
    const { card } = await provided('heading-level="5" lang="cy" link-base="https://jobs.example.org/search?role={id}"', 'paramedic', 'bundled');
    expect(card.shadowRoot!.querySelector('h5')).to.not.equal(null);
    expect(shadowText(card)).to.contain('Ffyrdd i mewn');
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(link.href).to.equal('https://jobs.example.org/search?role=paramedic');
    // The link goes to the host's pages: it names no source.
    expect(link.textContent).to.equal('Rhagor o wybodaeth am Paramedic');
  });

  it('uses the host\'s text for links made from link-base, with {title} for the role', async () => {
    const { provider, card } = await provided('link-base="/jobs/{id}" link-text="{title} jobs in our trust"', 'orthoptist', 'bundled');
    const link = () => card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(link().getAttribute('href')).to.equal('/jobs/orthoptist');
    expect(link().textContent).to.equal('Orthoptist jobs in our trust');
    provider.linkText = '';
    await provider.updateComplete;
    await card.updateComplete;
    expect(link().textContent).to.equal('Find out more about Orthoptist');
    await expectAccessible(card);
  });

  it('ignores a link base that is not https or a path', async () => {
    const { card } = await provided('link-base="javascript:alert(1)//{id}"', 'paramedic', 'bundled');
    expect(card.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!.href).to.match(/^https:\/\/www\.healthcareers\.nhs\.uk\//);
  });

  it('lets a widget keep its own heading level inside a provider', async () => {
    const container = await fixture(html`<nhs-careers-provider heading-level="5"><nhs-role-card heading-level="2" role-id="dentist"></nhs-role-card></nhs-careers-provider>`);
    const card = container.querySelector('nhs-role-card')!;
    await settled(card);
    expect(card.shadowRoot!.querySelector('h2')!.textContent).to.equal('Dentist');
  });
});
