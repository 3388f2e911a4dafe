/**
 * `npm run dataset:check`: validates the bundled dataset (schema, ids, brands, citations, dates)
 * and prints per-vendor statistics. Exits 1 on any problem.
 */
import { cloudPlatformStats, futureDates, platformStats, vendorStats } from '../src/dataset/check.ts';
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
const header = ['vendor', 'claims', 'sources', 'unknown verdicts', 'headline', 'oldest source'];
const table = [
  header,
  ...rows.map((row) => [
    row.id,
    row.claims,
    row.sources,
    `${row.unknownVerdicts}/${row.verdicts}`,
    `${row.headline.severity} (${row.headline.reason})`,
    row.oldestSource ?? '-',
  ]),
].map((cells) => cells.map(String));
const widths = header.map((_, i) => Math.max(...table.map((cells) => cells[i]?.length ?? 0)));
for (const cells of table) console.log(cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
const total = (key: 'claims' | 'sources' | 'unknownVerdicts' | 'verdicts') => rows.reduce((sum, row) => sum + row[key], 0);
const percent = (part: number, whole: number) => `${String(Math.round((part / whole) * 100))} %`;
console.log(
  `\ndataset ${dataset.version} (reviewed ${dataset.reviewed}): ${rows.length} vendors, ${total('claims')} claims, ${total('sources')} sources`,
);
console.log(
  `unknown verdicts: ${total('unknownVerdicts')} of ${total('verdicts')} (${percent(total('unknownVerdicts'), total('verdicts'))}); ` +
    `both headline verdicts known: ${rows.filter((row) => row.headlineKnown).length} of ${rows.length} vendors`,
);
const distribution = new Map<string, string[]>();
for (const row of rows) {
  const key = `${row.headline.severity} (${row.headline.reason})`;
  distribution.set(key, [...(distribution.get(key) ?? []), row.id]);
}
console.log('headlines (docs/verdicts.md):');
for (const [key, ids] of [...distribution].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`  ${key}: ${String(ids.length)} — ${ids.join(', ')}`);
}
const clouds = cloudPlatformStats(dataset.vendors);
console.log(
  `cloud platforms (app and cloud behind many brands; ${String(rows.length - clouds.length)} brands + ${String(clouds.length)} platforms above):`,
);
for (const platform of clouds) {
  const users = platform.usedBy.length > 0 ? platform.usedBy.join(', ') : 'none in the dataset yet';
  console.log(`  ${platform.id} (${platform.name}): brands pointing to it: ${users}`);
}
console.log('recording platforms (modelled once; product lines point to them):');
for (const platform of platformStats(dataset)) {
  const users = platform.usedBy.length > 0 ? platform.usedBy.join(', ') : 'none yet';
  console.log(`  ${platform.id} (${platform.name}): ${String(platform.claims)} claims, e2ee ${platform.e2ee}; lines of ${users}`);
}
if (problems.length > 0) {
  console.error(`dataset: INVALID\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('dataset: OK');
