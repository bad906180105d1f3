import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { roleExplorerFixtures } from '../test/fixtures/role-explorer.fixtures.js';
import { fixtureStory } from './story-helpers.js';

const meta: Meta = {
  title: 'Widgets/Role explorer',
  component: 'nhs-role-explorer',
  args: { query: '', 'entry-route': '', qualification: '', 'page-size': '10', nation: 'england' },
  argTypes: {
    'entry-route': { control: 'select', options: ['', 'school-leavers', 'apprenticeships', 'support-to-progress', 'higher-education'] },
    qualification: { control: 'select', options: ['', 'none', 'gcse', 'a-level', 'degree', 'postgraduate'] },
    nation: { control: 'inline-radio', options: ['england', 'wales', 'scotland', 'northern-ireland'] },
  },
  render: (args) =>
    html`<nhs-role-explorer
      query=${args['query']}
      entry-route=${ifDefined(args['entry-route'] || undefined)}
      qualification=${ifDefined(args['qualification'] || undefined)}
      page-size=${args['page-size']}
      nation=${args['nation']}
    ></nhs-role-explorer>`,
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
