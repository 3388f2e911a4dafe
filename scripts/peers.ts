/**
 * Our content script against a peer extension's and the minimal reader's, in one interleaved run
 * over the non-camera pages, with an A/A line (our build against itself) for the run's noise. Used
 * by `npm run bench:peers -- PEER_DIR` and by `npm run bench -- --peer PEER_DIR`.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Fixture } from '../tests/support/fixtures.ts';
import type { PageMetrics } from './page-metrics.ts';
import { type Build, median, minimalReader, pagesWhereRan, sideBySide, sideBySideTable } from './side-by-side.ts';

export interface PeerRun {
  builds: Build[];
  results: PageMetrics[][];
  /** The pages where our content script ran: the comparison is over those. */
  pages: number[];
  table: string;
  /** Budgets of the performance issue that need the peer (non-camera pages). */
  budgets: [name: string, measured: string, pass: boolean][];
}

const OURS = 0;
const AGAIN = 1;
const PEER = 2;
const MINIMAL = 3;

export function checkPeerDir(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `${dir} holds no manifest.json: pass the folder of an unpacked extension (for Privacy Badger, its src/; see docs/performance.md)`,
    );
  }
}

export async function comparePeers(options: {
  ours: string;
  peer: string;
  peerName: string;
  scriptFiles: readonly string[];
  pages: readonly Fixture[];
  onPage?: (fixture: Fixture, metrics: PageMetrics[]) => void;
}): Promise<PeerRun> {
  checkPeerDir(options.peer);
  const minimal = minimalReader(options.ours, options.scriptFiles);
  const builds: Build[] = [
    { name: 'Unwarranted', dist: options.ours },
    { name: 'Unwarranted again (A/A)', dist: options.ours },
    { name: options.peerName, dist: options.peer },
    { name: 'minimal reader', dist: minimal },
  ];
  try {
    const results = await sideBySide(builds, options.pages, options.onPage ? { onPage: options.onPage } : {});
    const pages = pagesWhereRan(results, [OURS]);
    const over = (build: number, value: (page: PageMetrics) => number) =>
      median(pages.map((page) => results[build]?.[page]).flatMap((page) => (page ? [value(page)] : [])));
    const trace = (build: number) => over(build, (page) => page.ours);
    const longest = over(OURS, (page) => page.oursLongest);
    const budgets: PeerRun['budgets'] = [
      [
        `non-camera pages: median trace time below ${options.peerName}'s`,
        `${trace(OURS).toFixed(2)} vs ${trace(PEER).toFixed(2)} ms`,
        trace(OURS) < trace(PEER),
      ],
      [
        'non-camera pages: median trace time ≤ 3× the minimal reader',
        `${trace(OURS).toFixed(2)} vs 3 × ${trace(MINIMAL).toFixed(2)} ms`,
        trace(OURS) <= 3 * trace(MINIMAL),
      ],
      ['non-camera pages: longest piece of our work < 5 ms (median over pages)', `${longest.toFixed(2)} ms`, longest < 5],
    ];
    return { builds, results, pages, table: sideBySideTable(builds, results, pages), budgets };
  } finally {
    rmSync(minimal, { recursive: true, force: true });
  }
}

/** The same build twice: the per-page differences show what the run's noise alone makes of a comparison. */
export function noiseLine(run: PeerRun): string {
  const differences = run.pages.flatMap((page) => {
    const a = run.results[OURS]?.[page];
    const b = run.results[AGAIN]?.[page];
    return a && b ? [b.ours - a.ours] : [];
  });
  const absolute = differences.map(Math.abs);
  return `A/A noise (our build against itself, ${String(differences.length)} pages): median per-page difference ${median(differences).toFixed(2)} ms, median absolute difference ${median(absolute).toFixed(2)} ms`;
}
