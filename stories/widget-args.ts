import type { ArgTypes, Args } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import manifest from '../custom-elements.json';

/*
 * Controls and rendering from custom-elements.json, so every control a story shows is an attribute
 * the widget really has and changing it changes the widget (test/storybook/smoke.test.mjs checks).
 * Attributes that take fixed values get a select; the property behind each attribute is documented
 * in the attribute's row, not given a second control that would do nothing.
 */

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
}
interface ManifestElement {
  tagName?: string;
  slots?: { name: string }[];
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: { name: string }[];
}

const elements = (manifest as { modules: { declarations?: ManifestElement[] }[] }).modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);

const elementFor = (tag: string): ManifestElement => {
  const element = elements.find((e) => e.tagName === tag);
  if (!element) throw new Error(`${tag} is not in custom-elements.json`);
  return element;
};

/** The values of a type made only of literals (`'compact' | 'full' | null`), or undefined. */
function literalValues(text: string | undefined): string[] | undefined {
  if (!text) return undefined;
  const parts = text.split('|').map((part) => part.trim()).filter((part) => part !== 'null' && part !== 'undefined');
  if (parts.length === 0 || !parts.every((part) => /^('[^']*'|\d+)$/.test(part))) return undefined;
  // A heading level is written both as a number and as its digits: one option each.
  return [...new Set(parts.map((part) => part.replace(/^'|'$/g, '')))];
}

/** Every `nhs-*` event any widget fires, for the Actions panel. */
export const EVENT_NAMES = [...new Set(elements.flatMap((element) => (element.events ?? []).map((event) => event.name)))].sort();

/** Storybook argTypes for a widget: one control per attribute, typed by its values. */
export function widgetArgTypes(tag: string): ArgTypes {
  const element = elementFor(tag);
  const argTypes: ArgTypes = {};
  for (const attribute of element.attributes ?? []) {
    // The language toolbar sets the page's lang; a deprecated alias is no control to offer.
    if (attribute.name === 'lang' || /^Deprecated/.test(attribute.description ?? '')) {
      argTypes[attribute.name] = { control: false };
      continue;
    }
    const options = literalValues(attribute.type?.text);
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.fieldName && attribute.fieldName !== attribute.name ? `${attribute.description ?? ''} (property \`${attribute.fieldName}\`)` : attribute.description,
      table: { category: 'attributes', type: { summary: attribute.type?.text ?? 'string' } },
      control: options ? { type: 'select' } : attribute.type?.text === 'number' ? { type: 'number' } : { type: 'text' },
      ...(options ? { options: ['', ...options] } : {}),
    };
  }
  // A property behind an attribute is controlled through it: its own row would be a second control
  // that does nothing. Property-only members (an object, a read-only list) are documented, not controlled.
  for (const member of element.members ?? []) {
    const behindAttribute = (element.attributes ?? []).some((attribute) => attribute.fieldName === member.name);
    if (argTypes[member.name]) continue;
    argTypes[member.name] = behindAttribute ? { table: { disable: true }, control: false } : { control: false };
  }
  // Events, slots, custom properties and parts are documented in the table; the Actions panel logs
  // the events, and the theming page shows the custom properties at work.
  for (const item of [...(element.events ?? []), ...(element.slots ?? []), ...(element.cssProperties ?? []), ...(element.cssParts ?? [])]) {
    argTypes[item.name] ??= { control: false };
  }
  return argTypes;
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Renders a widget (around `inner` HTML, if given) with each arg that names one of its attributes
 * set as that attribute; empty args are left out. The theme toolbar is applied by the preview.
 */
export const widgetRender =
  (tag: string, inner = '') =>
  (args: Args): TemplateResult => {
    const names = new Set((elementFor(tag).attributes ?? []).map((attribute) => attribute.name));
    const attributes = Object.entries(args)
      .filter(([name, value]) => names.has(name) && value !== '' && value !== undefined && value !== null && value !== false)
      .map(([name, value]) => (value === true ? name : `${name}="${escape(String(value))}"`));
    return html`${unsafeHTML(`<${tag} ${attributes.join(' ')}>${inner}</${tag}>`)}`;
  };
