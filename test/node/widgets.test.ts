// The widget registry (src/widgets.ts) is the one list of elements. These tests hold every place
// that must know each element to it: the component folders and custom-elements.json it describes,
// the files generated from it (loader table, React wrappers and types, package.json sideEffects),
// the iframe embed page and the embed builder that read it. Replaces loader-table.test.mjs.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { describeElements, generatedFiles, type Manifest } from '../../scripts/generate-widgets.js';
import { ELEMENTS } from '../../src/loader/elements.js';
import { embeddable, folderOf, widgetByTag, WIDGETS, type Widget } from '../../src/widgets.js';

const read = (path: string): string => readFileSync(path, 'utf8');
const manifest = JSON.parse(read('custom-elements.json')) as Manifest;
const manifestElements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));

describe('the widget registry', () => {
  it('lists each component folder once, and no element without one', () => {
    const folders = readdirSync('src/components').sort();
    assert.deepEqual(WIDGETS.map((w) => folderOf(w.tag)).sort(), folders);
    assert.equal(new Set(WIDGETS.map((w) => w.tag)).size, WIDGETS.length);
  });

  it('names each element’s class and tag as custom-elements.json does', () => {
    assert.deepEqual(WIDGETS.map((w) => w.tag).sort(), manifestElements.map((d) => d.tagName).sort());
    assert.doesNotThrow(() => describeElements(WIDGETS, manifest));
    const renamed = WIDGETS.map((w) => (w.tag === 'nhs-role-card' ? { ...w, className: 'NhsRoleTile' } : w));
    assert.throws(() => describeElements(renamed, manifest), /no class NhsRoleTile/);
  });

  for (const widget of WIDGETS) {
    const folder = folderOf(widget.tag);
    it(`<${widget.tag}>: the elements it renders inside itself, and the attributes an embed may set`, () => {
      const component = read(`src/components/${folder}/${folder}.component.ts`);
      // Tags in the templates (html`<nhs-...`), not in comments or console messages.
      const rendered = [...new Set([...component.matchAll(/html`[^`]*?<(nhs-[a-z-]+)/g)].map((m) => m[1]))].filter((t) => t !== widget.tag);
      assert.deepEqual([...widget.inside].sort(), rendered.sort());
      for (const inner of widget.inside) assert.ok(widgetByTag.has(inner), `${inner} is not in the registry`);
      const documented = manifestElements.find((d) => d.tagName === widget.tag)!.attributes!.map((a) => a.name);
      for (const name of widget.embed?.attributes ?? []) assert.ok(documented.includes(name), `${widget.tag} documents no attribute ${name}`);
    });
  }

  it('finds entries by tag without reaching Object’s own properties', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) assert.equal(widgetByTag.get(name), undefined);
    assert.equal(widgetByTag.get('nhs-role-card')?.className, 'NhsRoleCard');
  });
});

describe('the files made from the registry', () => {
  it('are current (run `npm run generate` after changing src/widgets.ts or custom-elements.json)', () => {
    for (const [path, content] of generatedFiles(WIDGETS, manifest, read)) assert.equal(read(path), content, `${path} is out of date`);
  });

  it('give the loader an entry per element with its data and inner elements, in the registry’s order', () => {
    assert.deepEqual([...ELEMENTS.keys()], WIDGETS.map((w) => w.tag));
    assert.equal(WIDGETS[0]!.tag, 'nhs-careers-provider', 'the provider is defined first');
    for (const widget of WIDGETS) {
      assert.deepEqual(ELEMENTS.get(widget.tag)!.inside, widget.inside);
      assert.equal(ELEMENTS.get(widget.tag)!.data, widget.data);
    }
  });

  it('mark as side effects the define file of every element, which exist', () => {
    const sideEffects = (JSON.parse(read('package.json')) as { sideEffects: string[] }).sideEffects;
    for (const widget of WIDGETS) {
      const folder = folderOf(widget.tag);
      assert.ok(sideEffects.includes(`./src/components/${folder}/${folder}.ts`));
      assert.ok(sideEffects.includes(`./dist/components/${folder}/${folder}.js`));
    }
    for (const path of sideEffects.filter((p) => p.startsWith('./src/'))) assert.ok(existsSync(path), path);
  });

  // What a newcomer adding a seventh widget relies on: one registry entry (and its component
  // folder, whose JSDoc makes custom-elements.json) reaches every place that must know it.
  it('carry a widget added to the registry into every place that lists elements', () => {
    const jobs: Widget = {
      tag: 'nhs-job-board',
      className: 'NhsJobBoard',
      inside: ['nhs-role-card'],
      data: 'index',
      embed: { attributes: ['region', 'heading-level'], height: 800 },
    };
    const withJobs: Manifest = {
      modules: [
        ...manifest.modules,
        {
          path: 'src/components/job-board/job-board.component.ts',
          declarations: [
            {
              name: 'NhsJobBoard',
              tagName: 'nhs-job-board',
              customElement: true,
              attributes: [{ name: 'region', fieldName: 'region' }, { name: 'heading-level', fieldName: 'headingLevel' }],
              members: [
                { kind: 'field', name: 'region' },
                { kind: 'field', name: 'headingLevel' },
                { kind: 'field', name: 'jobs', readonly: true },
                { kind: 'field', name: 'cache', privacy: 'private' },
              ],
              events: [{ name: 'nhs-job-select', type: { text: 'CustomEvent<NhsJobSelectDetail>' } }],
            },
          ],
        },
      ],
    };
    const files = generatedFiles([...WIDGETS, jobs], withJobs, read);
    assert.match(files.get('src/loader/elements.ts')!, /'nhs-job-board',\s*\{\s*load: \(\) => import\('\.\.\/components\/job-board\/job-board\.component\.js'\)\.then\(\(m\) => m\.NhsJobBoard\),\s*inside: \['nhs-role-card'\],\s*data: 'index'/);
    const events = files.get('src/react/events.ts')!;
    assert.match(events, /export interface NhsJobBoardEvents \{\s*'nhs-job-select': CustomEvent<NhsJobSelectDetail>;\s*\}/);
    assert.match(events, /export const jobBoardEvents = eventProps<NhsJobBoardEvents>\(\)\(\{\s*onJobSelect: 'nhs-job-select',\s*\}\);/);
    assert.match(events, /import type \{[^}]*\bNhsJobSelectDetail\b[^}]*\} from '\.\.\/index\.js';/);
    assert.match(events, /'nhs-job-board': jobBoardEvents,/);
    const react = files.get('src/react/index.ts')!;
    assert.match(react, /import \{ NhsJobBoard \} from '\.\.\/components\/job-board\/job-board\.js';/);
    assert.match(react, /export const JobBoard = createComponent\(\{\s*react: React,\s*tagName: 'nhs-job-board',\s*elementClass: NhsJobBoard,\s*events: jobBoardEvents,/);
    const jsx = files.get('src/react/jsx.ts')!;
    // Writable public properties only; types are read from the class, never copied.
    assert.match(jsx, /export type NhsJobBoardProps = NhsElementProps<\s*NhsJobBoard,\s*'region' \| 'headingLevel',\s*\{ 'heading-level': 'headingLevel' \},\s*NhsJobBoardEvents\s*>;/);
    assert.match(jsx, /'nhs-job-board': NhsJobBoardProps;/);
    const sideEffects = (JSON.parse(files.get('package.json')!) as { sideEffects: string[] }).sideEffects;
    assert.ok(sideEffects.includes('./src/components/job-board/job-board.ts'));
    assert.ok(sideEffects.includes('./dist/components/job-board/job-board.js'));
    assert.deepEqual(embeddable([...WIDGETS, jobs]).get('job-board'), jobs.embed);
  });

  it('refuse an event custom-elements.json gives no type, rather than typing it loosely', () => {
    const untyped = structuredClone(manifest);
    const card = untyped.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'nhs-role-card')!;
    card.events = [{ name: 'nhs-role-select' }];
    assert.throws(() => describeElements(WIDGETS, untyped), /nhs-role-select has no type/);
  });
});

describe('the places that read the registry', () => {
  it('the iframe embed page takes its widgets and their attributes from it', () => {
    assert.match(read('src/embed/embed-page.ts'), /embeddable\(WIDGETS\)/);
    assert.deepEqual(
      [...embeddable(WIDGETS).keys()],
      WIDGETS.filter((w) => w.embed).map((w) => folderOf(w.tag)),
    );
    // The provider wraps other widgets: an embed cannot show it alone.
    assert.equal(embeddable(WIDGETS).has('careers-provider'), false);
  });

  it('the embed builder offers every widget an embed can show, and no other', async () => {
    // The builder fills its "What to show" list from the registry, and names each widget in both languages.
    const builder = read('demo/builder.js');
    assert.match(builder, /embeddable\(WIDGETS\)/);
    assert.match(builder, /function widgetChoices\(\) \{[^}]*EMBEDDABLE\.keys\(\)/);
    const textModule: string = '../../demo/builder-text.js'; // demo code, untyped: imported by a path TypeScript does not follow
    const { TEXT } = (await import(textModule)) as { TEXT: Record<'en' | 'cy', { widgets: Record<string, string> }> };
    for (const language of ['en', 'cy'] as const) {
      assert.deepEqual(Object.keys(TEXT[language].widgets).sort(), [...embeddable(WIDGETS).keys()].sort(), language);
    }
  });
});
