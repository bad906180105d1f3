import { createContext } from '@lit/context';
import type { DatasetIndex } from '../data/types.js';

/** The dataset a `<nhs-careers-provider>` gives to the widgets inside it. */
export const datasetContext = createContext<DatasetIndex | undefined>(Symbol.for('nhs-role-widgets:dataset'));
