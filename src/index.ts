/**
 * nhs-role-widgets: registers every element. Import this module (or load the bundle) once per page.
 * The provider is registered first so widgets inside it find it as they upgrade.
 * @packageDocumentation
 */
export { NhsCareersProvider } from './components/careers-provider/careers-provider.js';
export type { NhsDatasetLoadDetail } from './components/careers-provider/careers-provider.js';
export { NhsRoleCard } from './components/role-card/role-card.js';
export type { NhsRoleSelectDetail } from './components/role-card/role-card.js';
export { NhsCategoryGrid } from './components/category-grid/category-grid.js';
export type { NhsCategoryToggleDetail } from './components/category-grid/category-grid.js';
export { NhsEntryRoutes } from './components/entry-routes/entry-routes.js';
export { NhsRoleCompare } from './components/role-compare/role-compare.js';
export { NhsRoleExplorer } from './components/role-explorer/role-explorer.js';
export type { NhsCompareChangeDetail } from './components/role-explorer/role-explorer.js';
export { NhsCareerFinder } from './components/career-finder/career-finder.js';
export type { NhsFinderCompleteDetail } from './components/career-finder/career-finder.js';
export type { NhsErrorCode, NhsErrorDetail } from './shared/events.js';
export { whenRendered, type WhenRenderedOptions } from './shared/when-rendered.js';
export type {
  Band,
  Dataset,
  DatasetIndex,
  HostDataset,
  HeadingLevel,
  HeadingLevelValue,
  Nation,
  PatientContact,
  QualificationLevel,
  RegistrationFilter,
  Role,
  RoleCardVariant,
  RoleSummary,
  WidgetTheme,
} from './data/types.js';
export { VERSION } from './version.js';
