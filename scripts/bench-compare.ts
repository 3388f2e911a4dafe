/**
 * `npm run bench:compare -- DIR_A DIR_B [--camera] [--every N]`: two unpacked builds of the
 * extension on the same saved pages, page by page and in turns, three loads each. The machine's
 * speed drifts between runs by more than most single optimisations save, so only differences
 * measured side by side tell whether a change helps. Non-camera pages by default; `--camera` for
 * the pages that get a panel; `--every N` for every Nth page only.
 */
import { loadFixtures } from '../tests/support/fixtures.ts';
import { pagesWhereRan, sideBySide, sideBySideTable } from './side-by-side.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.indexOf(name);
const every = flag('--every') >= 0 ? Number(args[flag('--every') + 1]) : 1;
const camera = flag('--camera') >= 0;
const dirs = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--every');
if (dirs.length !== 2 || !(every >= 1)) {
  console.error('usage: npm run bench:compare -- DIR_A DIR_B [--camera] [--every N]');
  process.exit(2);
}

const pages = loadFixtures((fixture) => (fixture.label === 'camera') === camera).filter((_, i) => i % every === 0);
const builds = dirs.map((dist, i) => ({ name: i === 0 ? 'A' : 'B', dist }));
const results = await sideBySide(builds, pages, {
  // Per page, as it goes: trace time of A and B and the difference.
  onPage: (fixture, [a, b]) => {
    if (a && b) console.log(`${fixture.file}\t${a.ours.toFixed(2)}\t${b.ours.toFixed(2)}\t${(b.ours - a.ours).toFixed(2)}`);
  },
});
const ran = pagesWhereRan(results, [0, 1]);
console.log(`\n${String(pages.length)} ${camera ? 'camera' : 'non-camera'} pages, A = ${dirs[0] ?? ''}, B = ${dirs[1] ?? ''}`);
console.log(`a content script ran on ${String(ran.length)} of them; the figures are over those\n`);
console.log(sideBySideTable(builds, results, ran));
