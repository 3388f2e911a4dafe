/**
 * `npm run bench [-- --peer DIR [--peer-name NAME]] [--switches N] [--quick]`: what the content
 * script costs a shop page, measured, with a PASS/FAIL line per budget of the performance issue.
 * Writes bench/results.json. Needs a build (npm run build does it) and Chromium; CI does not run
 * it (timings are not tests).
 *
 * - Size: the content script (gzip), and what of it grows with the dataset (the gate) at 1×, 10×
 *   and 100× the vendors, with platforms, product lines and seven languages (scale.ts).
 * - Detection in Node, per page and at 1×, 10×, 100×; how many non-camera pages pass the gate.
 * - Real Chromium, non-camera pages: ours, none and the minimal reader (and a peer extension, and
 *   ours again for the noise) side by side in one interleaved run (side-by-side.ts, peers.ts).
 * - Real Chromium, camera pages: time from DOMContentLoaded to the panel, our longest piece of work.
 * - Memory: the extension's share of heap growth over in-place product swaps (heap.ts).
 *
 * Why it is long: one report of every budget, each measured where it is cheapest to measure.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { readDatasetFiles } from '../build/dataset-files.ts';
import { Dataset } from '../src/dataset/schema.ts';
import { detect, type ProductSignals } from '../src/detect/detect.ts';
import { mayNameCamera } from '../src/detect/gate.ts';
import { decidePage } from '../src/pipeline/decide.ts';
import { shopForUrl } from '../src/shops/index.ts';
import { readProduct } from '../src/shops/read.ts';
import { DIST, launchBrowser } from '../tests/support/browser.ts';
import { pipelineDataFrom } from '../tests/support/detect-page.ts';
import { loadFixtures } from '../tests/support/fixtures.ts';
import { compareHeap, HEAP_PAGE, megabytes } from './heap.ts';
import { measurePage, type PageMetrics } from './page-metrics.ts';
import { comparePeers, noiseLine } from './peers.ts';
import { scalePoint } from './scale.ts';
import { median, minimalReader, pagesWhereRan, quantile, sideBySide, sideBySideTable } from './side-by-side.ts';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = args.includes('--quick');
const peer = option('--peer');
const peerName = option('--peer-name') ?? 'peer';
const switches = Number(option('--switches') ?? (quick ? 200 : 1000));
const fixtures = loadFixtures();
const dataset = Dataset.parse(readDatasetFiles());
const round = (value: number, digits = 3) => Number(value.toFixed(digits));
function timeMs(run: () => void, repeat: number): number {
  const samples: number[] = [];
  for (let i = 0; i < repeat; i += 1) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

// 1. Size of what the content script loads on a page, and of what in it depends on the dataset.
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
const scriptFiles = manifest.content_scripts.flatMap((script) => script.js);
const scriptBytes = scriptFiles.map((file) => readFileSync(join(DIST, file)));
const size = {
  bytes: scriptBytes.reduce((sum, bytes) => sum + bytes.length, 0),
  gzipBytes: scriptBytes.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0),
};
const scale = [1, 10, 100].map((factor) => scalePoint(dataset, factor));

// 2. Detection in Node, per page, DOM already parsed: the content script's pipeline (shop spec,
// read, gate, detection, view), with its data loaded once as on a camera page.
const pipelineData = pipelineDataFrom(dataset);
pipelineData.recognition();
const pages = fixtures.flatMap((fixture) => {
  const url = new URL(fixture.url);
  const shop = shopForUrl(url);
  if (!shop) return [];
  return [{ fixture, url, shop, document: parseHTML(readFileSync(fixture.path, 'utf8')).document }];
});
const readAndDetect = pages.map(({ url, document }) =>
  timeMs(() => {
    decidePage({ url, document }, pipelineData);
  }, 30),
);
const signalsPerPage = pages.flatMap(({ fixture, shop, document }) => {
  const signals = readProduct(shop, document);
  return signals ? [{ fixture, signals }] : [];
});
const one = scale[0];
if (!one) throw new Error('no 1× dataset');
const detectOnly = signalsPerPage.map(({ signals }) => timeMs(() => detect(signals, one.matcher), 200));
// The sizes take turns, round after round, so that warm-up and garbage collection do not favour one.
const samples = scale.map(() => [] as number[]);
for (let pass = 0; pass < 5; pass += 1) {
  scale.forEach((point, i) => samples[i]?.push(...signalsPerPage.map(({ signals }) => timeMs(() => detect(signals, point.matcher), 40))));
}
// Non-camera pages the gate lets through to detection: with a fuller filter, more.
const nonCameraSignals = signalsPerPage.filter(({ fixture }) => fixture.label !== 'camera').map(({ signals }) => signals);
const passing = (point: (typeof scale)[number]) =>
  nonCameraSignals.filter((signals: ProductSignals) => mayNameCamera(signals, point.gate)).length / nonCameraSignals.length;
const scaling = scale.map((point, i) => ({
  factor: point.factor,
  vendors: point.vendors,
  platforms: point.platforms,
  lines: point.lines,
  detectMedianMs: round(median(samples[i] ?? []), 4),
  gateBytes: point.gateBytes,
  gateGzipBytes: point.gateGzipBytes,
  gateFill: round(point.gateFill, 3),
  nonCameraPagesPastGate: round(passing(point), 3),
  contentSliceBytes: point.sliceBytes,
}));

// 3. Real Chromium, non-camera pages, side by side: ours, none, the minimal reader (a peer: below).
const nonCameraPages = fixtures.filter((fixture) => fixture.label !== 'camera').filter((_, i) => !quick || i % 3 === 0);
const minimal = minimalReader(DIST, scriptFiles);
const builds = [
  { name: 'Unwarranted', dist: DIST },
  { name: 'no extension', dist: null },
  { name: 'minimal reader', dist: minimal },
];
let nonCamera: PageMetrics[][];
try {
  nonCamera = await sideBySide(builds, nonCameraPages);
} finally {
  rmSync(minimal, { recursive: true, force: true });
}
const ran = pagesWhereRan(nonCamera, [0]);
const over = (build: number, value: (page: PageMetrics) => number) =>
  ran.map((page) => nonCamera[build]?.[page]).flatMap((page) => (page ? [value(page)] : []));
const oursNonCamera = median(over(0, (page) => page.ours));
const minimalNonCamera = median(over(2, (page) => page.ours));
const longestNonCamera = median(over(0, (page) => page.oursLongest));
const addedScript = median(ran.map((page) => (nonCamera[0]?.[page]?.script ?? 0) - (nonCamera[1]?.[page]?.script ?? 0)));

// 4. Real Chromium, camera pages: ours only, one load each.
const cameraPages = fixtures.filter((fixture) => fixture.label === 'camera').filter((_, i) => !quick || i % 3 === 0);
const camera: PageMetrics[] = [];
const browser = await launchBrowser({ dist: DIST });
try {
  for (const fixture of cameraPages) camera.push(await measurePage(browser, fixture));
} finally {
  await browser.close();
}
const attach = camera.flatMap((page) => (page.panelAfterDcl === null ? [] : [page.panelAfterDcl]));
const longTasksOurs =
  camera.filter((page) => page.oursLongest > 50).length + over(0, (page) => page.oursLongest).filter((ms) => ms > 50).length;

// 5. A peer, if one is given: its own interleaved run with ours, ours again and the minimal reader.
const peerRun = peer ? await comparePeers({ ours: DIST, peer, peerName, scriptFiles, pages: nonCameraPages }) : undefined;

// 6. Memory over in-place product swaps.
const heapPage = fixtures.find((fixture) => fixture.file === HEAP_PAGE);
if (!heapPage) throw new Error(`${HEAP_PAGE} is missing from the fixtures`);
const heap = await compareHeap(DIST, heapPage, switches);

const results = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  contentScript: { files: scriptFiles, ...size },
  detectionNode: {
    pages: pages.length,
    readAndDetectMs: { median: round(median(readAndDetect), 4), p95: round(quantile(readAndDetect, 0.95), 4) },
    detectOnlyMs: { median: round(median(detectOnly), 4), p95: round(quantile(detectOnly, 0.95), 4) },
  },
  scaling,
  chromium: {
    nonCameraPages: { measured: nonCameraPages.length, scriptRan: ran.length },
    nonCameraTraceMs: {
      ours: round(oursNonCamera, 2),
      minimalReader: round(minimalNonCamera, 2),
      ratio: round(oursNonCamera / minimalNonCamera, 2),
    },
    nonCameraLongestPieceMs: round(longestNonCamera, 2),
    nonCameraAddedScriptDurationMs: round(addedScript, 2),
    nonCameraTable: sideBySideTable(builds, nonCamera, ran),
    cameraPages: camera.length,
    panelAttachedAfterDclMs: { median: round(median(attach), 1), p95: round(quantile(attach, 0.95), 1), pages: attach.length },
    cameraTraceMs: round(median(camera.map((page) => page.ours)), 2),
    cameraLongestPieceMs: {
      median: round(median(camera.map((page) => page.oursLongest)), 2),
      max: round(Math.max(...camera.map((page) => page.oursLongest)), 2),
    },
    piecesOver50Ms: longTasksOurs,
    slowestPages: [...camera]
      .sort((a, b) => b.oursLongest - a.oursLongest)
      .slice(0, 5)
      .map((page) => ({ file: page.file, oursMs: round(page.ours, 2), longestMs: round(page.oursLongest, 2) })),
  },
  peer: peerRun ? { name: peerName, dir: peer, table: peerRun.table, noise: noiseLine(peerRun), budgets: peerRun.budgets } : null,
  heap: {
    page: HEAP_PAGE,
    switches,
    withExtension: heap.withExtension,
    without: heap.without,
    shareBytes: heap.share,
  },
};

const [first, , hundred] = scaling;
const flatSize = first && hundred ? hundred.gateBytes <= first.gateBytes * 1.01 : false;
const flatTime = first && hundred ? hundred.detectMedianMs <= 2 * first.detectMedianMs : false;
const budgets: [string, string, boolean | null][] = [
  ['content script ≤ 25 KB gzip', `${(size.gzipBytes / 1024).toFixed(1)} KB`, size.gzipBytes <= 25 * 1024],
  [
    'what the script carries of the dataset stays flat (gate at 100× ≤ 1.01× its size at 1×)',
    `${String(first?.gateBytes)} → ${String(hundred?.gateBytes)} bytes`,
    flatSize,
  ],
  [
    'detection ≤ 0.5 ms median (Node)',
    `${String(results.detectionNode.detectOnlyMs.median)} ms`,
    results.detectionNode.detectOnlyMs.median <= 0.5,
  ],
  ['100× dataset: detection ≤ 2× the 1× time', `${String(hundred?.detectMedianMs)} vs ${String(first?.detectMedianMs)} ms`, flatTime],
  [
    'camera pages: panel attached ≤ 50 ms p95 after DOMContentLoaded',
    `${String(results.chromium.panelAttachedAfterDclMs.p95)} ms`,
    results.chromium.panelAttachedAfterDclMs.p95 <= 50,
  ],
  ['no piece of our work over 50 ms', String(longTasksOurs), longTasksOurs === 0],
  [
    'non-camera pages: median trace ≤ 3× the minimal reader',
    `${oursNonCamera.toFixed(2)} vs 3 × ${minimalNonCamera.toFixed(2)} ms`,
    oursNonCamera <= 3 * minimalNonCamera,
  ],
  ['non-camera pages: longest piece of our work < 5 ms (median over pages)', `${longestNonCamera.toFixed(2)} ms`, longestNonCamera < 5],
  ...(peerRun?.budgets.filter(([name]) => name.includes(peerName)) ?? [
    [`non-camera pages: median trace below a peer's (npm run bench -- --peer DIR)`, 'not measured', null] as [string, string, null],
  ]),
  [
    `heap: the extension's share of the growth over ${String(switches)} in-place swaps < 0.5 MB, panel right after each`,
    `${megabytes(heap.share)}, wrong ${String(heap.withExtension.wrong)}`,
    heap.share < 0.5 * 2 ** 20 && heap.withExtension.wrong === 0,
  ],
];

console.log('\nUnwarranted benchmark');
console.log(`content script: ${String(size.bytes)} bytes, ${String(size.gzipBytes)} bytes gzip (${scriptFiles.join(', ')})`);
console.log(
  `detection in Node over ${String(pages.length)} pages: read+detect median ${String(results.detectionNode.readAndDetectMs.median)} ms, p95 ${String(results.detectionNode.readAndDetectMs.p95)} ms; detect only median ${String(results.detectionNode.detectOnlyMs.median)} ms`,
);
console.log(
  '\n| dataset | vendors (platforms) | lines | detect, median | gate in the script | filter fill | non-camera pages past the gate | content slice (messages) |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const row of scaling) {
  console.log(
    `| ${String(row.factor)}× | ${String(row.vendors)} (${String(row.platforms)}) | ${String(row.lines)} | ${String(row.detectMedianMs)} ms | ${String(row.gateBytes)} B (${String(row.gateGzipBytes)} gzip) | ${String(row.gateFill)} | ${(row.nonCameraPagesPastGate * 100).toFixed(0)} % | ${(row.contentSliceBytes / 1024).toFixed(0)} KB |`,
  );
}
console.log(
  `\nChromium, ${String(nonCameraPages.length)} non-camera pages side by side (our script ran on ${String(ran.length)}; figures over those):\n`,
);
console.log(results.chromium.nonCameraTable);
console.log(
  `\nChromium, ${String(camera.length)} camera pages: panel attached ${String(results.chromium.panelAttachedAfterDclMs.median)} ms median / ${String(results.chromium.panelAttachedAfterDclMs.p95)} ms p95 after DOMContentLoaded; our script ${String(results.chromium.cameraTraceMs)} ms median, longest piece ${String(results.chromium.cameraLongestPieceMs.median)} ms median, ${String(results.chromium.cameraLongestPieceMs.max)} ms at most`,
);
if (peerRun) {
  console.log(`\nside by side with ${peerName} (${peer ?? ''}), non-camera pages, one interleaved run:\n`);
  console.log(peerRun.table);
  console.log(`\n${noiseLine(peerRun)}`);
}
console.log(
  `\nheap over ${String(switches)} in-place swaps on ${HEAP_PAGE}: with the extension ${megabytes(heap.withExtension.before)} → ${megabytes(heap.withExtension.after)}, without ${megabytes(heap.without.before)} → ${megabytes(heap.without.after)}; the extension's share ${megabytes(heap.share)}`,
);
console.log('\n| budget | measured | result |\n|---|---|---|');
for (const [name, value, pass] of budgets)
  console.log(`| ${name} | ${value} | ${pass === null ? 'not measured' : pass ? 'PASS' : 'FAIL'} |`);

mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(
  join(ROOT, 'bench', 'results.json'),
  `${JSON.stringify({ ...results, budgets: budgets.map(([name, value, pass]) => ({ name, value, pass })) }, null, 2)}\n`,
);
console.log('\nwritten: bench/results.json');
if (budgets.some(([, , pass]) => pass === false)) process.exitCode = 1;
