/**
 * The dataset shipped with the extension. It is validated by the build (vite.config.ts) and by
 * tests/unit/dataset.test.ts, so code that imports it may rely on the schema's types.
 */
import type { Dataset } from './schema';
import data from './vendors.json';

export const bundledDataset = data as Dataset;
