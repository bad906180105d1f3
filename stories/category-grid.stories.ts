import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { categoryGridFixtures } from '../test/fixtures/category-grid.fixtures.js';
import { fixtureStory } from './story-helpers.js';
import { widgetArgTypes, widgetRender } from './widget-args.js';

const meta: Meta = {
  title: 'Widgets/Category grid',
  component: 'nhs-category-grid',
  args: { 'heading-level': '2' },
  argTypes: widgetArgTypes('nhs-category-grid'),
  render: widgetRender('nhs-category-grid'),
};
export default meta;

type Story = StoryObj;
const fromFixture = (index: number): Story => fixtureStory('nhs-category-grid', categoryGridFixtures, index);

export const Playground: Story = {};
export const AllCategories = fromFixture(0);
export const TwoCategories = fromFixture(1);
export const StraightFromSchool = fromFixture(2);
export const ApprenticeshipsNhsTheme = fromFixture(3);
export const Welsh = fromFixture(4);
export const UnknownCategoryAmongKnownOnes = fromFixture(5);
export const OnlyUnknownCategories = fromFixture(6);
export const UnknownWayIn = fromFixture(7);
