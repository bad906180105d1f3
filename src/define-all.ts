import { NhsCareerFinder } from './components/career-finder/career-finder.component.js';
import { NhsCareersProvider } from './components/careers-provider/careers-provider.component.js';
import { NhsCategoryGrid } from './components/category-grid/category-grid.component.js';
import { NhsEntryRoutes } from './components/entry-routes/entry-routes.component.js';
import { NhsRoleCard } from './components/role-card/role-card.component.js';
import { NhsRoleCompare } from './components/role-compare/role-compare.component.js';
import { NhsRoleExplorer } from './components/role-explorer/role-explorer.component.js';
import { attachContextRoot } from './context/context-root.js';
import { primeBundledDataset } from './data/load-bundled.js';
import type { Dataset } from './data/types.js';
import { defineElement } from './shared/define-element.js';

/** Defines every element (the provider first), for the embed bundle, which calls it once its data is in. */
export function defineAll(dataset?: Dataset): void {
  if (dataset) primeBundledDataset(dataset);
  attachContextRoot();
  defineElement('nhs-careers-provider', NhsCareersProvider);
  defineElement('nhs-role-card', NhsRoleCard);
  defineElement('nhs-category-grid', NhsCategoryGrid);
  defineElement('nhs-entry-routes', NhsEntryRoutes);
  defineElement('nhs-role-compare', NhsRoleCompare);
  defineElement('nhs-role-explorer', NhsRoleExplorer);
  defineElement('nhs-career-finder', NhsCareerFinder);
}
