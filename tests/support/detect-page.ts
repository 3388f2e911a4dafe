/** Runs the extension's pipeline (adapter → detection) on a saved page, in Node. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readDatasetFiles } from '../../build/dataset-files.ts';
import { Dataset } from '../../src/dataset/schema.ts';
import { detect, type Decision } from '../../src/detect/detect.ts';
import { compileMatcher } from '../../src/detect/matcher.ts';
import { shopForUrl } from '../../src/shops/index.ts';
import { readProduct } from '../../src/shops/read.ts';
import type { Fixture } from './fixtures.ts';

/** Read from the source files, so that scripts run by tsx (no vite) can use it too. */
export const matcher = compileMatcher(Dataset.parse(readDatasetFiles()).vendors);

export function detectFixture(fixture: Fixture): Decision | undefined {
  const site = shopForUrl(new URL(fixture.url));
  if (!site) return undefined;
  const { document } = parseHTML(readFileSync(fixture.path, 'utf8'));
  const signals = readProduct(site, document);
  return signals ? detect(signals, matcher) : undefined;
}
