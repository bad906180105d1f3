import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { entryRoutesFixtures } from '../test/fixtures/entry-routes.fixtures.js';
import { fixtureStory } from './story-helpers.js';

const meta: Meta = {
  title: 'Widgets/Entry routes',
  component: 'nhs-entry-routes',
  args: { 'role-id': '', route: '', 'heading-level': '2' },
  render: (args) =>
    html`<nhs-entry-routes
      role-id=${ifDefined(args['role-id'] || undefined)}
      route=${ifDefined(args['route'] || undefined)}
      heading-level=${args['heading-level']}
    ></nhs-entry-routes>`,
};
export default meta;

type Story = StoryObj;
const fromFixture = (index: number): Story => fixtureStory('nhs-entry-routes', entryRoutesFixtures, index);

export const Playground: Story = {};
export const EveryWayIn = fromFixture(0);
export const OneRole = fromFixture(1);
export const OneRoute = fromFixture(2);
export const WelshNhsTheme = fromFixture(3);
export const UnknownRole = fromFixture(4);
export const UnknownRoute = fromFixture(5);
