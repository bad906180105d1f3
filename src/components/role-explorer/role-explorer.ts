import { defineElement } from '../../shared/define-element.js';
import { NhsRoleExplorer } from './role-explorer.component.js';
// The explorer shows comparisons inside itself, so loading it alone must define the compare table too.
import '../role-compare/role-compare.js';

export { NhsRoleExplorer };
export type { NhsCompareChangeDetail } from './role-explorer.component.js';

defineElement('nhs-role-explorer', NhsRoleExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-role-explorer': NhsRoleExplorer;
  }
}
