/**
 * React components for every element, made with @lit/react, for React 18 and earlier (which set
 * every prop as an attribute and cannot listen to custom events). React 19 can use the elements
 * directly as JSX tags; see `nhs-role-widgets/jsx` for their types.
 *
 * Props are the element's properties (`roleId`, `variant`, `headingLevel`, a provider's `data`...),
 * set as properties; events are `on` + the event name without `nhs-`, each typed with its detail:
 * `onRoleSelect={(e) => e.detail.role}`.
 *
 * `react` and `@lit/react` are optional peer dependencies: install them to use this module.
 * @packageDocumentation
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { NhsCareerFinder } from '../components/career-finder/career-finder.js';
import { NhsCareersProvider } from '../components/careers-provider/careers-provider.js';
import { NhsCategoryGrid } from '../components/category-grid/category-grid.js';
import { NhsEntryRoutes } from '../components/entry-routes/entry-routes.js';
import { NhsRoleCard } from '../components/role-card/role-card.js';
import { NhsRoleCompare } from '../components/role-compare/role-compare.js';
import { NhsRoleExplorer } from '../components/role-explorer/role-explorer.js';
import {
  careerFinderEvents,
  careersProviderEvents,
  categoryGridEvents,
  entryRoutesEvents,
  roleCardEvents,
  roleCompareEvents,
  roleExplorerEvents,
} from './events.js';

export type * from './events.js';
export type { NhsCategoryToggleDetail, NhsCompareChangeDetail, NhsDatasetLoadDetail, NhsErrorDetail, NhsFinderCompleteDetail, NhsRoleSelectDetail } from '../index.js';

export const RoleCard = createComponent({ react: React, tagName: 'nhs-role-card', elementClass: NhsRoleCard, events: roleCardEvents, displayName: 'RoleCard' });
export const CategoryGrid = createComponent({
  react: React,
  tagName: 'nhs-category-grid',
  elementClass: NhsCategoryGrid,
  events: categoryGridEvents,
  displayName: 'CategoryGrid',
});
export const EntryRoutes = createComponent({
  react: React,
  tagName: 'nhs-entry-routes',
  elementClass: NhsEntryRoutes,
  events: entryRoutesEvents,
  displayName: 'EntryRoutes',
});
export const RoleCompare = createComponent({
  react: React,
  tagName: 'nhs-role-compare',
  elementClass: NhsRoleCompare,
  events: roleCompareEvents,
  displayName: 'RoleCompare',
});
export const RoleExplorer = createComponent({
  react: React,
  tagName: 'nhs-role-explorer',
  elementClass: NhsRoleExplorer,
  events: roleExplorerEvents,
  displayName: 'RoleExplorer',
});
export const CareerFinder = createComponent({
  react: React,
  tagName: 'nhs-career-finder',
  elementClass: NhsCareerFinder,
  events: careerFinderEvents,
  displayName: 'CareerFinder',
});
export const CareersProvider = createComponent({
  react: React,
  tagName: 'nhs-careers-provider',
  elementClass: NhsCareersProvider,
  events: careersProviderEvents,
  displayName: 'CareersProvider',
});
