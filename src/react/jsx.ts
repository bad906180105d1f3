/**
 * JSX types for React 19, which uses custom elements directly: a prop that names a property of
 * the element is set as that property, any other as an attribute, and `on<event-name>` (the event
 * name exactly, `onnhs-role-select`) adds a listener. Types only; bring them in once with
 *
 *   import type {} from 'nhs-role-widgets/jsx';
 *
 * Property types come from the element classes, so they change when the elements do.
 * @packageDocumentation
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NhsCareerFinder } from '../components/career-finder/career-finder.component.js';
import type { NhsCareersProvider } from '../components/careers-provider/careers-provider.component.js';
import type { NhsCategoryGrid } from '../components/category-grid/category-grid.component.js';
import type { NhsEntryRoutes } from '../components/entry-routes/entry-routes.component.js';
import type { NhsRoleCard } from '../components/role-card/role-card.component.js';
import type { NhsRoleCompare } from '../components/role-compare/role-compare.component.js';
import type { NhsRoleExplorer } from '../components/role-explorer/role-explorer.component.js';
import type {
  NhsCareerFinderEvents,
  NhsCareersProviderEvents,
  NhsCategoryGridEvents,
  NhsEntryRoutesEvents,
  NhsRoleCardEvents,
  NhsRoleCompareEvents,
  NhsRoleExplorerEvents,
} from './events.js';

/** An attribute carries text: a numeric property also takes its digits as a string. */
type AttributeValue<T> = T extends number ? T | `${number}` : T;

/**
 * The props of one element: its properties (`Props`, camelCase), its kebab-case attributes
 * (`Attributes` maps each to its property), a listener per event and the usual HTML props.
 */
export type NhsElementProps<E extends HTMLElement, Props extends keyof E, Attributes extends Record<string, Props>, Events> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  Props | keyof Attributes
> & { [P in Props]?: E[P] } & { [A in keyof Attributes]?: AttributeValue<E[Attributes[A]]> } & {
  [Name in keyof Events as `on${Name & string}`]?: (event: Events[Name]) => void;
};

type HeadingLevel = { 'heading-level': 'headingLevel' };

type RoleId = { 'role-id': 'roleId' };

export type NhsRoleCardProps = NhsElementProps<NhsRoleCard, 'roleId' | 'variant' | 'headingLevel' | 'theme' | 'nation', HeadingLevel & RoleId, NhsRoleCardEvents>;
export type NhsCategoryGridProps = NhsElementProps<
  NhsCategoryGrid,
  'categories' | 'entryRoute' | 'headingLevel' | 'theme' | 'nation',
  HeadingLevel & { 'entry-route': 'entryRoute' },
  NhsCategoryGridEvents
>;
export type NhsEntryRoutesProps = NhsElementProps<NhsEntryRoutes, 'roleId' | 'route' | 'headingLevel' | 'theme' | 'nation', HeadingLevel & RoleId, NhsEntryRoutesEvents>;
export type NhsRoleCompareProps = NhsElementProps<NhsRoleCompare, 'roles' | 'theme' | 'nation', Record<never, never>, NhsRoleCompareEvents>;
export type NhsRoleExplorerProps = NhsElementProps<
  NhsRoleExplorer,
  | 'query'
  | 'category'
  | 'entryRoute'
  | 'qualification'
  | 'patientContact'
  | 'bandFrom'
  | 'bandTo'
  | 'registration'
  | 'pageSize'
  | 'headingLevel'
  | 'theme'
  | 'nation',
  HeadingLevel & {
    'entry-route': 'entryRoute';
    'patient-contact': 'patientContact';
    'band-from': 'bandFrom';
    'band-to': 'bandTo';
    'page-size': 'pageSize';
  },
  NhsRoleExplorerEvents
>;
export type NhsCareerFinderProps = NhsElementProps<NhsCareerFinder, 'limit' | 'headingLevel' | 'theme' | 'nation', HeadingLevel, NhsCareerFinderEvents>;
export type NhsCareersProviderProps = NhsElementProps<
  NhsCareersProvider,
  'src' | 'linkBase' | 'headingLevel' | 'data' | 'nation',
  HeadingLevel & { 'link-base': 'linkBase' },
  NhsCareersProviderEvents
>;

/** The elements as JSX intrinsic elements, for React 19 below or any JSX runtime that reads such a map. */
export interface NhsIntrinsicElements {
  'nhs-role-card': NhsRoleCardProps;
  'nhs-category-grid': NhsCategoryGridProps;
  'nhs-entry-routes': NhsEntryRoutesProps;
  'nhs-role-compare': NhsRoleCompareProps;
  'nhs-role-explorer': NhsRoleExplorerProps;
  'nhs-career-finder': NhsCareerFinderProps;
  'nhs-careers-provider': NhsCareersProviderProps;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React 19 reads intrinsic elements from React.JSX
  namespace JSX {
    // Extended rather than listed here: lit-analyzer takes tags listed in an IntrinsicElements
    // interface for element definitions, and these (props, not classes) would hide the real ones.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends NhsIntrinsicElements {}
  }
}
