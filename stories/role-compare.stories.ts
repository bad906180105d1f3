import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { roleCompareFixtures } from '../test/fixtures/role-compare.fixtures.js';
import { fixtureStory } from './story-helpers.js';
import { widgetArgTypes, widgetRender } from './widget-args.js';

const meta: Meta = {
  title: 'Widgets/Role compare',
  component: 'nhs-role-compare',
  args: { roles: 'paramedic,adult-nurse,emergency-medical-technician', nation: 'england' },
  argTypes: widgetArgTypes('nhs-role-compare'),
  render: widgetRender('nhs-role-compare'),
};
export default meta;

type Story = StoryObj;
const fromFixture = (index: number): Story => fixtureStory('nhs-role-compare', roleCompareFixtures, index);

export const Playground: Story = {};
export const TwoRoles = fromFixture(0);
export const ThreeRoles = fromFixture(1);
export const WelshNhsTheme = fromFixture(2);
export const OneUnknownAmongKnown = fromFixture(3);
export const OnlyOneRole = fromFixture(4);
export const NorthernIrelandsPay = fromFixture(5);
