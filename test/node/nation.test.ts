// Whose pay a widget shows: the `nation` attribute, the provider's nation, then the page language.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nationFromText, resolveNation } from '../../src/shared/nation.js';

describe('resolveNation', () => {
  it('uses England with nothing set on an English page', () => assert.deepEqual(resolveNation(null, 'en'), { nation: 'england', invalid: false }));
  it('uses Wales with nothing set on a Welsh page', () => assert.deepEqual(resolveNation(null, 'cy'), { nation: 'wales', invalid: false }));
  it('treats an undefined attribute as unset', () => assert.deepEqual(resolveNation(undefined, 'cy'), { nation: 'wales', invalid: false }));
  it("uses the provider's nation over the page language", () => assert.deepEqual(resolveNation(null, 'cy', 'scotland'), { nation: 'scotland', invalid: false }));
  it("uses the widget's own attribute over the provider's", () =>
    assert.deepEqual(resolveNation('northern-ireland', 'en', 'scotland'), { nation: 'northern-ireland', invalid: false }));
  it('uses the attribute over a Welsh page', () => assert.deepEqual(resolveNation('england', 'cy'), { nation: 'england', invalid: false }));
  it('reports an unknown value and uses the default', () => {
    assert.deepEqual(resolveNation('france', 'en'), { nation: 'england', invalid: true });
    assert.deepEqual(resolveNation('france', 'cy'), { nation: 'wales', invalid: true });
    assert.deepEqual(resolveNation('', 'en', 'scotland'), { nation: 'scotland', invalid: true });
  });
});

describe('nationFromText', () => {
  it('accepts every nation', () => {
    for (const nation of ['england', 'wales', 'scotland', 'northern-ireland']) assert.equal(nationFromText(nation), nation);
  });
  it('forgives case, outer spaces and a space for the hyphen', () => {
    assert.equal(nationFromText('  Wales '), 'wales');
    assert.equal(nationFromText('Northern  Ireland'), 'northern-ireland');
  });
  it('refuses anything else', () => {
    for (const text of ['', 'uk', 'cymru', 'northernireland', 'england,wales']) assert.equal(nationFromText(text), undefined);
  });
});
