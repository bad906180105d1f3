/*
 * A provider dataset that passes the checks never makes a widget throw (issue 12, hardening):
 * property-based, with fast-check, a valid dataset is changed in hostile ways (fields removed,
 * wrong types, empty objects, huge strings, `__proto__` keys) and given to a provider holding one
 * of each widget. Whatever the variation, nothing is thrown into the page: the dataset is refused
 * with `nhs-error` (and the bundled data shown), or accepted and every widget shows content or its
 * message. The pure check meets 1,000 variations in Node (test/node/check-dataset.test.ts); here
 * each variation renders six widgets, so the engines take fewer.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { NhsCareersProvider } from '../../src/components/careers-provider/careers-provider.js';
import { dataset as bundled } from '../../src/data/index.js';
import type { HostDataset } from '../../src/data/types.js';
import { mutate, mutations, SAMPLE_ROLE_IDS, smallDataset } from '../helpers/mutate-dataset.js';
import { settled } from '../helpers/render.js';
import { captureUncaught } from '../helpers/uncaught.js';
import { captureWarnings } from '../helpers/warnings.js';

const valid = smallDataset(bundled, SAMPLE_ROLE_IDS);
// Chromium renders fastest; Firefox ESR and WebKitGTK take fewer runs to keep the suite short.
const RUNS = navigator.userAgent.includes('Chrome') ? 60 : 25;

const WIDGETS = `
  <nhs-role-card role-id="paramedic" variant="full"></nhs-role-card>
  <nhs-category-grid></nhs-category-grid>
  <nhs-entry-routes role-id="porter"></nhs-entry-routes>
  <nhs-role-compare roles="paramedic,dentist"></nhs-role-compare>
  <nhs-role-explorer page-size="3" query="para"></nhs-role-explorer>
  <nhs-career-finder></nhs-career-finder>`;

describe('a provider given hostile variations of a valid dataset', () => {
  captureWarnings();
  const uncaught = captureUncaught();

  it(`never throws into the page: refuses with nhs-error, or every widget shows content or a message (${RUNS} runs)`, async function () {
    this.timeout(240000);
    const outcomes = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(mutations(valid), async (list) => {
        const provider = await fixture<NhsCareersProvider>(html`<nhs-careers-provider></nhs-careers-provider>`);
        const codes: string[] = [];
        provider.addEventListener('nhs-error', (event) => {
          if (event.target === provider) codes.push(event.detail.code);
        });
        const sources: string[] = [];
        provider.addEventListener('nhs-dataset-load', (event) => sources.push(event.detail.source));
        provider.data = mutate(valid, list) as HostDataset;
        provider.innerHTML = WIDGETS;
        await provider.updateComplete;
        const widgets = [...provider.children];
        try {
          for (const widget of widgets) await settled(widget);
        } finally {
          // Checked below from the widgets' shadow roots, which stay readable once off the page.
          provider.remove();
        }
        expect(uncaught.messages, 'uncaught errors').to.deep.equal([]);
        if (sources.includes('data')) {
          outcomes.accepted++;
          expect(codes).to.deep.equal([]);
        } else {
          outcomes.refused++;
          expect(codes).to.deep.equal(['dataset-invalid']);
          // Refused: the bundled data stands in.
          expect(widgets[0]!.shadowRoot!.querySelector('h3')!.textContent).to.equal('Paramedic');
        }
        for (const widget of widgets) {
          const shown = widget.shadowRoot!.querySelector('h2, h3, [part="message"], ul, table, fieldset');
          expect(shown, `${widget.localName} shows nothing`).to.not.equal(null);
        }
      }),
      { numRuns: RUNS },
    );
    expect(outcomes.accepted + outcomes.refused).to.equal(RUNS);
    console.log(`hostile datasets: ${outcomes.accepted} accepted, ${outcomes.refused} refused`);
  });
});
