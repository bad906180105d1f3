/*
 * The catalogue of bad input. Each case puts widgets on the page as an embedder might mistype them
 * and checks: the documented nhs-error code fires, one console warning, a short message where
 * content would have been (or, for developer-only problems such as a nonsense heading level, the
 * default used silently), no uncaught exception, and the rest of the page untouched.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { NhsCareersProvider } from '../../src/components/careers-provider/careers-provider.js';
import type { NhsErrorCode } from '../../src/shared/events.js';
import { settled } from '../helpers/render.js';
import { captureUncaught } from '../helpers/uncaught.js';
import { captureWarnings } from '../helpers/warnings.js';

interface Case {
  name: string;
  markup: string;
  /** The nhs-error code expected, or null when the input must simply work. */
  code: NhsErrorCode | null;
  /** Whether the reader sees a message (true for most problems, false for developer-only ones). */
  message?: boolean;
  /** More checks on the widget once it has settled. */
  check?: (widget: HTMLElement) => void;
}

const datasets = new URL('../fixtures/datasets/', import.meta.url).href;
const text = (widget: Element) => (widget.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
const heading = (widget: Element) => widget.shadowRoot!.querySelector('h2, h3, h4, h5, h6');
const longId = 'x'.repeat(10000);

const cases: Case[] = [
  // Role ids
  { name: 'card: unknown role', markup: '<nhs-role-card role-id="astronaut-1"></nhs-role-card>', code: 'unknown-role', message: true },
  { name: 'card: empty role', markup: '<nhs-role-card role-id=""></nhs-role-card>', code: 'missing-role', message: true },
  { name: 'card: role of spaces', markup: '<nhs-role-card role-id="   "></nhs-role-card>', code: 'missing-role', message: true },
  { name: 'card: no role attribute', markup: '<nhs-role-card></nhs-role-card>', code: 'missing-role', message: true },
  { name: 'card: upper-case role works', markup: '<nhs-role-card role-id="PARAMEDIC"></nhs-role-card>', code: null, check: (w) => expect(heading(w)!.textContent).to.equal('Paramedic') },
  { name: 'card: role with spaces around works', markup: '<nhs-role-card role-id="  dentist "></nhs-role-card>', code: null, check: (w) => expect(heading(w)!.textContent).to.equal('Dentist') },
  {
    name: 'card: HTML in the role id stays text',
    markup: '<nhs-role-card role-id="&lt;img src=x onerror=window.hacked=1&gt;"></nhs-role-card>',
    code: 'unknown-role',
    message: true,
    check: (w) => {
      expect(w.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text(w)).to.contain('<img src=x');
    },
  },
  { name: 'card: accented role id', markup: '<nhs-role-card role-id="paramédic"></nhs-role-card>', code: 'unknown-role', message: true },
  { name: 'card: a 10,000-character role id', markup: `<nhs-role-card role-id="${longId}"></nhs-role-card>`, code: 'unknown-role', message: true, check: (w) => expect(text(w).length).to.be.lessThan(400) },
  { name: 'card: javascript: as a role id', markup: '<nhs-role-card role-id="javascript:alert(1)"></nhs-role-card>', code: 'unknown-role', message: true, check: (w) => expect(w.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null) },
  // Heading levels and other numbers and words
  ...['eleven', '1', '7', '-3', '2.5', '', 'Infinity'].map(
    (level): Case => ({
      name: `card: heading-level="${level}" falls back to 3`,
      markup: `<nhs-role-card role-id="porter" heading-level="${level}"></nhs-role-card>`,
      code: 'invalid-attribute',
      message: false,
      check: (w) => expect(heading(w)!.localName).to.equal('h3'),
    }),
  ),
  { name: 'card: variant="huge" falls back to compact', markup: '<nhs-role-card role-id="chef" variant="huge"></nhs-role-card>', code: 'invalid-attribute', message: false, check: (w) => expect(text(w)).to.not.contain('What the work involves') },
  { name: 'grid: heading-level="abc"', markup: '<nhs-category-grid categories="pharmacy" heading-level="abc"></nhs-category-grid>', code: 'invalid-attribute', message: false, check: (w) => expect(heading(w)!.localName).to.equal('h2') },
  { name: 'entry routes: heading-level="99"', markup: '<nhs-entry-routes role-id="porter" heading-level="99"></nhs-entry-routes>', code: 'invalid-attribute', message: false },
  { name: 'finder: limit="1000"', markup: '<nhs-career-finder limit="1000"></nhs-career-finder>', code: 'invalid-attribute', message: false },
  { name: 'finder: limit="abc"', markup: '<nhs-career-finder limit="abc"></nhs-career-finder>', code: 'invalid-attribute', message: false },
  { name: 'finder: heading-level="0"', markup: '<nhs-career-finder heading-level="0"></nhs-career-finder>', code: 'invalid-attribute', message: false },
  { name: 'explorer: qualification="phd"', markup: '<nhs-role-explorer page-size="3" qualification="phd"></nhs-role-explorer>', code: 'invalid-attribute', message: false },
  { name: 'explorer: patient-contact="always"', markup: '<nhs-role-explorer page-size="3" patient-contact="always"></nhs-role-explorer>', code: 'invalid-attribute', message: false },
  { name: 'explorer: band-from="10"', markup: '<nhs-role-explorer page-size="3" band-from="10"></nhs-role-explorer>', code: 'invalid-attribute', message: false },
  { name: 'explorer: registration="maybe"', markup: '<nhs-role-explorer page-size="3" registration="maybe"></nhs-role-explorer>', code: 'invalid-attribute', message: false },
  { name: 'explorer: page-size="-5"', markup: '<nhs-role-explorer page-size="-5"></nhs-role-explorer>', code: 'invalid-attribute', message: false, check: (w) => expect(w.shadowRoot!.querySelectorAll('.result')).to.have.length(20) },
  { name: 'explorer: page-size="lots"', markup: '<nhs-role-explorer page-size="lots"></nhs-role-explorer>', code: 'invalid-attribute', message: false, check: (w) => expect(w.shadowRoot!.querySelectorAll('.result')).to.have.length(20) },
  {
    name: 'explorer: HTML in the query stays text',
    markup: '<nhs-role-explorer query="&lt;img src=x onerror=window.hacked=2&gt;"></nhs-role-explorer>',
    code: null,
    check: (w) => {
      expect(w.shadowRoot!.querySelector('img')).to.equal(null);
      expect(w.shadowRoot!.querySelector<HTMLInputElement>('#search')!.value).to.contain('<img');
    },
  },
  // Lists with unknown ids, unknown routes and categories
  { name: 'grid: only an unknown category', markup: '<nhs-category-grid categories="astronomy-2"></nhs-category-grid>', code: 'unknown-category', message: true },
  { name: 'grid: an unknown category among known ones', markup: '<nhs-category-grid categories="nursing,astronomy-3"></nhs-category-grid>', code: 'unknown-category', message: true, check: (w) => expect(w.shadowRoot!.querySelectorAll('.category')).to.have.length(1) },
  { name: 'grid: a list of only commas shows everything', markup: '<nhs-category-grid categories=",, ,"></nhs-category-grid>', code: null, check: (w) => expect(w.shadowRoot!.querySelectorAll('.category')).to.have.length(14) },
  { name: 'grid: upper-case category works', markup: '<nhs-category-grid categories="NURSING"></nhs-category-grid>', code: null, check: (w) => expect(w.shadowRoot!.querySelectorAll('.category')).to.have.length(1) },
  { name: 'grid: unknown entry route', markup: '<nhs-category-grid categories="midwifery" entry-route="by-rocket-4"></nhs-category-grid>', code: 'unknown-route', message: true },
  { name: 'grid: a script tag as entry route stays text', markup: '<nhs-category-grid categories="midwifery" entry-route="&lt;script&gt;window.hacked=3&lt;/script&gt;"></nhs-category-grid>', code: 'unknown-route', message: true, check: (w) => expect(w.shadowRoot!.querySelector('script')).to.equal(null) },
  { name: 'entry routes: unknown role', markup: '<nhs-entry-routes role-id="astronaut-5"></nhs-entry-routes>', code: 'unknown-role', message: true },
  { name: 'entry routes: unknown route', markup: '<nhs-entry-routes route="by-rocket-6"></nhs-entry-routes>', code: 'unknown-route', message: true },
  { name: 'entry routes: empty role and route show every way in', markup: '<nhs-entry-routes role-id="" route=""></nhs-entry-routes>', code: null, check: (w) => expect(w.shadowRoot!.querySelectorAll('.route').length).to.be.greaterThan(3) },
  { name: 'compare: no roles', markup: '<nhs-role-compare roles=""></nhs-role-compare>', code: 'missing-role', message: true },
  { name: 'compare: one role', markup: '<nhs-role-compare roles="paramedic"></nhs-role-compare>', code: 'missing-role', message: true },
  { name: 'compare: the same role twice', markup: '<nhs-role-compare roles="porter,porter"></nhs-role-compare>', code: 'missing-role', message: true },
  { name: 'compare: an unknown id among known ones', markup: '<nhs-role-compare roles="paramedic,astronaut-7,dentist"></nhs-role-compare>', code: 'unknown-role', message: true, check: (w) => expect(w.shadowRoot!.querySelectorAll('.wide th[scope="col"]')).to.have.length(2) },
  { name: 'compare: five roles compares the first three', markup: '<nhs-role-compare roles="paramedic,dentist,porter,chef,midwife"></nhs-role-compare>', code: 'invalid-attribute', message: false, check: (w) => expect(w.shadowRoot!.querySelectorAll('.wide th[scope="col"]')).to.have.length(3) },
  { name: 'explorer: unknown category preset', markup: '<nhs-role-explorer page-size="3" category="astronomy-8"></nhs-role-explorer>', code: 'unknown-category', message: true },
  { name: 'explorer: unknown entry route preset', markup: '<nhs-role-explorer page-size="3" entry-route="by-rocket-9"></nhs-role-explorer>', code: 'unknown-route', message: true },
  // Datasets a provider cannot use: the bundled data is kept and the widgets go on working
  { name: 'provider: src that 404s', markup: `<nhs-careers-provider src="${datasets}missing-10.dataset"><nhs-role-card role-id="porter"></nhs-role-card></nhs-careers-provider>`, code: 'dataset-unavailable', message: true },
  { name: 'provider: src that is not JSON', markup: `<nhs-careers-provider src="${datasets}not-json.dataset?11"><nhs-role-card role-id="porter"></nhs-role-card></nhs-careers-provider>`, code: 'dataset-invalid', message: true },
  { name: 'provider: src that fails the checks', markup: `<nhs-careers-provider src="${datasets}wrong-shape.dataset?12"><nhs-role-card role-id="porter"></nhs-role-card></nhs-careers-provider>`, code: 'dataset-invalid', message: true },
  { name: 'provider: src with a javascript: link', markup: `<nhs-careers-provider src="${datasets}unsafe.dataset?13"><nhs-role-card role-id="porter"></nhs-role-card></nhs-careers-provider>`, code: 'dataset-invalid', message: true },
  { name: 'provider: src on a host that does not answer', markup: '<nhs-careers-provider src="http://127.0.0.1:9/never-14.json"><nhs-role-card role-id="porter"></nhs-role-card></nhs-careers-provider>', code: 'dataset-unavailable', message: true },
  { name: 'provider: src with an impossible URL', markup: '<nhs-careers-provider src="http://[::::]/x-15"><nhs-role-card role-id="porter"></nhs-role-card></nhs-careers-provider>', code: 'dataset-unavailable', message: true },
];

/** Puts `markup` on the page beside some host content and waits for every widget to settle. */
async function place(markup: string) {
  const container = document.createElement('div');
  const codes: string[] = [];
  container.addEventListener('nhs-error', (event) => codes.push(event.detail.code));
  container.innerHTML = `${markup}<p id="host-content">The host page's own text.</p>`;
  document.body.append(container);
  const widgets = [...container.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('nhs-'));
  const provider = container.querySelector('nhs-careers-provider');
  if (provider) await new Promise((resolve) => provider.addEventListener('nhs-error', resolve, { once: true }));
  for (const widget of widgets) await settled(widget);
  return { container, widget: container.firstElementChild as HTMLElement, codes };
}

describe('bad input: every case gives a clear message and loses nothing', () => {
  const warned = captureWarnings();
  const uncaught = captureUncaught();

  it('has at least 40 cases', () => expect(cases.length).to.be.at.least(40));

  for (const example of cases) {
    it(example.name, async () => {
      const { container, widget, codes } = await place(example.markup);
      if (example.code === null) {
        expect(codes, 'no nhs-error').to.deep.equal([]);
        expect(warned.messages, 'no warning').to.deep.equal([]);
      } else {
        expect(codes, 'nhs-error code').to.include(example.code);
        expect(warned.messages, 'one warning').to.have.length(1);
      }
      const messages = [...container.querySelectorAll('*')].flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[part~="message"]') ?? [])]);
      if (example.message) expect(messages.length, 'a visible message').to.be.greaterThan(0);
      else expect(messages, 'no visible message').to.have.length(0);
      for (const m of messages) expect(m.textContent!.trim().length, 'a short message').to.be.within(10, 200);
      example.check?.(widget);
      expect(container.querySelector('#host-content')!.textContent).to.equal("The host page's own text.");
      expect(uncaught.messages, 'no uncaught exception').to.deep.equal([]);
      expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
      container.remove();
    });
  }

  it('provider: src that never answers gives up after its timeout and keeps the bundled data', async () => {
    const saved = NhsCareersProvider.timeout;
    const realFetch = window.fetch;
    NhsCareersProvider.timeout = 200;
    window.fetch = (_input, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    try {
      const { widget, codes } = await place('<nhs-careers-provider src="/slow-16.json"><nhs-role-card role-id="porter"></nhs-role-card></nhs-careers-provider>');
      expect(codes).to.include('dataset-unavailable');
      expect(warned.messages[0]).to.contain('no answer within 0.2 seconds');
      const card = widget.querySelector('nhs-role-card')!;
      expect(heading(card)!.textContent).to.equal('Porter');
      widget.parentElement!.remove();
    } finally {
      NhsCareersProvider.timeout = saved;
      window.fetch = realFetch;
    }
  });

  it('provider: src of more than 10 MB is refused before it is parsed', async () => {
    const realFetch = window.fetch;
    window.fetch = async () => new Response(`{"roles": [${'"x",'.repeat(2_700_000)}"x"]}`, { status: 200 });
    try {
      const { widget, codes } = await place('<nhs-careers-provider src="/huge-17.json"><nhs-role-card role-id="porter"></nhs-role-card></nhs-careers-provider>');
      expect(codes).to.include('dataset-unavailable');
      expect(warned.messages[0]).to.contain('larger than 10 MB');
      widget.parentElement!.remove();
    } finally {
      window.fetch = realFetch;
    }
  });
});
