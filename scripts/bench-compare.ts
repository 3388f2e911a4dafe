/**
 * `npm run bench:compare -- DIR_A DIR_B [--camera] [--every N]`: two unpacked builds of the
 * extension on the same saved pages, page by page and in turns, three loads each. The machine's
 * speed drifts between runs by more than most single optimisations save, so only differences
 * measured side by side tell whether a change helps. Non-camera pages by default; `--camera` for
 * the pages that get a panel; `--every N` for every Nth page only.
 */
import { launchBrowser } from '../tests/support/browser.ts';
import { loadFixtures } from '../tests/support/fixtures.ts';
import { measurePage, type PageMetrics } from './page-metrics.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.indexOf(name);
const every = flag('--every') >= 0 ? Number(args[flag('--every') + 1]) : 1;
const camera = flag('--camera') >= 0;
const dirs = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--every');
if (dirs.length !== 2 || !(every >= 1)) {
  console.error('usage: npm run bench:compare -- DIR_A DIR_B [--camera] [--every N]');
  process.exit(2);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const pages = loadFixtures((fixture) => (fixture.label === 'camera') === camera).filter((_, i) => i % every === 0);
const browsers = await Promise.all(dirs.map((dist) => launchBrowser({ dist })));
const runs: [PageMetrics, PageMetrics][] = [];
try {
  for (const fixture of pages) {
    const loads: PageMetrics[][] = [[], []];
    for (let round = 0; round < 3; round += 1) {
      for (const [i, browser] of browsers.entries()) loads[i]?.push(await measurePage(browser, fixture));
    }
    // Per page and build: the load with the median trace time.
    const [a, b] = loads.map((list) => [...list].sort((x, y) => x.ours - y.ours)[1]);
    if (a && b) {
      runs.push([a, b]);
      // Per page, as it goes: trace time of A and B and the difference.
      console.log(`${fixture.file}\t${a.ours.toFixed(2)}\t${b.ours.toFixed(2)}\t${(b.ours - a.ours).toFixed(2)}`);
    }
  }
} finally {
  await Promise.all(browsers.map((browser) => browser.close()));
}

const measures: [string, (page: PageMetrics) => number][] = [
  ['our script, trace (ms)', (page) => page.ours],
  ['our longest piece of work, trace (ms)', (page) => page.oursLongest],
  ['ScriptDuration, no compiling (ms)', (page) => page.script],
];
console.log(`\n${String(runs.length)} ${camera ? 'camera' : 'non-camera'} pages, A = ${dirs[0] ?? ''}, B = ${dirs[1] ?? ''}\n`);
// Pages where neither build's script did anything (no product URL of a shop: not injected) would
// only add zero differences and pull the median of the differences to 0.
const ran = runs.filter(([pageA, pageB]) => pageA.ours > 0 || pageB.ours > 0);
console.log(`our script ran on ${String(ran.length)} of them; the differences are over those\n`);
console.log('| measure | A median | B median | B − A, median of per-page differences |\n|---|---|---|---|');
for (const [name, value] of measures) {
  const a = median(ran.map(([page]) => value(page)));
  const b = median(ran.map(([, page]) => value(page)));
  const difference = median(ran.map(([pageA, pageB]) => value(pageB) - value(pageA)));
  console.log(`| ${name} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${difference >= 0 ? '+' : ''}${difference.toFixed(2)} |`);
}
