import { defineElement } from '../../shared/define-element.js';
import { NhsRoleCard } from './role-card.component.js';

export { NhsRoleCard };
export type { NhsRoleSelectDetail } from './role-card.component.js';

defineElement('nhs-role-card', NhsRoleCard);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-role-card': NhsRoleCard;
  }
}
