// The @lit/react wrappers from nhs-role-widgets/react: props typed from the element classes and
// one typed handler per event. Each @ts-expect-error line must stay an error.
import type { ComponentProps } from 'react';
import { CareerFinder, CareersProvider, CategoryGrid, EntryRoutes, RoleCard, RoleCompare, RoleExplorer } from 'nhs-role-widgets/react';
import type { NhsCategoryToggleDetail, NhsErrorDetail, NhsRoleSelectDetail } from 'nhs-role-widgets/react';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type HandlerChecks = [
  Expect<Equal<NonNullable<ComponentProps<typeof RoleCard>['onRoleSelect']>, (event: CustomEvent<NhsRoleSelectDetail>) => void>>,
  Expect<Equal<NonNullable<ComponentProps<typeof RoleCard>['onError']>, (event: CustomEvent<NhsErrorDetail>) => void>>,
  Expect<Equal<NonNullable<ComponentProps<typeof CategoryGrid>['onCategoryToggle']>, (event: CustomEvent<NhsCategoryToggleDetail>) => void>>,
];

export const valid = (
  <CareersProvider linkBase="/jobs/{id}" data={{ roles: [] }} onDatasetLoad={(event) => event.detail.roles}>
    <RoleCard roleId="paramedic" variant="full" headingLevel={3} onRoleSelect={(event) => event.detail.role} onError={(event) => event.detail.code} />
    <CategoryGrid categories="nursing" entryRoute="apprenticeships" onCategoryToggle={(event) => event.detail.open} />
    <EntryRoutes route="apprenticeships" />
    <RoleCompare roles="paramedic,adult-nurse" />
    <RoleExplorer pageSize={10} onCompareChange={(event) => event.detail.roles} />
    <CareerFinder limit={5} onFinderComplete={(event) => event.detail.roles} />
  </CareersProvider>
);

export const wrong = [
  // @ts-expect-error variant is 'compact' or 'full'
  <RoleCard variant="huge" />,
  // @ts-expect-error the role-select detail has no category
  <RoleCard onRoleSelect={(event: CustomEvent<{ category: string }>) => event} />,
  // @ts-expect-error the card fires no nhs-category-toggle
  <RoleCard onCategoryToggle={() => undefined} />,
  // @ts-expect-error pageSize is a number
  <RoleExplorer pageSize="ten" />,
];
