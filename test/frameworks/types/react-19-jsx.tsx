// React 19 JSX typings from nhs-role-widgets/jsx: right usage compiles; each @ts-expect-error
// line must stay an error, so a loosened typing fails this check.
import type {} from 'nhs-role-widgets/jsx';

export const valid = (
  <nhs-careers-provider link-base="/jobs/{id}" heading-level="3" nation="wales" data={{ roles: [] }} onnhs-dataset-load={(event) => event.detail.source}>
    <nhs-role-card
      role-id="paramedic"
      variant="full"
      heading-level="3"
      theme="nhs"
      lang="cy"
      onnhs-role-select={(event) => event.detail.role.toUpperCase()}
      onnhs-error={(event) => event.detail.code === 'unknown-role'}
    />
    <nhs-role-card headingLevel={4} roleId="dentist" variant="compact" slot="main" />
    <nhs-category-grid categories="nursing" entry-route="apprenticeships" onnhs-category-toggle={(event) => event.detail.open} />
    <nhs-entry-routes route="apprenticeships" />
    <nhs-entry-routes role-id="paramedic" roleId="paramedic" />
    <nhs-role-compare roles="paramedic,adult-nurse" nation="scotland" />
    <nhs-role-explorer page-size="10" pageSize={10} band-from="4" patient-contact="some" onnhs-compare-change={(event) => event.detail.roles} />
    <nhs-career-finder limit={5} onnhs-finder-complete={(event) => event.detail.roles} onnhs-role-select={(event) => event.detail.role} />
  </nhs-careers-provider>
);

export const wrong = [
  // @ts-expect-error variant is 'compact' or 'full'
  <nhs-role-card variant="huge" />,
  // @ts-expect-error limit is a number
  <nhs-career-finder limit="ten" />,
  // @ts-expect-error page-size takes digits
  <nhs-role-explorer page-size="many" />,
  // @ts-expect-error the role-select detail has no category
  <nhs-role-card onnhs-role-select={(event: CustomEvent<{ category: string }>) => event} />,
  // @ts-expect-error the role-select detail has no category
  <nhs-category-grid onnhs-role-select={(event) => event.detail.category} />,
  // @ts-expect-error error codes are a closed list
  <nhs-role-card onnhs-error={(event) => event.detail.code === 'no-such-code'} />,
  // @ts-expect-error unknown property (a misspelt role)
  <nhs-role-card rol="paramedic" />,
];
