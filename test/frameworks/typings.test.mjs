// The TypeScript side of the framework support, against the built package (`npm run build` first):
// the type tests compile, and the wrappers' event maps and the tag-name checks cover every element
// and event custom-elements.json lists, so a new event or element cannot be forgotten.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { eventsByTag } from '../../dist/react/events.js';
import { ROOT } from './build-examples.mjs';

const manifest = JSON.parse(await readFile(join(ROOT, 'custom-elements.json'), 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

test('the React wrappers map every event of every element, under its name without nhs-', () => {
  assert.deepEqual(Object.keys(eventsByTag).sort(), elements.map((element) => element.tagName).sort());
  for (const element of elements) {
    const expected = Object.fromEntries(
      (element.events ?? []).map(({ name }) => [`on${name.replace(/^nhs-/, '').replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}`, name]),
    );
    assert.deepEqual(eventsByTag[element.tagName], expected, element.tagName);
  }
});

test('the tag-name type checks name every element', async () => {
  const source = await readFile(join(import.meta.dirname, 'types/tag-name-map.ts'), 'utf8');
  const checked = [...source.matchAll(/HTMLElementTagNameMap\['([a-z-]+)'\]/g)].map((match) => match[1]);
  assert.deepEqual(checked.sort(), elements.map((element) => element.tagName).sort());
});

test('the type tests compile (JSX for React 19, the wrappers, tag names, the TypeScript examples)', async () => {
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', join(import.meta.dirname, 'types/tsconfig.json')]).catch((error) => {
    assert.fail(`tsc found errors:\n${error.stdout}${error.stderr}`);
  });
});
