import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { careerFinderFixtures } from '../test/fixtures/career-finder.fixtures.js';
import { fixtureStory } from './story-helpers.js';
import { widgetArgTypes, widgetRender } from './widget-args.js';

const meta: Meta = {
  title: 'Widgets/Career finder',
  component: 'nhs-career-finder',
  args: { limit: 10, 'heading-level': '2' },
  argTypes: widgetArgTypes('nhs-career-finder'),
  render: widgetRender('nhs-career-finder'),
};
export default meta;

type Story = StoryObj;
const fromFixture = (index: number): Story => fixtureStory('nhs-career-finder', careerFinderFixtures, index);

export const Playground: Story = {};
export const FirstQuestion = fromFixture(0);
export const WelshNhsTheme = fromFixture(1);
export const FiveSuggestions = fromFixture(2);
