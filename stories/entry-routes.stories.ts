import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { entryRoutesFixtures } from '../test/fixtures/entry-routes.fixtures.js';
import { fixtureStory } from './story-helpers.js';
import { widgetArgTypes, widgetRender } from './widget-args.js';

const meta: Meta = {
  title: 'Widgets/Entry routes',
  component: 'nhs-entry-routes',
  args: { route: 'apprenticeships', 'heading-level': '2' },
  argTypes: widgetArgTypes('nhs-entry-routes'),
  render: widgetRender('nhs-entry-routes'),
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
