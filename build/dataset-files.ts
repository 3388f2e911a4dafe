/**
 * Node-only: assembles the bundled dataset from its source files, one per vendor (`vendors/`) and
 * per recording platform (`platforms/`), so that each record's facts can be reviewed and changed
 * on their own. Used by the build, tests and scripts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_DIR = join(import.meta.dirname, '..', 'src', 'dataset', 'data');

export function readDatasetFiles(dir: string = DATA_DIR): unknown {
  const meta = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as Record<string, unknown>;
  const records = (folder: string) => {
    const path = join(dir, folder);
    if (!existsSync(path)) return [];
    return readdirSync(path)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => JSON.parse(readFileSync(join(path, file), 'utf8')) as unknown);
  };
  return { ...meta, platforms: records('platforms'), vendors: records('vendors') };
}
