/**
 * Node-only: assembles the bundled dataset from its source files, one per vendor, so that each
 * vendor's facts can be reviewed and changed on their own. Used by the build, tests and scripts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_DIR = join(import.meta.dirname, '..', 'src', 'dataset', 'data');

export function readDatasetFiles(dir: string = DATA_DIR): unknown {
  const meta = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as Record<string, unknown>;
  const vendorDir = join(dir, 'vendors');
  const vendors = readdirSync(vendorDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(vendorDir, file), 'utf8')) as unknown);
  return { ...meta, vendors };
}
