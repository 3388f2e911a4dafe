/**
 * `npm run bench:heap [-- --switches N] [--dist DIR]`: the extension's share of JS heap growth over N in-place
 * product swaps on a saved Amazon page (scripts/heap.ts), with vs without the extension. Needs a
 * build in dist/ and Chromium.
 */
import { DIST } from '../tests/support/browser.ts';
import { loadFixtures } from '../tests/support/fixtures.ts';
import { compareHeap, HEAP_PAGE, megabytes } from './heap.ts';

const args = process.argv.slice(2);
const switches = args.includes('--switches') ? Number(args[args.indexOf('--switches') + 1]) : 1000;
const dist = args.includes('--dist') ? (args[args.indexOf('--dist') + 1] ?? DIST) : DIST;
const [fixture] = loadFixtures((candidate) => candidate.file === HEAP_PAGE);
if (!fixture || !(switches > 0)) {
  console.error('usage: npm run bench:heap -- [--switches N] [--dist DIR]');
  process.exit(2);
}
const result = await compareHeap(dist, fixture, switches);
const line = (name: string, run: typeof result.without) =>
  `${name}: ${megabytes(run.before)} → ${megabytes(run.after)} (+${megabytes(run.after - run.before)})`;
console.log(`${String(switches)} in-place swaps on ${fixture.file}`);
console.log(line('with the extension', result.withExtension) + `, panel wrong after ${String(result.withExtension.wrong)} swaps`);
console.log(line('without', result.without));
console.log(`the extension's share of the growth: ${megabytes(result.share)} (budget < 0.50 MB)`);
if (result.share >= 0.5 * 2 ** 20 || result.withExtension.wrong > 0) process.exitCode = 1;
