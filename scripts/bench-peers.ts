/**
 * `npm run bench:peers -- PEER_DIR [--name NAME] [--every N]`: our content script against a peer
 * extension's (an unpacked folder: for Privacy Badger, its `src/`, see docs/performance.md) and
 * against the minimal reader, in one interleaved run over the non-camera pages, with an A/A line.
 * Needs a build in dist/ (npm run build) and Chromium.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../tests/support/browser.ts';
import { loadFixtures } from '../tests/support/fixtures.ts';
import { comparePeers, noiseLine } from './peers.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const every = Number(option('--every') ?? 1);
const [peer] = args.filter((arg, i) => !arg.startsWith('--') && !['--every', '--name'].includes(args[i - 1] ?? ''));
if (!peer || !(every >= 1)) {
  console.error('usage: npm run bench:peers -- PEER_DIR [--name NAME] [--every N]');
  process.exit(2);
}
const peerName = option('--name') ?? 'peer';
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
const pages = loadFixtures((fixture) => fixture.label !== 'camera').filter((_, i) => i % every === 0);
const run = await comparePeers({
  ours: DIST,
  peer,
  peerName,
  scriptFiles: manifest.content_scripts.flatMap((script) => script.js),
  pages,
  onPage: (fixture, metrics) => {
    console.log(`${fixture.file}\t${metrics.map((page) => page.ours.toFixed(2)).join('\t')}`);
  },
});
console.log(
  `\n${String(pages.length)} non-camera pages; our content script ran on ${String(run.pages.length)}, the figures are over those`,
);
console.log(`builds: ${run.builds.map((build) => `${build.name} (${build.dist ?? 'none'})`).join(', ')}\n`);
console.log(run.table);
console.log(`\n${noiseLine(run)}\n`);
console.log('| budget | measured | result |\n|---|---|---|');
for (const [name, measured, pass] of run.budgets) console.log(`| ${name} | ${measured} | ${pass ? 'PASS' : 'FAIL'} |`);
if (run.budgets.some(([, , pass]) => !pass)) process.exitCode = 1;
