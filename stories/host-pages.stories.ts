import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta = { title: 'Host pages' };
export default meta;

/** A council news article with one full card, the way a content editor would place it. */
export const CouncilArticle: StoryObj = {
  render: () => html`<article style="max-width: 40rem; font-family: Georgia, serif; line-height: 1.6">
    <h1>Behind the scenes at Anytown General</h1>
    <p>Not every hospital job is on a ward. The laboratory is recruiting trainees this spring.</p>
    <h2>What does a biomedical scientist do?</h2>
    <nhs-role-card role-id="biomedical-scientist" variant="full" heading-level="3">
      <a slot="actions" href="#vacancies">See laboratory vacancies in Anytown</a>
    </nhs-role-card>
    <h2>How people get into the laboratory</h2>
    <nhs-entry-routes role-id="biomedical-scientist" heading-level="3"></nhs-entry-routes>
    <h2>Other jobs at the hospital</h2>
    <nhs-category-grid categories="healthcare-science,wider-healthcare-team" heading-level="3"></nhs-category-grid>
  </article>`,
};

/** A school careers page with a list of compact cards. */
export const SchoolCareersPage: StoryObj = {
  render: () => html`<main style="font-family: Verdana, sans-serif">
    <h1>Careers in the NHS</h1>
    <nhs-category-grid entry-route="school-leavers" heading-level="2"></nhs-category-grid>
    <h2>Ways into NHS work</h2>
    <nhs-entry-routes heading-level="3"></nhs-entry-routes>
    <h2>Jobs behind the scenes</h2>
    <ul style="display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; padding: 0; list-style: none">
      <li><nhs-role-card role-id="medical-laboratory-assistant" heading-level="3"></nhs-role-card></li>
      <li><nhs-role-card role-id="pharmacy-technician" heading-level="3"></nhs-role-card></li>
      <li><nhs-role-card role-id="medical-receptionist" heading-level="3"></nhs-role-card></li>
    </ul>
  </main>`,
};

/** A careers lesson page: the finder, then the explorer with comparisons. */
export const CareersLessonPage: StoryObj = {
  render: () => html`<main style="font-family: Verdana, sans-serif; max-width: 50rem">
    <h1>Which NHS job could suit you?</h1>
    <h2>Find your career in health</h2>
    <nhs-career-finder heading-level="3"></nhs-career-finder>
    <h2>Search and compare every role</h2>
    <nhs-role-explorer heading-level="2" page-size="5" entry-route="apprenticeships"></nhs-role-explorer>
  </main>`,
};
