import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { roleCardFixtures } from '../test/fixtures/role-card.fixtures.js';
import { fixtureStory } from './story-helpers.js';
import { widgetArgTypes, widgetRender } from './widget-args.js';

const meta: Meta = {
  title: 'Widgets/Role card',
  component: 'nhs-role-card',
  args: { 'role-id': 'biomedical-scientist', variant: 'compact', 'heading-level': '3', nation: 'england' },
  argTypes: widgetArgTypes('nhs-role-card'),
  render: widgetRender('nhs-role-card'),
};
export default meta;

type Story = StoryObj;

export const Playground: Story = {};

/** One story per shared fixture: the same examples the unit and accessibility tests use. */
const fromFixture = (index: number): Story => fixtureStory('nhs-role-card', roleCardFixtures, index);

export const Compact = fromFixture(0);
export const Full = fromFixture(1);
export const FullNhsTheme = fromFixture(2);
export const Welsh = fromFixture(3);
export const HeadingLevel2 = fromFixture(4);
export const WithHostActions = fromFixture(5);
export const PayOutsideNhsScales = fromFixture(6);
export const UnknownRole = fromFixture(7);
export const NoRoleGiven = fromFixture(8);
export const ScotlandsPay = fromFixture(9);
