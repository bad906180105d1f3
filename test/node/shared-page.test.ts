// What a widget does to the page around it (src/shared): the events it sends, the console warnings
// it gives once, and how a second copy of the library on a page is handled.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { defineElement } from '../../src/shared/define-element.js';
import { emit, toggleRoleCard, type NhsRoleSelectDetail } from '../../src/shared/events.js';
import { forgetWarnings, warnOnce } from '../../src/shared/warn.js';
import { VERSION } from '../../src/version.js';

let warnings: string[];
beforeEach(() => {
  forgetWarnings();
  warnings = [];
  mock.method(console, 'warn', (message: string) => warnings.push(message));
});
afterEach(() => mock.restoreAll());

describe('events', () => {
  it('emit sends a bubbling, composed event with the detail, not cancelable unless asked', () => {
    const target = new EventTarget();
    const seen: CustomEvent[] = [];
    target.addEventListener('nhs-error', (event) => seen.push(event as CustomEvent));
    assert.equal(emit(target, 'nhs-error', { code: 'unknown-role', message: 'No such role', value: 'x' }), true);
    assert.equal(seen.length, 1);
    assert.deepEqual(seen[0]!.detail, { code: 'unknown-role', message: 'No such role', value: 'x' });
    assert.equal(seen[0]!.bubbles, true);
    assert.equal(seen[0]!.composed, true);
    assert.equal(seen[0]!.cancelable, false);
  });

  it('emit with cancelable: true tells whether a listener said no', () => {
    const target = new EventTarget();
    target.addEventListener('nhs-role-select', (event) => {
      assert.equal(event.cancelable, true);
      event.preventDefault();
    });
    assert.equal(emit(target, 'nhs-role-select', { role: 'nurse' }, { cancelable: true }), false);
  });

  describe('toggleRoleCard', () => {
    const host = () => {
      const target = new EventTarget() as EventTarget & { asked: string[] };
      target.asked = [];
      target.addEventListener('nhs-role-select', (event) => target.asked.push((event as CustomEvent<NhsRoleSelectDetail>).detail.role));
      return target;
    };
    it('opens a card after asking the host with a cancelable nhs-role-select naming the role', () => {
      const page = host();
      const open = new Set(['nurse']);
      const next = toggleRoleCard(page as unknown as HTMLElement, open, 'paramedic');
      assert.deepEqual([...(next ?? [])], ['nurse', 'paramedic']);
      assert.deepEqual(page.asked, ['paramedic']);
      assert.deepEqual([...open], ['nurse'], 'the old set is not changed');
    });
    it('keeps the card closed when the host cancels', () => {
      const page = host();
      page.addEventListener('nhs-role-select', (event) => event.preventDefault());
      assert.equal(toggleRoleCard(page as unknown as HTMLElement, new Set(), 'paramedic'), undefined);
    });
    it('closes an open card without asking', () => {
      const page = host();
      const next = toggleRoleCard(page as unknown as HTMLElement, new Set(['nurse', 'paramedic']), 'nurse');
      assert.deepEqual([...(next ?? [])], ['paramedic']);
      assert.deepEqual(page.asked, []);
    });
  });
});

describe('warnOnce', () => {
  it('warns once per distinct message, prefixed with the library’s name', () => {
    warnOnce('first problem');
    warnOnce('first problem');
    warnOnce('second problem');
    assert.deepEqual(warnings, ['nhs-role-widgets: first problem', 'nhs-role-widgets: second problem']);
  });
  it('shares what it has told with every copy of the library on the page', async () => {
    warnOnce('told by the first copy');
    const copy = await import(/* @vite-ignore */ new URL(`../../src/shared/warn.ts?copy=${Date.now()}`, import.meta.url).href);
    assert.notEqual(copy.warnOnce, warnOnce, 'a second copy of the module');
    copy.warnOnce('told by the first copy');
    assert.equal(warnings.length, 1);
  });
  it('forgets on request, as a fresh page would', () => {
    warnOnce('again');
    forgetWarnings();
    warnOnce('again');
    assert.equal(warnings.length, 2);
  });
});

describe('defineElement', () => {
  const registry = new Map<string, CustomElementConstructor>();
  beforeEach(() => {
    registry.clear();
    (globalThis as { customElements?: unknown }).customElements = {
      get: (tag: string) => registry.get(tag),
      define: (tag: string, constructor: CustomElementConstructor) => registry.set(tag, constructor),
    };
  });
  afterEach(() => delete (globalThis as { customElements?: unknown }).customElements);
  const element = (version?: string) => Object.assign(class {}, version ? { version } : {}) as unknown as CustomElementConstructor;

  it('defines a tag the page does not have, without a warning', () => {
    const mine = element('1.0.0');
    defineElement('nhs-test-card', mine);
    assert.equal(registry.get('nhs-test-card'), mine);
    assert.deepEqual(warnings, []);
  });
  it('keeps the first definition and says which versions met, once', () => {
    const first = element('0.9.0');
    defineElement('nhs-test-card', first);
    defineElement('nhs-test-card', element('1.0.0'));
    defineElement('nhs-test-grid', element('0.9.0'));
    defineElement('nhs-test-grid', element('1.0.0'));
    assert.equal(registry.get('nhs-test-card'), first);
    assert.deepEqual(warnings, ['nhs-role-widgets: version 0.9.0 is already on this page, so version 1.0.0, loaded again, is not used. Load the script once per page.']);
  });
  it('names versions it cannot read as unknown, and this build’s own', () => {
    defineElement('nhs-test-card', element());
    defineElement('nhs-test-card', element());
    assert.match(warnings[0]!, new RegExp(`version unknown is already on this page, so version ${VERSION.replaceAll('.', '\\.')},`));
  });
  it('says nothing when the same class is defined twice (the same script imported twice)', () => {
    const mine = element('1.0.0');
    defineElement('nhs-test-card', mine);
    defineElement('nhs-test-card', mine);
    assert.deepEqual(warnings, []);
  });
});
