import { defineElement } from '../../shared/define-element.js';
import { NhsEntryRoutes } from './entry-routes.component.js';

export { NhsEntryRoutes };

defineElement('nhs-entry-routes', NhsEntryRoutes);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-entry-routes': NhsEntryRoutes;
  }
}
