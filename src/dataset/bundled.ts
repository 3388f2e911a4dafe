/**
 * The dataset shipped with the extension, as validated by the build (vite.config.ts): extension
 * pages and tests import it from here. The content script gets only a recognition slice.
 */
import dataset from 'virtual:unwarranted/dataset';

/** Validated by the build before it was generated. */
export const bundledDataset = dataset;
