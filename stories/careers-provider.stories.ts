import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { widgetArgTypes, widgetRender } from './widget-args.js';

const meta: Meta = {
  title: 'Widgets/Careers provider',
  component: 'nhs-careers-provider',
  args: { 'heading-level': '3', 'link-base': '/jobs/{id}', 'link-text': '{title} jobs near you' },
  argTypes: widgetArgTypes('nhs-careers-provider'),
  // A card inside shows what the provider's settings do.
  render: widgetRender('nhs-careers-provider', '<nhs-role-card role-id="paramedic"></nhs-role-card>'),
};
export default meta;

export const Playground: StoryObj = {};

/** One provider sets the language, heading level and link base for every widget inside it. */
export const SharedSettings: StoryObj = {
  render: () => html`<nhs-careers-provider lang="cy" heading-level="3" link-base="https://www.jobs.nhs.uk/candidate/search/results?keyword={id}">
    <nhs-role-card role-id="paramedic"></nhs-role-card>
    <nhs-entry-routes role-id="paramedic"></nhs-entry-routes>
  </nhs-careers-provider>`,
};

/** One provider sets the nation for the widgets inside: Scotland's pay, with England's named where Scotland's is not in the data. */
export const SharedNation: StoryObj = {
  render: () => html`<nhs-careers-provider nation="scotland">
    <nhs-role-card role-id="healthcare-support-worker" variant="full"></nhs-role-card>
    <nhs-role-compare roles="porter,paramedic"></nhs-role-compare>
  </nhs-careers-provider>`,
};

/** A dataset that fails its checks (here, one with no roles): a short message, and the bundled data is kept. */
export const DatasetThatFails: StoryObj = {
  render: () => html`<nhs-careers-provider src="data:application/json,%7B%22roles%22%3A%5B%5D%7D">
    <nhs-role-card role-id="porter"></nhs-role-card>
  </nhs-careers-provider>`,
};
