import { fixture as openWcFixture } from '@open-wc/testing';
import { unsafeStatic, html } from 'lit/static-html.js';
import { fixtureHtml, type WidgetFixture } from '../fixtures/fixture.js';

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * Waits until a widget has its data and has rendered it (or its error): until nothing in its shadow
 * root is `aria-busy`, told by a MutationObserver rather than polled, so a slow machine only makes
 * it later. Fails after `timeoutMs`, inside mocha's own 10 s.
 */
export async function settled(element: Element, timeoutMs = 8000): Promise<void> {
  const widget = element as Updatable;
  await widget.updateComplete;
  const root = widget.shadowRoot;
  const busy = () => root?.querySelector('[aria-busy="true"]');
  if (root && busy()) {
    await new Promise<void>((resolve, reject) => {
      const observer = new MutationObserver(() => {
        if (busy()) return;
        observer.disconnect();
        clearTimeout(deadline);
        resolve();
      });
      const deadline = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`${element.localName} did not finish loading`));
      }, timeoutMs);
      observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
    });
  }
  await widget.updateComplete;
}

/** Renders a fixture into the test page and waits for it to settle. */
export async function renderFixture<T extends HTMLElement>(tag: string, example: WidgetFixture): Promise<T> {
  const element = await openWcFixture<T>(html`${unsafeStatic(fixtureHtml(tag, example))}`);
  await settled(element);
  return element;
}

/** Text of the widget's shadow root with white space folded, for assertions. */
export const shadowText = (element: Element): string => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
