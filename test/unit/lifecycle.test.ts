/*
 * Lifecycle: creating and removing 1,000 widgets leaves no listeners on window or document, and
 * (in Chromium, which can measure it) the heap returns near where it started. Widgets moved,
 * removed mid-load and added back keep working. The figures are printed; the bound is generous
 * because these machines are noisy.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { NhsRoleExplorer } from '../../src/components/role-explorer/role-explorer.js';
import { settled } from '../helpers/render.js';
import { captureWarnings } from '../helpers/warnings.js';

const MARKUP = [
  '<nhs-role-card role-id="paramedic" variant="full"></nhs-role-card>',
  '<nhs-category-grid categories="nursing,midwifery"></nhs-category-grid>',
  '<nhs-entry-routes role-id="porter"></nhs-entry-routes>',
  '<nhs-role-compare roles="paramedic,dentist"></nhs-role-compare>',
  '<nhs-role-explorer page-size="3"></nhs-role-explorer>',
  '<nhs-career-finder></nhs-career-finder>',
  '<nhs-careers-provider><nhs-role-card role-id="chef"></nhs-role-card></nhs-careers-provider>',
];

type Gc = { gc?: () => void };
const heapUsed = () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
async function collect() {
  for (let i = 0; i < 3; i++) {
    (window as unknown as Gc).gc?.();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Counts listeners added to and removed from window and document while `work` runs. */
async function countListeners(work: () => Promise<void>) {
  const live = new Map<string, number>();
  const targets = [window, document] as const;
  const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
  targets.forEach((target, i) => {
    const name = i === 0 ? 'window' : 'document';
    target.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      live.set(`${name}:${type}`, (live.get(`${name}:${type}`) ?? 0) + 1);
      return (originals[i]![0] as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof target.addEventListener;
    target.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
      live.set(`${name}:${type}`, (live.get(`${name}:${type}`) ?? 0) - 1);
      return (originals[i]![1] as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof target.removeEventListener;
  });
  try {
    await work();
  } finally {
    targets.forEach((target, i) => {
      target.addEventListener = originals[i]![0];
      target.removeEventListener = originals[i]![1];
    });
  }
  return [...live].filter(([, count]) => count !== 0);
}

async function createAndRemove(count: number) {
  const host = document.createElement('div');
  document.body.append(host);
  for (let i = 0; i < count; i += MARKUP.length) {
    host.innerHTML = MARKUP.join('');
    for (const element of host.querySelectorAll<HTMLElement>('*')) if (element.localName.startsWith('nhs-')) await settled(element);
    host.innerHTML = '';
  }
  host.remove();
}

describe('lifecycle', () => {
  captureWarnings();

  it('creating and removing 1,000 widgets leaves no listeners on window or document, and the heap near its start', async function () {
    this.timeout(240000);
    await createAndRemove(70); // warm up: code, data and search indexes loaded once
    await collect();
    const before = heapUsed();
    const leftOver = await countListeners(() => createAndRemove(1000));
    await collect();
    const after = heapUsed();
    expect(leftOver, 'listeners left on window or document').to.deep.equal([]);
    if (before !== undefined && after !== undefined && (window as unknown as Gc).gc) {
      const growth = after - before;
      console.log(`lifecycle: 1,000 widgets created and removed; JS heap ${(before / 1e6).toFixed(2)} MB before, ${(after / 1e6).toFixed(2)} MB after (${growth >= 0 ? '+' : ''}${(growth / 1e6).toFixed(2)} MB)`);
      expect(growth, 'heap growth in bytes').to.be.lessThan(5_000_000);
    } else {
      console.log('lifecycle: this browser does not expose heap sizes; listener count checked only');
    }
  });

  it('a widget removed while its provider is loading, then added back, works', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = '<nhs-careers-provider src="/never-there.json"><nhs-role-card role-id="porter"></nhs-role-card></nhs-careers-provider>';
    const provider = host.firstElementChild!;
    const card = provider.querySelector('nhs-role-card')!;
    card.remove();
    await new Promise((resolve) => provider.addEventListener('nhs-error', resolve, { once: true }));
    provider.append(card);
    await settled(card);
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.equal('Porter');
    host.remove();
  });

  it('attributes changed while loading show only the last value', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const errors: string[] = [];
    host.addEventListener('nhs-error', (e) => errors.push(e.detail.code));
    host.innerHTML = '<nhs-role-card role-id="first-wrong"></nhs-role-card>';
    const card = host.firstElementChild!;
    card.setAttribute('role-id', 'second-wrong');
    card.setAttribute('role-id', 'midwife');
    await settled(card);
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.equal('Midwife');
    expect(errors).to.deep.equal([]);
    host.remove();
  });

  it('a widget moved to another document and back keeps working', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = '<nhs-role-card role-id="dentist"></nhs-role-card>';
    const card = host.firstElementChild as HTMLElement;
    await settled(card);
    const other = document.implementation.createHTMLDocument('other');
    other.body.append(other.adoptNode(card));
    host.append(document.adoptNode(card));
    card.setAttribute('role-id', 'dental-nurse');
    await settled(card);
    expect(card.shadowRoot!.querySelector('h3')!.textContent).to.equal('Dental nurse');
    host.remove();
  });

  it('keeps the explorer’s search and filters when a provider’s dataset arrives late', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = '<nhs-careers-provider><nhs-role-explorer page-size="5"></nhs-role-explorer></nhs-careers-provider>';
    const provider = host.firstElementChild as HTMLElement & { data: unknown };
    const explorer = provider.querySelector<NhsRoleExplorer>('nhs-role-explorer')!;
    await settled(explorer);
    const input = explorer.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    input.value = 'nurse';
    input.dispatchEvent(new Event('input'));
    const contact = explorer.shadowRoot!.querySelector<HTMLSelectElement>('#contact')!;
    contact.value = 'a-lot';
    contact.dispatchEvent(new Event('change'));
    await settled(explorer);
    const { dataset } = await import('../../src/data/index.js');
    const loaded = new Promise((resolve) => provider.addEventListener('nhs-dataset-load', resolve, { once: true }));
    provider.data = { roles: dataset.roles.slice(0, 200) };
    await loaded;
    await settled(explorer);
    expect(explorer.shadowRoot!.querySelector<HTMLInputElement>('#search')!.value).to.equal('nurse');
    expect(explorer.shadowRoot!.querySelector<HTMLSelectElement>('#contact')!.value).to.equal('a-lot');
    host.remove();
  });
});
