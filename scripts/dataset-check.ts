/**
 * `npm run dataset:check`: validates the bundled dataset (schema, ids, brands, citations, dates)
 * and prints per-vendor statistics. Exits 1 on any problem.
 */
import { futureDates, vendorStats } from '../src/dataset/check.ts';
import { readDatasetFiles } from '../build/dataset-files.ts';
import { Dataset, describeIssues } from '../src/dataset/schema.ts';

const result = Dataset.safeParse(readDatasetFiles());
if (!result.success) {
  console.error(`dataset: INVALID\n${describeIssues(result.error)}`);
  process.exit(1);
}
const dataset = result.data;
const today = new Date().toISOString().slice(0, 10);
const problems = futureDates(dataset, today);

const rows = dataset.vendors.map(vendorStats);
const header = ['vendor', 'claims', 'sources', 'unknown verdicts', 'oldest source'];
const table = [header, ...rows.map((row) => [row.id, row.claims, row.sources, `${row.unknownVerdicts}/9`, row.oldestSource ?? '-'])].map(
  (cells) => cells.map(String),
);
const widths = header.map((_, i) => Math.max(...table.map((cells) => cells[i]?.length ?? 0)));
for (const cells of table) console.log(cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
const total = (key: 'claims' | 'sources' | 'unknownVerdicts') => rows.reduce((sum, row) => sum + row[key], 0);
console.log(
  `\ndataset ${dataset.version} (reviewed ${dataset.reviewed}): ${rows.length} vendors, ${total('claims')} claims, ` +
    `${total('sources')} sources, ${total('unknownVerdicts')} unknown verdicts`,
);
if (problems.length > 0) {
  console.error(`dataset: INVALID\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('dataset: OK');
