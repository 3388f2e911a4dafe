/**
 * The dataset shipped with the extension, as validated by the build (vite.config.ts): extension
 * pages and tests import it from here. The content script gets only a recognition slice.
 */
import dataset from 'virtual:unwarranted/dataset';
import type { Dataset } from './schema';

/** Validated by the build before it was generated, so the cast only restores the type. */
export const bundledDataset = dataset as Dataset;
