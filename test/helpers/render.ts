import { fixture as openWcFixture } from '@open-wc/testing';
import { unsafeStatic, html } from 'lit/static-html.js';
import { fixtureHtml, type WidgetFixture } from '../fixtures/fixture.js';

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * Waits until a widget has its data and has rendered it (or its error). Up to 5 seconds: the
 * first role's details in a test page load the whole dataset through the test server.
 */
export async function settled(element: Element): Promise<void> {
  const widget = element as Updatable;
  for (let i = 0; i < 250; i++) {
    await widget.updateComplete;
    const busy = widget.shadowRoot?.querySelector('[aria-busy="true"]');
    if (!busy) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${element.localName} did not finish loading`);
}

/** Renders a fixture into the test page and waits for it to settle. */
export async function renderFixture<T extends HTMLElement>(tag: string, example: WidgetFixture): Promise<T> {
  const element = await openWcFixture<T>(html`${unsafeStatic(fixtureHtml(tag, example))}`);
  await settled(element);
  return element;
}

/** Text of the widget's shadow root with white space folded, for assertions. */
export const shadowText = (element: Element): string => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
