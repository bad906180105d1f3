/**
 * The events of every element, once: as types (element → event name → event) for JSX typings,
 * and as the prop → event name maps the @lit/react wrappers need. Plain data, no DOM, so a Node
 * test can compare these maps with custom-elements.json.
 */
import type { EventName } from '@lit/react';
import type { NhsDatasetLoadDetail } from '../components/careers-provider/careers-provider.component.js';
import type { NhsCategoryToggleDetail } from '../components/category-grid/category-grid.component.js';
import type { NhsFinderCompleteDetail } from '../components/career-finder/career-finder.component.js';
import type { NhsCompareChangeDetail } from '../components/role-explorer/role-explorer.component.js';
import type { NhsErrorDetail, NhsRoleSelectDetail } from '../shared/events.js';

interface ErrorEvents {
  'nhs-error': CustomEvent<NhsErrorDetail>;
}
interface RoleSelectEvents {
  'nhs-role-select': CustomEvent<NhsRoleSelectDetail>;
}

export type NhsRoleCardEvents = RoleSelectEvents & ErrorEvents;
export type NhsCategoryGridEvents = RoleSelectEvents & ErrorEvents & { 'nhs-category-toggle': CustomEvent<NhsCategoryToggleDetail> };
export type NhsEntryRoutesEvents = ErrorEvents;
export type NhsRoleCompareEvents = ErrorEvents;
export type NhsRoleExplorerEvents = ErrorEvents & { 'nhs-compare-change': CustomEvent<NhsCompareChangeDetail> };
export type NhsCareerFinderEvents = RoleSelectEvents & ErrorEvents & { 'nhs-finder-complete': CustomEvent<NhsFinderCompleteDetail> };
export type NhsCareersProviderEvents = ErrorEvents & { 'nhs-dataset-load': CustomEvent<NhsDatasetLoadDetail> };

/**
 * Types a prop → event name map for @lit/react: each name must be one of the element's events,
 * and the prop's handler receives that event's type.
 */
const eventProps =
  <Events>() =>
  <Map extends Record<string, keyof Events & string>>(map: Map) =>
    // EventName is a branded string (a type only), so a cast is how @lit/react expects it made.
    map as unknown as { [Prop in keyof Map]: Events[Map[Prop]] extends Event ? EventName<Events[Map[Prop]]> : never };

// Prop names drop the `nhs-` prefix: `onRoleSelect` listens to `nhs-role-select`.
export const roleCardEvents = eventProps<NhsRoleCardEvents>()({ onRoleSelect: 'nhs-role-select', onError: 'nhs-error' });
export const categoryGridEvents = eventProps<NhsCategoryGridEvents>()({
  onCategoryToggle: 'nhs-category-toggle',
  onRoleSelect: 'nhs-role-select',
  onError: 'nhs-error',
});
export const entryRoutesEvents = eventProps<NhsEntryRoutesEvents>()({ onError: 'nhs-error' });
export const roleCompareEvents = eventProps<NhsRoleCompareEvents>()({ onError: 'nhs-error' });
export const roleExplorerEvents = eventProps<NhsRoleExplorerEvents>()({ onCompareChange: 'nhs-compare-change', onError: 'nhs-error' });
export const careerFinderEvents = eventProps<NhsCareerFinderEvents>()({
  onFinderComplete: 'nhs-finder-complete',
  onRoleSelect: 'nhs-role-select',
  onError: 'nhs-error',
});
export const careersProviderEvents = eventProps<NhsCareersProviderEvents>()({ onDatasetLoad: 'nhs-dataset-load', onError: 'nhs-error' });

/** Every element's map by tag, for the test that checks them against custom-elements.json. */
export const eventsByTag = {
  'nhs-role-card': roleCardEvents,
  'nhs-category-grid': categoryGridEvents,
  'nhs-entry-routes': entryRoutesEvents,
  'nhs-role-compare': roleCompareEvents,
  'nhs-role-explorer': roleExplorerEvents,
  'nhs-career-finder': careerFinderEvents,
  'nhs-careers-provider': careersProviderEvents,
} as const;
