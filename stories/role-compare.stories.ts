import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { roleCompareFixtures } from '../test/fixtures/role-compare.fixtures.js';
import { fixtureStory } from './story-helpers.js';

const meta: Meta = {
  title: 'Widgets/Role compare',
  component: 'nhs-role-compare',
  args: { roles: 'paramedic,adult-nurse,emergency-medical-technician', nation: 'england' },
  argTypes: { nation: { control: 'inline-radio', options: ['england', 'wales', 'scotland', 'northern-ireland'] } },
  render: (args) => html`<nhs-role-compare roles=${args['roles']} nation=${args['nation']}></nhs-role-compare>`,
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
