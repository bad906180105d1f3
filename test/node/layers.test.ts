// The source folders form layers, and imports run one way, down the layers, so a newcomer can draw
// the architecture from the imports alone (see the README's "Layout"):
//
//   data, styles, version, widgets (the registry)  ->  i18n  ->  context  ->  shared, controllers  ->  components  ->  entry points
//
// A file may import from its own layer or a lower one, never a higher one. The imports are read
// with TypeScript's own parser (static imports, re-exports, import() and import types alike).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

/** Each folder of src/ (or file at its top) with its layer; higher layers may import lower ones. */
const LAYERS: Record<string, number> = {
  data: 0,
  styles: 0,
  'version.ts': 0,
  // The registry of elements: plain data with no imports, read by the loader, embed page and ssr.
  'widgets.ts': 0,
  i18n: 1,
  context: 2,
  shared: 3,
  controllers: 3,
  components: 4,
  // Entry points: what a page, a bundler or a framework imports.
  loader: 5,
  embed: 5,
  react: 5,
  ssr: 5,
};
/** Files at the top of src/ other than those named above are entry points (index.ts, bundle.ts). */
const TOP_LEVEL_FILE_LAYER = 5;
const LAYER_NAMES = ['data, styles', 'i18n', 'context', 'shared, controllers', 'components', 'entry points'];

const SRC = resolve('src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The layer of a file under src/, or undefined for a folder the table does not know. */
function layerOf(file: string): number | undefined {
  const [top, ...rest] = relative(SRC, file).split(sep);
  if (top === undefined) return undefined;
  if (rest.length === 0) return LAYERS[top] ?? TOP_LEVEL_FILE_LAYER;
  return LAYERS[top];
}

type Reader = (file: string) => string;
const readSource: Reader = (file) => readFileSync(file, 'utf8');

/** The module specifiers a file imports, found by TypeScript's pre-processor. */
function importsOf(file: string, read: Reader = readSource): string[] {
  return ts.preProcessFile(read(file), true, true).importedFiles.map((f) => f.fileName);
}

interface Breach {
  file: string;
  imports: string;
  why: string;
}

/** Every import in src/ that runs up the layers, or reads JSON from outside src/data. */
function breaches(files: readonly string[], read: Reader = readSource): Breach[] {
  const found: Breach[] = [];
  for (const file of files) {
    const from = layerOf(file);
    const name = relative('.', file);
    if (from === undefined) {
      found.push({ file: name, imports: '', why: 'is in a folder with no layer: add it to LAYERS in test/node/layers.test.ts' });
      continue;
    }
    for (const specifier of importsOf(file, read)) {
      if (!specifier.startsWith('.')) continue; // a package: lit, @lit/context, react
      const target = resolve(dirname(file), specifier);
      if (specifier.endsWith('.json')) {
        if (!relative(SRC, file).startsWith(`data${sep}`)) found.push({ file: name, imports: specifier, why: 'only src/data reads JSON' });
        continue;
      }
      if (!target.startsWith(SRC + sep)) {
        found.push({ file: name, imports: specifier, why: 'imports from outside src/' });
        continue;
      }
      const to = layerOf(target.replace(/\.js$/, '.ts'));
      if (to === undefined) found.push({ file: name, imports: specifier, why: 'imports a folder with no layer' });
      else if (to > from) {
        found.push({ file: name, imports: specifier, why: `${LAYER_NAMES[from]} must not import from ${LAYER_NAMES[to]}` });
      }
    }
  }
  return found;
}

const format = (list: Breach[]) => list.map((b) => `${b.file} -> ${b.imports}: ${b.why}`).join('\n');

describe('layers of src/', () => {
  const files = sourceFiles(SRC);

  it('every folder of src/ has a layer', () => {
    const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
    assert.deepEqual(folders.filter((name) => !(name in LAYERS)), []);
  });

  it('imports run one way: down the layers, never up', () => {
    assert.equal(format(breaches(files)), '');
  });

  it('the leaves (data, i18n) import nothing from shared/, controllers/ or context/', () => {
    const leaves = files.filter((f) => (layerOf(f) ?? 9) <= LAYERS.i18n!);
    assert.ok(leaves.some((f) => f.includes(`${sep}i18n${sep}`)) && leaves.some((f) => f.includes(`${sep}data${sep}`)));
    for (const file of leaves) {
      for (const specifier of importsOf(file)) assert.doesNotMatch(specifier, /(shared|controllers|context)\//, `${file} imports ${specifier}`);
    }
  });

  it('finds an import that runs up the layers (the check itself works)', () => {
    // A file in src/data that imported the base element or the strings would break the rule; a
    // component reading JSON too. The check runs on such imports without writing them to disk.
    const found = breachesOfSource(join(SRC, 'data', 'example.ts'), [
      "import { NhsElement } from '../shared/nhs-element.js';",
      "import type { Messages } from '../i18n/messages.js';",
      "import roles from '../../data/roles/nursing.json';",
    ]);
    assert.deepEqual(
      found.map((b) => b.why),
      ['data, styles must not import from shared, controllers', 'data, styles must not import from i18n'],
    );
    const components = breachesOfSource(join(SRC, 'components', 'x', 'x.ts'), ["import data from '../../../data/pay.json';"]);
    assert.deepEqual(components.map((b) => b.why), ['only src/data reads JSON']);
  });
});

/** `breaches` for a file that is not on disk, given its import lines. */
const breachesOfSource = (file: string, lines: string[]): Breach[] => breaches([file], () => lines.join('\n'));
