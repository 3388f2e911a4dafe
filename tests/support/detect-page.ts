/** Runs the extension's pipeline (adapter → detection) on a saved page, in Node. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { readDatasetFiles } from '../../src/dataset/files';
import { Dataset } from '../../src/dataset/schema';
import { detect, type Decision } from '../../src/detect/detect';
import { compileMatcher } from '../../src/detect/matcher';
import { siteForUrl } from '../../src/sites';
import { readProduct } from '../../src/sites/read';
import type { Fixture } from './fixtures';

/** Read from the source files, so that scripts run by tsx (no vite) can use it too. */
export const matcher = compileMatcher(Dataset.parse(readDatasetFiles()).vendors);

export function detectFixture(fixture: Fixture): Decision | undefined {
  const site = siteForUrl(new URL(fixture.url));
  if (!site) return undefined;
  const { document } = parseHTML(readFileSync(fixture.path, 'utf8'));
  const signals = readProduct(site, document);
  return signals ? detect(signals, matcher) : undefined;
}
