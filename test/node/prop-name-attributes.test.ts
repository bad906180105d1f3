// React 19's server renderer writes props as attributes named after the prop (roleId="x", read by
// HTML as roleid): each widget maps those back to the attribute the property is declared with.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PropertyDeclaration } from 'lit';
import { attributeToRead, propNameAttributes } from '../../src/shared/prop-name-attributes.js';

const properties = new Map<PropertyKey, PropertyDeclaration>([
  ['roleId', { attribute: 'role-id' }],
  ['headingLevel', { attribute: 'heading-level' }],
  ['variant', {}],
  ['theme', { attribute: 'theme' }],
  ['data', { attribute: false }],
  ['careers', { state: true, attribute: false }],
  [Symbol('hidden'), { attribute: 'hidden-thing' }],
]);

describe('propNameAttributes', () => {
  it('maps the lower-case prop name to the kebab-case attribute, only where they differ', () => {
    assert.deepEqual([...propNameAttributes(properties)], [['roleid', 'role-id'], ['headinglevel', 'heading-level']]);
  });

  it('is worked out once per class', () => {
    assert.equal(propNameAttributes(properties), propNameAttributes(properties));
  });
});

describe('attributeToRead', () => {
  it('reads roleid as role-id while role-id is absent', () => {
    assert.equal(attributeToRead(properties, 'roleid', () => false), 'role-id');
  });

  it('leaves role-id the winner when both are there', () => {
    assert.equal(attributeToRead(properties, 'roleid', (attribute) => attribute === 'role-id'), 'roleid');
  });

  it('passes other attributes through unchanged', () => {
    for (const name of ['role-id', 'variant', 'lang', 'role']) assert.equal(attributeToRead(properties, name, () => false), name);
  });
});
