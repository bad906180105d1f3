/** What the embed bundle knows of each element: where its class is, what it renders inside itself, what data it needs. */
export interface ElementEntry {
  load: () => Promise<CustomElementConstructor>;
  /** Elements it renders in its own shadow root, which the page never shows the loader. */
  inside?: readonly string[];
  /**
   * `every-role` when it searches or scores every role; `role` when its `role-id` attribute (or
   * the deprecated `role`) names one role to show in full.
   */
  data?: 'every-role' | 'role';
}

// Each import() is a chunk of its own, so a page fetches only the elements it uses.
export const ELEMENTS: Readonly<Record<string, ElementEntry>> = {
  'nhs-careers-provider': {
    load: () => import('../components/careers-provider/careers-provider.component.js').then((m) => m.NhsCareersProvider),
  },
  'nhs-role-card': {
    load: () => import('../components/role-card/role-card.component.js').then((m) => m.NhsRoleCard),
    data: 'role',
  },
  'nhs-category-grid': {
    load: () => import('../components/category-grid/category-grid.component.js').then((m) => m.NhsCategoryGrid),
    inside: ['nhs-role-card'],
  },
  'nhs-entry-routes': {
    load: () => import('../components/entry-routes/entry-routes.component.js').then((m) => m.NhsEntryRoutes),
    data: 'role',
  },
  'nhs-role-compare': {
    load: () => import('../components/role-compare/role-compare.component.js').then((m) => m.NhsRoleCompare),
    data: 'every-role',
  },
  'nhs-role-explorer': {
    load: () => import('../components/role-explorer/role-explorer.component.js').then((m) => m.NhsRoleExplorer),
    inside: ['nhs-role-compare'],
    data: 'every-role',
  },
  'nhs-career-finder': {
    load: () => import('../components/career-finder/career-finder.component.js').then((m) => m.NhsCareerFinder),
    inside: ['nhs-role-card'],
    data: 'every-role',
  },
};
