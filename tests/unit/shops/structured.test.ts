import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { readStructuredData } from '../../../src/shops/structured.ts';

const read = (head: string, body = '') =>
  readStructuredData(parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document);
const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

test('JSON-LD Product with a Brand object, category path and model', () => {
  expect(
    read(
      ld({
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Argus 4 Pro',
        brand: { '@type': 'Brand', name: 'Reolink' },
        category: 'Sicherheit > Überwachungskameras',
        mpn: 'A4P',
      }),
    ),
  ).toEqual({ title: 'Argus 4 Pro', brand: 'Reolink', categories: ['Sicherheit', 'Überwachungskameras'], model: 'A4P' });
});

test('JSON-LD in @graph, inside a BuyAction (MediaMarkt) and in an array (Walmart)', () => {
  expect(read(ld({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'Product', name: 'A' }] }))?.title).toBe('A');
  expect(read(ld({ '@type': 'BuyAction', object: { '@type': 'Product', name: 'B' } }))?.title).toBe('B');
  expect(read(ld([{ '@type': ['Product'], name: 'C', brand: 'Ring' }]))).toMatchObject({ title: 'C', brand: 'Ring' });
});

test('a product list (listing page) is not a product', () => {
  expect(
    read(ld({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { '@type': 'Product', name: 'X' } }] })),
  ).toBeUndefined();
});

test('broken, oversized or hostile JSON-LD is skipped, never thrown', () => {
  expect(read('<script type="application/ld+json">{not json</script>')).toBeUndefined();
  expect(read(ld({ '@type': 'Product', name: 'x'.repeat(300_000) }))).toBeUndefined();
  expect(read(ld({ '@type': 'Product', name: 'Safe', __proto__: { polluted: true } }))?.title).toBe('Safe');
  let deep: unknown = { '@type': 'Product', name: 'Deep' };
  for (let i = 0; i < 100; i += 1) deep = { '@graph': [deep] };
  expect(read(ld(deep))).toBeUndefined();
});

test('microdata: the item scope’s own properties, not those of nested breadcrumbs or offers', () => {
  const body = `<div itemscope itemtype="https://schema.org/Product">
    <ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">Technology</span></li></ol>
    <h1 itemprop="name">Tapo C200</h1><span itemprop="brand">TP-Link</span></div>`;
  expect(read('', body)).toMatchObject({ title: 'Tapo C200', brand: 'TP-Link' });
});

test('Open Graph product tags', () => {
  expect(
    read(
      '<meta property="og:type" content="product"><meta property="og:title" content="Buy Ring Video Doorbell | Argos"><meta property="product:brand" content="Ring">',
    ),
  ).toMatchObject({ title: 'Buy Ring Video Doorbell | Argos', brand: 'Ring' });
  expect(read('<meta property="og:type" content="article"><meta property="og:title" content="News">')).toBeUndefined();
});

test('the hostile OTTO page is read from its structured data, markup and all, as plain text', async () => {
  const { loadFixtures } = await import('../../support/fixtures.ts');
  const { readFileSync } = await import('node:fs');
  const { shopForUrl } = await import('../../../src/shops/index.ts');
  const { readProduct } = await import('../../../src/shops/read.ts');
  const fixture = loadFixtures((f) => f.file === 'hostile/markup-in-structured-data.html', 'hostile/INDEX.tsv')[0]!;
  const signals = readProduct(shopForUrl(new URL(fixture.url))!, parseHTML(readFileSync(fixture.path, 'utf8')).document);
  // JSON-LD wins on this shop: the markup reaches detection (and the panel's "why") as text only.
  expect(signals?.title).toBe(
    `Ring Video Doorbell <img src=x onerror="window.__pwned='ld'"> (2. Gen) <script>window.__pwned='ld-script'</script>`,
  );
  expect(signals?.brand).toBe(`Ring<svg onload="window.__pwned='ld-brand'"></svg>`);
});
