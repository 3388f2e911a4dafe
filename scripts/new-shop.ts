/**
 * `npm run new-shop -- <id>`: scaffolds the file of a new shop, src/shops/specs/<id>.ts (its spec
 * and example URLs, placeholders marked TODO(new-shop)), then runs `npm run manifest:sync` so that
 * the registry and the manifest include it. Refuses a malformed id or one that exists already.
 * The unit tests fail until the placeholders are filled in and a saved page of the shop is in
 * tests/fixtures/INDEX.tsv.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readShopFiles, shopIdProblem, SPECS_DIR, sync } from './manifest-sync.ts';

const ROOT = join(import.meta.dirname, '..');

function fail(message: string): never {
  console.error(`new-shop: ${message}`);
  process.exit(1);
}

/** The new shop's file: valid and typed, every guess marked TODO(new-shop). */
export function scaffold(id: string, order: number): string {
  const name = id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  const domain = `${id}.example`;
  return `/**
 * TODO(new-shop): ${name}: which countries, and where the selectors below were checked (a saved page
 * in tests/fixtures/pages/<domain>/, or docs/research/shop-structures.md).
 */
import { H1_AFTER } from '../common.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = ${String(order)};

export const shop: ShopSpec<'${id}'> = {
  id: '${id}',
  // TODO(new-shop): the shop's name as shoppers know it (options page).
  name: '${name}',
  // TODO(new-shop): every registrable domain of the shop; subdomains (www.) are included.
  domains: ['${domain}'],
  // TODO(new-shop): manifest globs of product pages; WHOLE_SITE (../common.ts) if the shop routes on the client.
  productPaths: ['/product/*'],
  // TODO(new-shop): exactly the product pages' path (and query).
  productUrl: /^\\/product\\/\\d+(?:[/?#]|$)/,
  // TODO(new-shop): CSS selectors, best first, for what the page's schema.org / Open Graph data lacks (see types.ts).
  fields: { title: ['h1'] },
  // TODO(new-shop): where the panel goes, best first.
  anchors: [H1_AFTER],
};

/** Tests only (ShopExamples): the content script imports just \`shop\`, so the build leaves these out. */
export const examples: ShopExamples = {
  // TODO(new-shop): real URLs: product pages of several kinds and countries; search, category and other pages.
  product: ['https://www.${domain}/product/123456'],
  notProduct: ['https://www.${domain}/search?q=doorbell'],
};
`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const [id] = args;
  if (!id || args.length !== 1) fail('usage: npm run new-shop -- <id>   (e.g. npm run new-shop -- argos)');
  const problem = shopIdProblem(id);
  if (problem) fail(problem);
  const file = join(SPECS_DIR, `${id}.ts`);
  const where = relative(ROOT, file);
  if (existsSync(file)) fail(`${where} exists already: edit it, then run npm run manifest:sync`);

  const shops = await readShopFiles();
  const order = Math.max(0, ...shops.map((shop) => shop.order)) + 10;
  writeFileSync(file, scaffold(id, order), { flag: 'wx' });
  const { changed } = await sync();

  console.log(`Wrote ${where}; ${changed.length > 0 ? `the sync updated ${changed.join(', ')}` : 'the sync changed nothing else'}.

Next steps:
  1. Fill in every TODO(new-shop) in ${where}: the shop's name, domains, product URLs,
     selectors and anchors, and real example URLs. \`order\` (${String(order)}) puts it last in the
     options page; give it another number to move it.
  2. Run npm run manifest:sync again after every change of domains, productPaths or order.
  3. Save a real product page of the shop into tests/fixtures/pages/<domain>/, trimmed:
     npx tsx scripts/trim-page.ts <saved.html> tests/fixtures/pages/<domain>/<name>.html
     (see tests/fixtures/README.md), and add it to tests/fixtures/INDEX.tsv with its real URL,
     label, vendor, kind and origin.
  4. npx tsc --noEmit && npm run test:unit (tests/unit/shops/shops.test.ts checks the new shop),
     then npm run test:e2e.`);
}

if (process.argv[1] === import.meta.filename) {
  await main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
}
