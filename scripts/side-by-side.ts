/**
 * Several builds of a browser extension (or none) on the same saved pages, page by page and in
 * turns, so that the machine's drift between runs falls on all of them alike. Used by
 * `bench:compare` (two builds), `bench:peers` (ours, ours again, a peer, the minimal reader) and
 * `bench` (ours, none, the minimal reader, and a peer when one is given).
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, launchBrowser } from '../tests/support/browser.ts';
import type { Fixture } from '../tests/support/fixtures.ts';
import { measurePage, type PageMetrics } from './page-metrics.ts';

export interface Build {
  name: string;
  /** An unpacked extension; null for a browser without any. */
  dist: string | null;
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/**
 * Per page, `rounds` loads in each build in turn; per page and build the load with the median
 * trace time of ours. `onPage` sees each page's figures as they come (for progress lines).
 */
export async function sideBySide(
  builds: readonly Build[],
  pages: readonly Fixture[],
  { rounds = 3, onPage }: { rounds?: number; onPage?: (fixture: Fixture, metrics: PageMetrics[]) => void } = {},
): Promise<PageMetrics[][]> {
  const browsers: Browser[] = [];
  try {
    for (const build of builds) browsers.push(await launchBrowser({ dist: build.dist }));
    const results: PageMetrics[][] = builds.map(() => []);
    for (const [pageIndex, fixture] of pages.entries()) {
      const loads: PageMetrics[][] = builds.map(() => []);
      for (let round = 0; round < rounds; round += 1) {
        // Each round starts with the next build: the first load of a round is measurably slower on
        // this machine (the A/A line showed it), and must fall on every build as often.
        for (let turn = 0; turn < browsers.length; turn += 1) {
          const i = (pageIndex * rounds + round + turn) % browsers.length;
          const browser = browsers[i];
          if (browser) loads[i]?.push(await measurePage(browser, fixture));
        }
      }
      const chosen = loads.map((list) => [...list].sort((x, y) => x.ours - y.ours)[Math.floor(list.length / 2)] as PageMetrics);
      chosen.forEach((metrics, i) => results[i]?.push(metrics));
      onPage?.(fixture, chosen);
    }
    return results;
  } finally {
    await Promise.all(browsers.map((browser) => browser.close()));
  }
}

/**
 * The least any content script that looks for a camera must do, as a build: a copy of `dist` whose
 * content script reads the title and byline once at DOMContentLoaded and looks for a brand word.
 * What it costs is the platform's share (docs/performance.md), not ours to remove.
 */
export function minimalReader(dist: string, scriptFiles: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'unwarranted-floor-'));
  cpSync(dist, dir, { recursive: true });
  for (const file of scriptFiles) {
    writeFileSync(
      join(dir, file),
      `(() => {
  const brands = new Set(['ring', 'blink', 'nest', 'arlo', 'wyze', 'eufy', 'reolink', 'tapo']);
  const check = () => {
    const text = ['#productTitle', '#bylineInfo', 'h1'].map((s) => document.querySelector(s)?.textContent ?? '').join(' ');
    if (text.toLowerCase().split(/[^a-z0-9]+/).some((word) => brands.has(word))) document.documentElement.dataset['x'] = '1';
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', check, { once: true });
  else check();
})();\n`,
    );
  }
  return dir;
}

export interface Measure {
  name: string;
  value: (page: PageMetrics) => number;
}

export const MEASURES: readonly Measure[] = [
  { name: 'content script, trace (ms)', value: (page) => page.ours },
  { name: 'longest piece of its work, trace (ms)', value: (page) => page.oursLongest },
  { name: 'ScriptDuration, all script, no compiling (ms)', value: (page) => page.script },
];

/**
 * A markdown table: per measure, each build's median over `pages` and, after the first build,
 * the median of the per-page differences to the first build.
 */
export function sideBySideTable(builds: readonly Build[], results: readonly PageMetrics[][], pages: readonly number[]): string {
  const [first, ...others] = builds;
  if (!first) return '';
  const pick = (i: number) => pages.map((page) => results[i]?.[page]).filter((page): page is PageMetrics => page !== undefined);
  const cells = (value: number, signed = false) => `${signed && value >= 0 ? '+' : ''}${value.toFixed(2)}`;
  const header = [
    'measure',
    ...builds.map((build) => `${build.name}, median`),
    ...others.map((build) => `${build.name} − ${first.name}, median of per-page differences`),
  ];
  const rows = MEASURES.map((measure) => {
    const base = pick(0).map(measure.value);
    return [
      measure.name,
      ...builds.map((_, i) => cells(median(pick(i).map(measure.value)))),
      ...others.map((_, i) => cells(median(pick(i + 1).map((page, p) => measure.value(page) - (base[p] ?? 0))), true)),
    ];
  });
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/**
 * The pages where the content script of one of the `builds` (indexes) ran: elsewhere (no product
 * URL of a shop) it is not injected, and zero differences would pull the medians to 0.
 */
export function pagesWhereRan(results: readonly PageMetrics[][], builds: readonly number[]): number[] {
  const count = results[0]?.length ?? 0;
  return [...Array(count).keys()].filter((page) => builds.some((build) => (results[build]?.[page]?.ours ?? 0) > 0));
}
