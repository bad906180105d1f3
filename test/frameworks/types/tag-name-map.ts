// Every element has its HTMLElementTagNameMap entry, so createElement and querySelector are typed.
// examples.test.mjs checks that this list names every tag in custom-elements.json.
import type { NhsCareerFinder, NhsCareersProvider, NhsCategoryGrid, NhsEntryRoutes, NhsRoleCard, NhsRoleCompare, NhsRoleExplorer } from 'nhs-role-widgets';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type TagNameMapChecks = [
  Expect<Equal<HTMLElementTagNameMap['nhs-role-card'], NhsRoleCard>>,
  Expect<Equal<HTMLElementTagNameMap['nhs-category-grid'], NhsCategoryGrid>>,
  Expect<Equal<HTMLElementTagNameMap['nhs-entry-routes'], NhsEntryRoutes>>,
  Expect<Equal<HTMLElementTagNameMap['nhs-role-compare'], NhsRoleCompare>>,
  Expect<Equal<HTMLElementTagNameMap['nhs-role-explorer'], NhsRoleExplorer>>,
  Expect<Equal<HTMLElementTagNameMap['nhs-career-finder'], NhsCareerFinder>>,
  Expect<Equal<HTMLElementTagNameMap['nhs-careers-provider'], NhsCareersProvider>>,
];

export const card: NhsRoleCard = document.createElement('nhs-role-card');
card.variant = 'full';
card.roleId = 'paramedic';
// @ts-expect-error roleId is a role id, a string
card.roleId = 3;
// @ts-expect-error variant is 'compact' or 'full'
card.variant = 'huge';
document.querySelector('nhs-role-card')?.addEventListener('nhs-role-select', (event) => event.detail.role.toUpperCase());
