/** Runs the extension's pipeline (adapter → detection) on a saved page, in Node. */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { bundledDataset } from '../../src/dataset/bundled';
import { detect, type Decision } from '../../src/detect/detect';
import { compileMatcher } from '../../src/detect/matcher';
import { siteForUrl } from '../../src/sites';
import { readProduct } from '../../src/sites/read';
import type { Fixture } from './fixtures';

export const matcher = compileMatcher(bundledDataset.vendors);

export function detectFixture(fixture: Fixture): Decision | undefined {
  const site = siteForUrl(new URL(fixture.url));
  if (!site) return undefined;
  const { document } = parseHTML(readFileSync(fixture.path, 'utf8'));
  const signals = readProduct(site, document);
  return signals ? detect(signals, matcher) : undefined;
}
