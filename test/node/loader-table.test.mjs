// The embed bundle loads elements from the table in src/loader/elements.ts. An element missing
// from it would never be defined on a page that uses the script tag, and one whose inner elements
// are not listed would render tags that stay undefined; both are invisible in the unit tests,
// which import the define files, so the table is checked against the components here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ELEMENTS } from '../../src/loader/elements.ts';

const folders = readdirSync('src/components');
// Every component module, loaded with the file rather than inside a test: code that runs as a
// module loads then counts as such for mutation testing, not as reached by one test here.
const components = new Map(await Promise.all(folders.map(async (folder) => [folder, await import(`../../src/components/${folder}/${folder}.component.ts`)])));

describe('the embed bundle’s element table', () => {
  for (const folder of folders) {
    const tag = `nhs-${folder}`;
    const component = readFileSync(`src/components/${folder}/${folder}.component.ts`, 'utf8');
    it(`lists <${tag}>, loads its class from its folder, and the elements it renders inside itself`, async () => {
      const entry = ELEMENTS[tag];
      assert.ok(entry, `no entry for ${tag}`);
      assert.ok(Object.values(components.get(folder)).includes(await entry.load()), `${tag} loads a class its component module does not export`);
      // Tags in the templates (html`<nhs-...`), not in comments or console messages.
      const rendered = [...new Set([...component.matchAll(/html`[^`]*?<(nhs-[a-z-]+)/g)].map((m) => m[1]))].filter((t) => t !== tag).sort();
      assert.deepEqual([...(entry.inside ?? [])].sort(), rendered);
    });
  }

  it('has no entry for an element that does not exist', () => {
    const tags = new Set(folders.map((folder) => `nhs-${folder}`));
    for (const tag of Object.keys(ELEMENTS)) assert.ok(tags.has(tag), tag);
  });

  it('says which elements need every role in full and which show one role', () => {
    const needs = Object.fromEntries(Object.entries(ELEMENTS).map(([tag, entry]) => [tag, entry.data ?? 'index']));
    assert.deepEqual(needs, {
      'nhs-careers-provider': 'index',
      'nhs-role-card': 'role',
      'nhs-category-grid': 'index',
      'nhs-entry-routes': 'role',
      'nhs-role-compare': 'every-role',
      'nhs-role-explorer': 'every-role',
      'nhs-career-finder': 'every-role',
    });
  });
});
