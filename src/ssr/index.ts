/**
 * Server rendering for Node: the ready-made copy of a widget (its shadow root as declarative
 * shadow DOM, `<template shadowrootmode="open">`) written into HTML ahead of time, so a page shows
 * its widgets before any script runs, and without JavaScript at all. When the widgets' script
 * arrives, each renders the same content over its copy in one frame: nothing on the page moves.
 *
 * Needs the optional peer dependencies `@lit-labs/ssr` and `parse5`
 * (`npm install --save-dev @lit-labs/ssr parse5`). Node only.
 * @packageDocumentation
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import '../index.js';
import type { WidgetSettings } from '../context/settings-context.js';
import { loadBundledDataset } from '../data/load-bundled.js';
import { checkDataset } from '../data/check-dataset.js';
import type { Dataset } from '../data/types.js';
import { clampHeadingLevel } from '../shared/heading.js';
import { findWidgets, type FoundWidget } from './find-widgets.js';
import { readyMadeCopy } from './ready-made.js';

/** Attribute values by name, as they would be written in HTML. */
export type WidgetAttributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

export interface PrerenderOptions {
  /**
   * A dataset of the shape `nhs-role-widgets/data` exports, to render from instead of the bundled
   * one: the same the page's `<nhs-careers-provider>` will load through `src` or `data`. It is
   * checked as the provider checks it; one that fails makes the call reject with the problems.
   */
  dataset?: unknown;
  /** What a `<nhs-careers-provider>` around the widget sets: `lang`, `heading-level`, `link-base`. */
  provider?: WidgetAttributes;
}

/** The widget tags this package defines; other elements are left as they are. */
const WIDGETS = new Set([
  'nhs-role-card',
  'nhs-category-grid',
  'nhs-entry-routes',
  'nhs-role-explorer',
  'nhs-role-compare',
  'nhs-career-finder',
  'nhs-careers-provider',
]);

const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function attributeText(attributes: WidgetAttributes): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined && value !== false)
    .map(([name, value]) => {
      if (!/^[a-z][a-z0-9-]*$/i.test(name)) throw new TypeError(`"${name}" is not an attribute name`);
      return value === true ? name : `${name}="${escapeAttribute(String(value))}"`;
    })
    .join(' ');
}

/** What a provider around a widget gives it, as the provider itself would work it out. */
function providerSettings(provider: WidgetAttributes | undefined): WidgetSettings {
  const settings: WidgetSettings = {};
  if (!provider) return settings;
  if (typeof provider.lang === 'string') settings.language = provider.lang.trim().toLowerCase().startsWith('cy') ? 'cy' : 'en';
  const linkBase = provider['link-base'];
  if (typeof linkBase === 'string' && linkBase) settings.linkBase = linkBase;
  const level = clampHeadingLevel(provider['heading-level'], 0);
  if (level) settings.headingLevel = level;
  return settings;
}

/**
 * The ready-made copy of one widget: `<template shadowrootmode="open">...</template>`, to put
 * right after the widget's opening tag. Resolves once the data is in (the bundled data is read
 * from the package the first time).
 *
 * @example
 * const copy = await prerender('nhs-role-card', { 'role-id': 'paramedic', variant: 'full' });
 * const page = `<nhs-role-card role-id="paramedic" variant="full">${copy}<a href="...">Paramedic</a></nhs-role-card>`;
 */
export async function prerender(tag: string, attributes: WidgetAttributes = {}, options: PrerenderOptions = {}): Promise<string> {
  if (!WIDGETS.has(tag)) throw new TypeError(`<${tag}> is not a widget of nhs-role-widgets`);
  await loadBundledDataset();
  const dataset = options.dataset === undefined ? undefined : await usableDataset(options.dataset);
  const element = unsafeStatic(`${tag} ${attributeText(attributes)}`);
  const end = unsafeStatic(tag);
  // The provider's settings and a host's dataset reach the widget as the context would give them.
  const template = dataset
    ? staticHtml`<${element} .serverContext=${{ settings: providerSettings(options.provider), dataset }}></${end}>`
    : staticHtml`<${element} .serverContext=${{ settings: providerSettings(options.provider) }}></${end}>`;
  return readyMadeCopy(await collectResult(render(template)));
}

const checked = new WeakMap<object, Dataset>();

/** A host's dataset merged over the bundled one, as the provider does; throws with its problems. */
async function usableDataset(dataset: unknown): Promise<Dataset> {
  const known = typeof dataset === 'object' && dataset !== null ? checked.get(dataset) : undefined;
  if (known) return known;
  const check = checkDataset(dataset, await loadBundledDataset());
  if (!check.dataset) throw new TypeError(`the dataset cannot be used: ${check.problems.join('; ')}`);
  if (typeof dataset === 'object' && dataset !== null) checked.set(dataset, check.dataset);
  return check.dataset;
}

/** The attributes a found widget renders with: its own, plus the `lang` it inherits. */
function renderedAttributes(widget: FoundWidget): WidgetAttributes {
  return widget.inheritedLang === undefined ? widget.attributes : { ...widget.attributes, lang: widget.inheritedLang };
}

/**
 * Writes a ready-made copy into every widget of an HTML page or fragment (after its opening tag;
 * what the widget holds, such as a fallback link, stays). Widgets that already have one are left
 * alone. A widget inside `<nhs-careers-provider>` is rendered with the provider's `lang`,
 * `heading-level` and `link-base`; it takes the nearest `lang` on the page, as in the browser.
 *
 * @example
 * const page = await renderToString(await readFile('_site/index.html', 'utf8'));
 */
export async function renderToString(source: string, options: Pick<PrerenderOptions, 'dataset'> = {}): Promise<string> {
  const widgets = findWidgets(source, (tag) => WIDGETS.has(tag));
  const copies = await Promise.all(
    widgets.map((widget) => prerender(widget.tag, renderedAttributes(widget), { ...options, ...(widget.provider ? { provider: widget.provider } : {}) })),
  );
  let result = source;
  // From the end, so the offsets of the widgets before stay right.
  for (let i = widgets.length - 1; i >= 0; i--) {
    const at = widgets[i]!.insertAt;
    result = result.slice(0, at) + copies[i] + result.slice(at);
  }
  return result;
}
