/** Reads tests/fixtures/INDEX.tsv: the saved pages every detection test runs over. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Fixture {
  file: string;
  url: string;
  label: 'camera' | 'not-camera' | 'listing';
  /** Vendor id, or "none". */
  vendor: string;
  kind: string;
  origin: string;
  /** Absolute path of the page. */
  path: string;
}

export const FIXTURES_DIR = join(import.meta.dirname, '..', 'fixtures');

/** The fixtures of an index file (INDEX.tsv, or hostile/INDEX.tsv), paths relative to tests/fixtures. */
export function loadFixtures(filter: (fixture: Fixture) => boolean = () => true, index = 'INDEX.tsv'): Fixture[] {
  const [, ...lines] = readFileSync(join(FIXTURES_DIR, index), 'utf8').trim().split('\n');
  return lines
    .map((line) => {
      const [file = '', url = '', label = '', vendor = '', kind = '', origin = ''] = line.split('\t');
      return { file, url, label: label as Fixture['label'], vendor, kind, origin, path: join(FIXTURES_DIR, file) };
    })
    .filter(filter);
}

export function isAmazon(fixture: Fixture): boolean {
  return new URL(fixture.url).hostname.includes('amazon.');
}
