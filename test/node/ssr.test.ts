// The pure parts of server rendering: finding the widgets in a page, and cleaning what
// @lit-labs/ssr writes into the ready-made copy the embed builder makes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findWidgets } from '../../src/ssr/find-widgets.js';
import { compactCss, readyMadeCopy } from '../../src/ssr/ready-made.js';

const isWidget = (tag: string) => tag.startsWith('nhs-');

describe('findWidgets', () => {
  it('finds each widget with its attributes and the end of its opening tag', () => {
    const page = '<p>Hi</p><nhs-role-card role-id="paramedic" variant=full><a href="/x">Paramedic</a></nhs-role-card>';
    const [card, ...rest] = findWidgets(page, isWidget);
    assert.deepEqual(rest, []);
    assert.equal(card!.tag, 'nhs-role-card');
    assert.deepEqual(card!.attributes, { 'role-id': 'paramedic', variant: 'full' });
    assert.equal(page.slice(0, card!.insertAt), '<p>Hi</p><nhs-role-card role-id="paramedic" variant=full>');
  });

  it('reads a whole document, with the nearest lang above each widget', () => {
    const page = '<!doctype html><html lang="cy"><body><nhs-category-grid></nhs-category-grid><div lang="en"><nhs-role-card role-id="a"></nhs-role-card></div><nhs-role-card role-id="b" lang="en-GB"></nhs-role-card></body></html>';
    const widgets = findWidgets(page, isWidget);
    assert.deepEqual(widgets.map((w) => [w.tag, w.inheritedLang]), [['nhs-category-grid', 'cy'], ['nhs-role-card', 'en'], ['nhs-role-card', undefined]]);
    assert.equal(page.slice(widgets[0]!.insertAt, widgets[0]!.insertAt + 20), '</nhs-category-grid>');
  });

  it('gives a widget inside a provider the provider\'s attributes, and the provider none of its own', () => {
    const page = '<nhs-careers-provider heading-level="4" link-base="/jobs/{id}"><section><nhs-role-card role-id="a"></nhs-role-card></section></nhs-careers-provider><nhs-role-card role-id="b"></nhs-role-card>';
    const widgets = findWidgets(page, isWidget);
    assert.deepEqual(widgets.map((w) => w.provider), [undefined, { 'heading-level': '4', 'link-base': '/jobs/{id}' }, undefined]);
  });

  it('leaves alone a widget that already has a declarative shadow root, so a second run adds nothing', () => {
    const page = '<nhs-role-card role-id="a"><template shadowrootmode="open"><p>copy</p></template></nhs-role-card><nhs-role-card role-id="b"></nhs-role-card>';
    assert.deepEqual(findWidgets(page, isWidget).map((w) => w.attributes['role-id']), ['b']);
  });

  it('ignores other elements, text that looks like a tag, and widgets inside a template\'s content or a comment', () => {
    const page = '<script>"<nhs-role-card>"</script><!-- <nhs-role-card role-id="c"> --><my-card></my-card><textarea><nhs-role-card></textarea>';
    assert.deepEqual(findWidgets(page, (tag) => tag === 'nhs-role-card'), []);
  });

  it('finds a widget in a leading comment\'s document and keeps offsets right after non-ASCII text', () => {
    const page = '<!-- built --><!DOCTYPE html><html><body><p>Croeso — ’</p><nhs-role-card role-id="a"></nhs-role-card></body></html>';
    const [card] = findWidgets(page, isWidget);
    assert.ok(page.slice(0, card!.insertAt).endsWith('<nhs-role-card role-id="a">'));
  });
});

describe('readyMadeCopy', () => {
  const rendered =
    '<!--lit-part abc=--><nhs-role-card  role-id="a"><template shadowroot="open" shadowrootmode="open"><style>\n  :host {\n    color: red; /* why */\n  }\n</style><!--lit-part xyz=--><!--lit-node 0--><p class="x">\n  Paramedic<?></p>' +
    '<nhs-role-card><template shadowroot="open" shadowrootmode="open"><p>inner</p></template></nhs-role-card><!--/lit-part--></template></nhs-role-card><!--/lit-part-->';

  it('keeps the outer shadow root with nested ones, without Lit\'s markers or the legacy attribute', () => {
    assert.equal(
      readyMadeCopy(rendered),
      '<template shadowrootmode="open"><style>:host{color: red;}</style><p class="x"> Paramedic</p><nhs-role-card><template shadowrootmode="open"><p>inner</p></template></nhs-role-card></template>',
    );
  });

  it('is empty for an element with no shadow root', () => {
    assert.equal(readyMadeCopy('<nhs-role-card></nhs-role-card>'), '');
  });

  it('compacts CSS without changing what it says', () => {
    assert.equal(compactCss('a ,  b > c {\n  color : red ;\n}\n/* note */ d{}'), 'a,b>c{color : red;}d{}');
  });
});
