/**
 * The dataset shipped with the extension, parsed (and so checked, with defaults filled in).
 * Extension pages and tests use this; the content script gets a pre-validated slice instead
 * (see vite.config.ts) so that it does not ship zod.
 */
import { Dataset } from './schema';
import data from './vendors.json';

export const bundledDataset: Dataset = Dataset.parse(data);
