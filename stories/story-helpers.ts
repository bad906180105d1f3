import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { fixtureHtml, type WidgetFixture } from '../test/fixtures/fixture.js';

/** A story that renders one shared fixture exactly as an embedder would write it. */
export const fixtureStory = (tag: string, fixtures: WidgetFixture[], index: number): StoryObj => {
  const example = fixtures[index]!;
  return { name: example.name, render: () => html`${unsafeHTML(fixtureHtml(tag, example))}` };
};
