// How widgets read what an embedder writes (src/shared): heading levels, id lists, the role a widget
// names, and the reader's language. Every documented attribute value works; anything else falls back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clampHeadingLevel, headingTag, nestedHeadingLevel } from '../../src/shared/heading.js';
import { idList } from '../../src/shared/id-list.js';
import { shortened } from '../../src/i18n/shortened.js';
import { languageOf } from '../../src/i18n/language.js';
import { ROLE_ALIAS_DEPRECATION, requestedRole } from '../../src/shared/role-id.js';

describe('heading-level', () => {
  it('takes every documented level, 2 to 6, as a number or as attribute text', () => {
    for (const level of [2, 3, 4, 5, 6]) {
      assert.equal(clampHeadingLevel(level, 3), level);
      assert.equal(clampHeadingLevel(String(level), 3), level);
    }
    assert.equal(clampHeadingLevel(' 6 ', 3), 6, 'spaces around the number');
  });

  it('falls back for anything else', () => {
    for (const value of [1, 7, 0, -2, 2.5, Number.NaN, '1', '7', '2.5', '3px', 'three', '', '  ', null, undefined, {}, true]) {
      assert.equal(clampHeadingLevel(value, 4), 4, `${String(value)}`);
    }
  });

  it('gives the tag for each level, and keeps levels outside 2 to 6 at the nearest end', () => {
    for (const level of [2, 3, 4, 5, 6]) assert.equal(headingTag(level)['_$litStatic$'], `h${level}`);
    assert.equal(headingTag(1)['_$litStatic$'], 'h2');
    assert.equal(headingTag(9)['_$litStatic$'], 'h6');
  });
});

describe('id lists (role-ids, categories)', () => {
  it('splits on commas and spaces, trims, lower-cases, and drops blanks and repeats', () => {
    assert.deepEqual(idList(' Nurse, paramedic  pharmacist,,NURSE\n\tmidwife '), ['nurse', 'paramedic', 'pharmacist', 'midwife']);
  });
  it('is empty for a missing or blank attribute', () => {
    assert.deepEqual(idList(null), []);
    assert.deepEqual(idList(undefined), []);
    assert.deepEqual(idList(' , '), []);
  });
  it('shortens a value for a message to 60 characters and an ellipsis, or as asked', () => {
    assert.equal(shortened('x'.repeat(60)), 'x'.repeat(60));
    assert.equal(shortened('x'.repeat(61)), `${'x'.repeat(60)}…`);
    assert.equal(shortened('abcdef', 3), 'abc…');
    assert.equal(shortened('abc', 3), 'abc');
  });
});

/** A stand-in for an element: its attributes, its parent, and the shadow root it sits in. */
interface FakeElement {
  getAttribute(name: string): string | null;
  parentElement: FakeElement | null;
  getRootNode(): { host?: FakeElement };
}
function element(attributes: Record<string, string>, parent: FakeElement | null = null, shadowHost?: FakeElement): FakeElement {
  return {
    getAttribute: (name) => attributes[name] ?? null,
    parentElement: parent,
    getRootNode: () => (shadowHost ? { host: shadowHost } : {}),
  };
}
const lang = (value: string) => languageOf(element({ lang: value }) as unknown as Element);

describe('language', () => {
  it('is Welsh for cy and its regional forms, in any case and with spaces', () => {
    for (const value of ['cy', 'CY', 'cy-GB', ' cy ']) assert.equal(lang(value), 'cy', value);
  });
  it('is English for English, and for any other language (French, Polish), never Welsh', () => {
    for (const value of ['en', 'en-GB', 'fr', 'pl', 'de-CH', 'gd']) assert.equal(lang(value), 'en', value);
  });
  it('is English when no element says', () => assert.equal(languageOf(element({}, element({})) as unknown as Element), 'en'));
  it('comes from the nearest element that says, up through the page', () => {
    const page = element({ lang: 'cy' });
    const section = element({ lang: 'en' }, page);
    assert.equal(languageOf(element({}, element({}, page)) as unknown as Element), 'cy');
    assert.equal(languageOf(element({}, section) as unknown as Element), 'en');
  });
  it('ignores an empty lang and keeps looking', () => assert.equal(languageOf(element({ lang: '' }, element({ lang: 'cy' })) as unknown as Element), 'cy'));
  it('crosses shadow roots: a card inside a Welsh grid’s shadow root speaks Welsh', () => {
    const grid = element({ lang: 'cy' });
    const cardInShadow = element({}, null, grid);
    assert.equal(languageOf(cardInShadow as unknown as Element), 'cy');
    const innerPart = element({}, element({}, null, grid));
    assert.equal(languageOf(innerPart as unknown as Element), 'cy');
  });
});

describe('the role a widget names', () => {
  const host = (attributes: Record<string, string>) => element(attributes) as unknown as Element;
  it('is role-id, trimmed and lower-cased for the look-up, kept as given for messages', () => {
    assert.deepEqual(requestedRole(host({}), ' Paramedic '), { value: ' Paramedic ', id: 'paramedic', attribute: 'role-id' });
  });
  it('is the deprecated role attribute when role-id is absent', () => {
    assert.deepEqual(requestedRole(host({ role: 'Nurse' }), null), { value: 'Nurse', id: 'nurse', attribute: 'role' });
    assert.deepEqual(requestedRole(host({ role: 'nurse' }), undefined), { value: 'nurse', id: 'nurse', attribute: 'role' });
  });
  it('prefers role-id, even empty, over role', () => {
    assert.deepEqual(requestedRole(host({ role: 'nurse' }), 'paramedic'), { value: 'paramedic', id: 'paramedic', attribute: 'role-id' });
    assert.deepEqual(requestedRole(host({ role: 'nurse' }), ''), { value: '', id: '', attribute: 'role-id' });
  });
  it('is empty when neither names a role', () => assert.deepEqual(requestedRole(host({}), null), { value: '', id: '', attribute: 'role-id' }));
  it('warns about the alias in a sentence that names the fix', () => assert.match(ROLE_ALIAS_DEPRECATION, /Use role-id="…" instead; role= still works but is deprecated\.$/));
});

describe('the heading level a widget gives the widget nested in it', () => {
  it('is the level asked for within 2 to 6, and never past h6', () => {
    assert.equal(nestedHeadingLevel(4), 4);
    assert.equal(nestedHeadingLevel(7), 6);
    assert.equal(nestedHeadingLevel(8), 6);
    assert.equal(nestedHeadingLevel(1), 2);
  });
});
