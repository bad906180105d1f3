import { ContextRoot } from '@lit/context';
import { defineElement } from '../../shared/define-element.js';
import { NhsCareersProvider } from './careers-provider.component.js';

export { NhsCareersProvider };
export type { NhsDatasetLoadDetail } from './careers-provider.component.js';

// Widgets that asked for data before their provider was defined get their answer once it is.
const rootKey = Symbol.for('nhs-role-widgets:context-root');
const documentWithRoot = document as Document & { [rootKey]?: ContextRoot };
if (!documentWithRoot[rootKey]) {
  documentWithRoot[rootKey] = new ContextRoot();
  documentWithRoot[rootKey].attach(document.documentElement);
}

defineElement('nhs-careers-provider', NhsCareersProvider);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-careers-provider': NhsCareersProvider;
  }
}
