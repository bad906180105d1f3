import { attachContextRoot } from '../../context/context-root.js';
import { defineElement } from '../../shared/define-element.js';
import { NhsCareersProvider } from './careers-provider.component.js';

export { NhsCareersProvider };
export type { NhsDatasetLoadDetail } from './careers-provider.component.js';

attachContextRoot();
defineElement('nhs-careers-provider', NhsCareersProvider);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-careers-provider': NhsCareersProvider;
  }
}
