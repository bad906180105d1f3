import { defineElement } from '../../shared/define-element.js';
import { NhsCategoryGrid } from './category-grid.component.js';
// The grid opens role cards inside itself, so loading the grid alone must define the card too.
import '../role-card/role-card.js';

export { NhsCategoryGrid };
export type { NhsCategoryToggleDetail } from './category-grid.component.js';

defineElement('nhs-category-grid', NhsCategoryGrid);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-category-grid': NhsCategoryGrid;
  }
}
