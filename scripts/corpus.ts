/**
 * `npm run corpus`: runs the extension's pipeline (pipeline/decide.ts: shop spec → signals →
 * vendor-word gate → detection → view) over every saved page in tests/fixtures and prints, per shop, the confusion matrix and precision, recall and vendor
 * accuracy. Pages of shops we do not support count as "no panel" (the script never runs there).
 */
import { decideFixture } from '../tests/support/detect-page.ts';
import { loadFixtures } from '../tests/support/fixtures.ts';

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  vendorOk: number;
  listingPanels: number;
}
const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0, vendorOk: 0, listingPanels: 0 });
const byShop = new Map<string, Tally>();
const total = empty();
const mistakes: string[] = [];

for (const fixture of loadFixtures()) {
  const shop = fixture.file.split('/')[1] ?? '?';
  const tally = byShop.get(shop) ?? empty();
  byShop.set(shop, tally);
  const page = decideFixture(fixture);
  // A panel is what the pipeline ends in a view for.
  const detection = page.stage === 'view' ? page.decision.detection : null;
  const positive = fixture.label === 'camera';
  for (const t of [tally, total]) {
    if (positive && detection) t.tp += 1;
    if (positive && !detection) t.fn += 1;
    if (!positive && detection) t.fp += 1;
    if (!positive && !detection) t.tn += 1;
    if (positive && detection?.vendor === fixture.vendor) t.vendorOk += 1;
    if (fixture.label === 'listing' && detection) t.listingPanels += 1;
  }
  const got = detection ? `${detection.vendor}/${detection.kind}` : 'no panel';
  const want = positive ? `${fixture.vendor}/${fixture.kind}` : 'no panel';
  if (got !== want) mistakes.push(`${fixture.file}: expected ${want}, got ${got}`);
}

const ratio = (a: number, b: number) => (b === 0 ? '   -' : (a / b).toFixed(3));
const rows = [['shop', 'pages', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'vendor acc.', 'listing panels']];
for (const [shop, t] of [...byShop.entries()].sort(([a], [b]) => a.localeCompare(b)).concat([['ALL', total]])) {
  rows.push([
    shop,
    String(t.tp + t.fp + t.fn + t.tn),
    String(t.tp),
    String(t.fp),
    String(t.fn),
    String(t.tn),
    ratio(t.tp, t.tp + t.fp),
    ratio(t.tp, t.tp + t.fn),
    ratio(t.vendorOk, t.tp),
    String(t.listingPanels),
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
for (const row of rows) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
if (mistakes.length > 0) console.log(`\n${String(mistakes.length)} mismatches:\n${mistakes.join('\n')}`);
