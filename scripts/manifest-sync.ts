/**
 * `npm run manifest:sync`: writes the content-script match patterns implied by the shop specs
 * (src/shops) into manifest.json. tests/unit/shops/shops.test.ts fails when they drift apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchPatterns } from '../src/shops/index.ts';

const file = join(import.meta.dirname, '..', 'manifest.json');
const manifest = JSON.parse(readFileSync(file, 'utf8')) as { content_scripts: { matches: string[] }[] };
const [script] = manifest.content_scripts;
if (!script) throw new Error('manifest.json has no content script');
script.matches = matchPatterns();
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`manifest.json: ${String(script.matches.length)} content-script match patterns`);
