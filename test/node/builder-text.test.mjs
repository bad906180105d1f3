// The embed builder's words (demo/builder-text.js): Welsh has every English text, each text the
// page names exists, and technical terms stay inside the "What is this?" explanations.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { TEXT, builderLanguage } from '../../demo/builder-text.js';

const shape = (value) =>
  typeof value === 'function' ? `function/${value.length}` : typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]).sort()) : typeof value;

describe('the builder’s words', () => {
  it('has every English text in Welsh too, with the same arguments', () => {
    assert.deepEqual(shape(TEXT.cy), shape(TEXT.en));
    for (const [key, value] of Object.entries(TEXT.cy)) {
      if (typeof value === 'string' && !['embedGoogle'].includes(key)) assert.notEqual(value, TEXT.en[key], `${key} is not translated`);
    }
  });

  it('has a text for every data-text the page names', () => {
    const keys = [...readFileSync('demo/builder.html', 'utf8').matchAll(/data-text="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(keys.length > 40);
    for (const key of keys) assert.equal(typeof TEXT.en[key], 'string', key);
  });

  it('keeps technical terms out of labels: SRI and JSON-LD are named only in their explanations', () => {
    for (const language of ['en', 'cy']) {
      const labels = Object.entries(TEXT[language]).filter(([key, value]) => typeof value === 'string' && !key.endsWith('Help'));
      for (const [key, value] of labels) assert.doesNotMatch(value, /integrity|SRI\b|JSON-LD|schema\.org|hash/i, `${language} ${key}`);
      assert.match(TEXT[language].checkFileHelp, /Subresource Integrity \(SRI\)/);
      assert.match(TEXT[language].jsonLdHelp, /JSON-LD/);
    }
    assert.equal(TEXT.en.checkFile, 'Check the file has not been changed (recommended)');
  });

  it('chooses Welsh from ?lang=cy and English otherwise', () => {
    assert.equal(builderLanguage('https://example.org/demo/builder.html?lang=cy'), 'cy');
    assert.equal(builderLanguage('https://example.org/demo/builder.html'), 'en');
    assert.equal(builderLanguage('https://example.org/demo/builder.html?lang=fr'), 'en');
  });
});
