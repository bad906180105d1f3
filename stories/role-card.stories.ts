import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { roleCardFixtures } from '../test/fixtures/role-card.fixtures.js';
import { fixtureStory } from './story-helpers.js';

const meta: Meta = {
  title: 'Widgets/Role card',
  component: 'nhs-role-card',
  args: { 'role-id': 'biomedical-scientist', variant: 'compact', 'heading-level': '3', nation: 'england' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    theme: { control: 'inline-radio', options: ['default', 'nhs'] },
    nation: { control: 'inline-radio', options: ['england', 'wales', 'scotland', 'northern-ireland'] },
  },
  render: (args) =>
    html`<nhs-role-card
      role-id=${args['role-id']}
      variant=${args['variant']}
      heading-level=${args['heading-level']}
      nation=${args['nation']}
    ></nhs-role-card>`,
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
