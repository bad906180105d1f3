import { defineElement } from '../../shared/define-element.js';
import { NhsRoleCompare } from './role-compare.component.js';

export { NhsRoleCompare };

defineElement('nhs-role-compare', NhsRoleCompare);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-role-compare': NhsRoleCompare;
  }
}
