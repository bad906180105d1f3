// Lit templates as the HTML they would render, for Node tests of functions that return `html`.
import { nothing, type TemplateResult } from 'lit';

const isTemplate = (value: unknown): value is TemplateResult =>
  typeof value === 'object' && value !== null && 'strings' in value && 'values' in value;

/** The markup of a template with its values filled in (attribute values included, unquoted). */
export function markup(value: unknown): string {
  if (isTemplate(value)) return value.strings.reduce((html, text, i) => html + text + (i < value.values.length ? markup(value.values[i]) : ''), '');
  if (value === nothing || value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(markup).join('');
  return String(value);
}
