import { defineElement } from '../../shared/define-element.js';
import { NhsCategoryGrid } from './category-grid.component.js';

export { NhsCategoryGrid };
export type { NhsCategoryToggleDetail } from './category-grid.component.js';

defineElement('nhs-category-grid', NhsCategoryGrid);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-category-grid': NhsCategoryGrid;
  }
}
