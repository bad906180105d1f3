import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { roleExplorerFixtures } from '../test/fixtures/role-explorer.fixtures.js';
import { fixtureStory } from './story-helpers.js';
import { widgetArgTypes, widgetRender } from './widget-args.js';

const meta: Meta = {
  title: 'Widgets/Role explorer',
  component: 'nhs-role-explorer',
  args: { 'page-size': 10, nation: 'england' },
  argTypes: widgetArgTypes('nhs-role-explorer'),
  render: widgetRender('nhs-role-explorer'),
};
export default meta;

type Story = StoryObj;
const fromFixture = (index: number): Story => fixtureStory('nhs-role-explorer', roleExplorerFixtures, index);

export const Playground: Story = {};
export const EveryRole = fromFixture(0);
export const ApprenticeshipsPreset = fromFixture(1);
export const ASearch = fromFixture(2);
export const NoQualificationsLotsOfPatientContact = fromFixture(3);
export const WelshNhsTheme = fromFixture(4);
export const NothingFound = fromFixture(5);
export const UnknownCategoryPreset = fromFixture(6);
export const ScotlandsPayBands = fromFixture(7);
