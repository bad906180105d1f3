#!/usr/bin/env node
// After the build: editor completion and hover docs for our tags, generated from
// custom-elements.json (itself generated from the components' JSDoc):
//   dist/vscode.html-custom-data.json   VS Code (the `html.customData` setting)
//   dist/vscode.css-custom-data.json    VS Code (the `css.customData` setting): the --nhs-* properties
//   dist/web-types.json                 JetBrains IDEs (found through "web-types" in package.json)
// The two generators know only the manifest's types; the values an attribute takes from the
// dataset (every role id, category, way in) are added here, so completion offers them too.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { getWebTypesData } from 'custom-element-jet-brains-integration';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';

const OPTIONS = { hideLogs: true, hideMethodDocs: true, descriptionSrc: 'description' };

const HEADING_LEVELS = ['2', '3', '4', '5', '6'].map((level) => ({ name: level, description: `An h${level} heading` }));
const THEMES = [
  { name: 'nhs', description: 'The NHS.UK palette' },
  { name: 'dark', description: 'Your page’s font and colours, on a dark background' },
  { name: 'nhs dark', description: 'The NHS.UK palette on a dark background' },
];
const LANGUAGES = [
  { name: 'en', description: 'English' },
  { name: 'cy', description: 'Welsh (Cymraeg)' },
];
const LANG_DESCRIPTION = 'The widget’s language, `en` or `cy`; without it, the nearest `lang` on the page.';

const NATION_NAMES = { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' };

/**
 * Attribute name -> the values it takes, for attributes whose values are known ahead of time.
 * `data` is the data module (nhs-role-widgets/data): its dataset, BANDS and NATIONS.
 */
export function knownValues({ dataset, BANDS, NATIONS }) {
  const roles = dataset.roles.map((r) => ({ name: r.id, description: r.title }));
  const routes = dataset.entryRoutes.map((r) => ({ name: r.id, description: r.name }));
  const bands = BANDS.map((band) => ({ name: band, description: `Agenda for Change band ${band}` }));
  return {
    'role-id': roles,
    role: roles,
    category: dataset.categories.map((c) => ({ name: c.id, description: c.name })),
    'entry-route': routes,
    route: routes,
    'heading-level': HEADING_LEVELS,
    theme: THEMES,
    lang: LANGUAGES,
    variant: [
      { name: 'compact', description: 'The essentials, for grids and lists' },
      { name: 'full', description: 'Everything, for an article about one role' },
    ],
    qualification: ['none', 'gcse', 'a-level', 'degree', 'postgraduate'].map((name) => ({ name })),
    'patient-contact': ['a-lot', 'some', 'little'].map((name) => ({ name })),
    'band-from': bands,
    'band-to': bands,
    registration: ['required', 'not-required'].map((name) => ({ name })),
    nation: NATIONS.map((name) => ({ name, description: `Pay figures for ${NATION_NAMES[name] ?? name}` })),
  };
}

/** VS Code's HTML custom data, with known attribute values filled in. */
export function vsCodeHtmlData(manifest, values) {
  const data = JSON.parse(getVsCodeHtmlCustomData(manifest, OPTIONS));
  for (const tag of data.tags) {
    for (const attribute of tag.attributes) {
      if (values[attribute.name]) attribute.values = values[attribute.name];
      if (attribute.name === 'lang' && !attribute.description) attribute.description = LANG_DESCRIPTION;
    }
  }
  return data;
}

/** JetBrains web-types, with known attribute values filled in as enums. */
export function webTypes(manifest, values) {
  const data = JSON.parse(getWebTypesData(manifest, OPTIONS));
  for (const element of data.contributions.html.elements) {
    // The generator writes an empty doc-url, which IDEs show as a broken link.
    if (!element['doc-url']) delete element['doc-url'];
    for (const attribute of element.attributes) {
      if (values[attribute.name]) {
        attribute.value = { ...attribute.value, kind: 'plain', type: 'enum' };
        attribute.values = values[attribute.name];
      }
      if (attribute.name === 'lang' && !attribute.description) attribute.description = LANG_DESCRIPTION;
    }
  }
  return data;
}

async function main() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const values = knownValues(await import(pathToFileURL('dist/data/index.js').href));
  writeFileSync('dist/vscode.html-custom-data.json', `${JSON.stringify(vsCodeHtmlData(manifest, values), null, 2)}\n`);
  writeFileSync('dist/vscode.css-custom-data.json', `${getVsCodeCssCustomData(manifest, OPTIONS)}\n`);
  writeFileSync('dist/web-types.json', `${JSON.stringify(webTypes(manifest, values), null, 2)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
