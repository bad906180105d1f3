// The embed bundle loads elements from the table in src/loader/elements.ts. An element missing
// from it would never be defined on a page that uses the script tag, and one whose inner elements
// are not listed would render tags that stay undefined; both are invisible in the unit tests,
// which import the define files, so the table is checked against the sources here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const table = readFileSync('src/loader/elements.ts', 'utf8');
const entries = new Map(
  [...table.matchAll(/'(nhs-[a-z-]+)': \{([\s\S]*?)\n {2}\},/g)].map(([, tag, body]) => [
    tag,
    { body, inside: [...(body.match(/inside: \[([^\]]*)\]/)?.[1] ?? '').matchAll(/'(nhs-[a-z-]+)'/g)].map((m) => m[1]).sort() },
  ]),
);

describe('the embed bundle’s element table', () => {
  for (const folder of readdirSync('src/components')) {
    const tag = `nhs-${folder}`;
    const component = readFileSync(`src/components/${folder}/${folder}.component.ts`, 'utf8');
    it(`lists <${tag}>, loads its class from its folder, and the elements it renders inside itself`, () => {
      const entry = entries.get(tag);
      assert.ok(entry, `no entry for ${tag}`);
      assert.match(entry.body, new RegExp(`components/${folder}/${folder}\\.component\\.js`));
      // Tags in the templates (html`<nhs-...`), not in comments or console messages.
      const rendered = [...new Set([...component.matchAll(/html`[^`]*?<(nhs-[a-z-]+)/g)].map((m) => m[1]))].filter((t) => t !== tag).sort();
      assert.deepEqual(entry.inside, rendered);
    });
  }

  it('has no entry for an element that does not exist', () => {
    const tags = new Set(readdirSync('src/components').map((folder) => `nhs-${folder}`));
    for (const tag of entries.keys()) assert.ok(tags.has(tag), tag);
  });
});
