import { fixture as openWcFixture } from '@open-wc/testing';
import { unsafeStatic, html } from 'lit/static-html.js';
import { fixtureHtml, type WidgetFixture } from '../fixtures/fixture.js';

import { whenRendered } from '../../src/shared/when-rendered.js';

/** Waits until a widget has its data and has rendered it (or its error): the public whenRendered. */
export const settled = (element: Element): Promise<void> => whenRendered(element);

/** Renders a fixture into the test page and waits for it to settle. */
export async function renderFixture<T extends HTMLElement>(tag: string, example: WidgetFixture): Promise<T> {
  const element = await openWcFixture<T>(html`${unsafeStatic(fixtureHtml(tag, example))}`);
  await settled(element);
  return element;
}

/** Text of the widget's shadow root with white space folded, for assertions. */
export const shadowText = (element: Element): string => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
