/*
 * Property-based tests: 1,000 random attribute sets per widget (valid values mixed with junk,
 * markup and odd Unicode), applied in turn to one element and to fresh ones. Whatever the input,
 * no exception escapes and the widget always shows something: its content or a short message.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { categories, entryRoutes, roles } from '../../src/data/index.js';
import { settled } from '../helpers/render.js';
import { captureUncaught } from '../helpers/uncaught.js';
import { captureWarnings } from '../helpers/warnings.js';

const RUNS = 1000;
const roleIds = roles.map((r) => r.id);
const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('', ' ', '<script>window.hacked=1</script>', '"><img src=x onerror=window.hacked=1>', 'javascript:alert(1)', '0', '-1', '1e9', 'NaN', 'null', 'undefined', '\u0000', '\u202e'),
);
const oneOf = (values: readonly string[]) => fc.oneof(fc.constantFrom(...values), fc.constantFrom(...values.map((v) => v.toUpperCase())), junk);
const listOf = (values: readonly string[]) =>
  fc.oneof(
    fc.tuple(fc.array(fc.oneof(fc.constantFrom(...values), junk), { maxLength: 5 }), fc.constantFrom(',', ', ', ' ')).map(([ids, separator]) => ids.join(separator)),
    junk,
  );
const level = oneOf(['2', '3', '4', '5', '6']);
const theme = oneOf(['nhs', 'dark', 'nhs dark', 'default']);
const lang = oneOf(['en', 'cy', 'en-GB', 'cy-GB', 'fr']);

const widgets: Record<string, Record<string, fc.Arbitrary<string>>> = {
  'nhs-role-card': { 'role-id': oneOf(roleIds), variant: oneOf(['compact', 'full']), 'heading-level': level, theme, lang },
  'nhs-category-grid': { categories: listOf(categories.map((c) => c.id)), 'entry-route': oneOf(entryRoutes.map((r) => r.id)), 'heading-level': level, theme, lang },
  'nhs-entry-routes': { 'role-id': oneOf(roleIds), route: oneOf(entryRoutes.map((r) => r.id)), 'heading-level': level, lang },
  'nhs-role-compare': { roles: listOf(roleIds), theme, lang },
  'nhs-role-explorer': {
    query: fc.oneof(fc.constantFrom('nurse', 'physio', 'pharmasist', '999', 'porter'), junk),
    category: oneOf(categories.map((c) => c.id)),
    'entry-route': oneOf(entryRoutes.map((r) => r.id)),
    qualification: oneOf(['none', 'gcse', 'a-level', 'degree', 'postgraduate']),
    'patient-contact': oneOf(['a-lot', 'some', 'little']),
    'band-from': oneOf(['1', '5', '8a', '9']),
    'band-to': oneOf(['2', '6', '8d']),
    registration: oneOf(['required', 'not-required']),
    'page-size': oneOf(['1', '5', '20']),
    'heading-level': level,
    lang,
  },
  'nhs-career-finder': { limit: oneOf(['3', '10', '20']), 'heading-level': level, theme, lang },
};

describe('any attributes: no exception, always some content', () => {
  captureWarnings();
  const uncaught = captureUncaught();

  for (const [tag, attributes] of Object.entries(widgets)) {
    it(`${tag}: ${RUNS} random attribute sets`, async function () {
      this.timeout(240000);
      const host = document.createElement('div');
      document.body.append(host);
      let element = document.createElement(tag);
      host.append(element);
      let runs = 0;
      await fc.assert(
        fc.asyncProperty(fc.record(attributes, { requiredKeys: [] }), async (chosen) => {
          // Every 50 runs start from a fresh element, so both first renders and changes are covered.
          if (++runs % 50 === 0) {
            element.remove();
            element = document.createElement(tag);
            host.append(element);
          }
          for (const name of Object.keys(attributes)) {
            const value = (chosen as Record<string, string | undefined>)[name];
            if (value === undefined) element.removeAttribute(name);
            else element.setAttribute(name, value);
          }
          await settled(element);
          const shown = (element.shadowRoot?.textContent ?? '').trim();
          return shown.length > 0 && uncaught.messages.length === 0 && (window as unknown as { hacked?: number }).hacked === undefined;
        }),
        { numRuns: RUNS },
      );
      expect(uncaught.messages).to.deep.equal([]);
      host.remove();
    });
  }
});
