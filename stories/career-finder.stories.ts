import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { careerFinderFixtures } from '../test/fixtures/career-finder.fixtures.js';
import { fixtureStory } from './story-helpers.js';

const meta: Meta = {
  title: 'Widgets/Career finder',
  component: 'nhs-career-finder',
  args: { limit: '10', 'heading-level': '2' },
  render: (args) => html`<nhs-career-finder limit=${args['limit']} heading-level=${args['heading-level']}></nhs-career-finder>`,
};
export default meta;

type Story = StoryObj;
const fromFixture = (index: number): Story => fixtureStory('nhs-career-finder', careerFinderFixtures, index);

export const Playground: Story = {};
export const FirstQuestion = fromFixture(0);
export const WelshNhsTheme = fromFixture(1);
export const FiveSuggestions = fromFixture(2);
