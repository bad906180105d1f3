// Editor completion generated from custom-elements.json (scripts/write-editor-data.mjs): VS Code's
// HTML custom data and JetBrains web-types list every element and attribute the manifest
// documents, with descriptions, and the values the dataset gives (every role id, for example).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { knownValues, vsCodeHtmlData, webTypes } from '../../scripts/write-editor-data.mjs';
import * as dataModule from '../../src/data/index.ts';

const { dataset } = dataModule;

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const built = existsSync('dist/web-types.json');

/** tag -> attribute names, as the manifest documents them. */
const documented = new Map(
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => [d.tagName, (d.attributes ?? []).map((a) => a.name).sort()]),
);

function checkLists(elements, attributesOf) {
  assert.deepEqual(elements.map((e) => e.name).sort(), [...documented.keys()].sort(), 'every element, and no other');
  for (const element of elements) {
    assert.ok(element.description?.length > 10, `${element.name} has a description`);
    assert.deepEqual(attributesOf(element).map((a) => a.name).sort(), documented.get(element.name), `${element.name}: every attribute`);
    for (const attribute of attributesOf(element)) assert.ok(attribute.description, `${element.name} ${attribute.name} has a description`);
  }
}

describe('editor completion data', () => {
  const values = knownValues(dataModule);

  it('VS Code: every element and attribute of the manifest, with the values they take', () => {
    const data = vsCodeHtmlData(manifest, values);
    assert.equal(data.version, 1.1);
    checkLists(data.tags, (tag) => tag.attributes);
    const card = data.tags.find((t) => t.name === 'nhs-role-card');
    const roleIds = card.attributes.find((a) => a.name === 'role-id').values;
    assert.equal(roleIds.length, dataset.roles.length);
    assert.deepEqual(roleIds.find((v) => v.name === 'paramedic'), { name: 'paramedic', description: 'Paramedic' });
    assert.deepEqual(card.attributes.find((a) => a.name === 'variant').values.map((v) => v.name), ['compact', 'full']);
    assert.deepEqual(card.attributes.find((a) => a.name === 'lang').values.map((v) => v.name), ['en', 'cy']);
    assert.deepEqual(card.attributes.find((a) => a.name === 'nation').values.map((v) => v.name), [...dataModule.NATIONS]);
  });

  it('JetBrains: every element and attribute of the manifest, with enum values', () => {
    const data = webTypes(manifest, values);
    assert.equal(data.name, pkg.name);
    assert.equal(data.version, pkg.version);
    checkLists(data.contributions.html.elements, (element) => element.attributes);
    const grid = data.contributions.html.elements.find((e) => e.name === 'nhs-category-grid');
    const route = grid.attributes.find((a) => a.name === 'entry-route');
    assert.equal(route.value.type, 'enum');
    assert.deepEqual(route.values.map((v) => v.name), dataset.entryRoutes.map((r) => r.id));
  });

  it('ships both files in dist/ and names them in package.json', { skip: !built && 'no dist/ yet (npm run build)' }, () => {
    assert.equal(pkg['web-types'], './dist/web-types.json');
    assert.equal(pkg.exports['./vscode.html-custom-data.json'], './dist/vscode.html-custom-data.json');
    assert.equal(pkg.exports['./web-types.json'], './dist/web-types.json');
    checkLists(JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8')).tags, (tag) => tag.attributes);
    checkLists(JSON.parse(readFileSync('dist/web-types.json', 'utf8')).contributions.html.elements, (element) => element.attributes);
  });
});
