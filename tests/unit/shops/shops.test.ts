/**
 * Conformance of every shop file (src/shops/specs/<id>.ts) with the rest: its spec accepts its
 * product examples and rejects the others, the manifest runs the content script on each product
 * example, a saved page of the shop is in tests/fixtures/INDEX.tsv, and the generated registry and
 * manifest match the files. Then Amazon's storefronts and loadProgress.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import manifest from '../../../manifest.json';
import {
  README_FILE,
  readmeWithShops,
  readShopFiles,
  REGISTRY_FILE,
  renderRegistry,
  renderShopList,
  SPECS_DIR,
} from '../../../scripts/manifest-sync.ts';
import { matchPatterns, SHOPS, shopForUrl, shopHasHost } from '../../../src/shops/index.ts';
import { loadProgress } from '../../../src/shops/read.ts';
import { SHOP_EXAMPLES } from '../../../src/shops/registry.ts';
import { loadFixtures } from '../../support/fixtures.ts';
import { patternMatches } from '../../support/match-pattern.ts';

const SYNC = 'run npm run manifest:sync';
const fixtures = loadFixtures();

test('every shop has example URLs, and every example belongs to a shop', () => {
  expect(Object.keys(SHOP_EXAMPLES).sort()).toEqual(SHOPS.map((shop) => shop.id).sort());
});

describe.each(SHOPS.map((shop) => [shop.id, shop, SHOP_EXAMPLES[shop.id]] as const))('%s shop spec', (_id, shop, examples) => {
  test('has product and not-product examples', () => {
    expect(examples.product.length).toBeGreaterThan(0);
    expect(examples.notProduct.length).toBeGreaterThan(0);
  });

  test.each([...examples.product])('recognises the product URL %s, and the manifest runs there', (href) => {
    const url = new URL(href);
    expect(shopForUrl(url)?.id).toBe(shop.id);
    expect(manifest.content_scripts[0]!.matches.some((pattern) => patternMatches(pattern, url))).toBe(true);
  });

  test.each([...examples.notProduct])('rejects %s', (href) => {
    const url = new URL(href);
    // A page of this shop, not of another one: the example tests this spec.
    expect(shopHasHost(shop, url.hostname)).toBe(true);
    expect(shopForUrl(url)).toBeUndefined();
  });

  test('rejects plain http and look-alike hosts', () => {
    const [product] = examples.product;
    expect(shopForUrl(new URL(product.replace('https:', 'http:')))).toBeUndefined();
    const url = new URL(product);
    url.hostname = `${url.hostname}.evil.example`;
    expect(shopForUrl(url)).toBeUndefined();
  });

  test('has a saved page in tests/fixtures/INDEX.tsv', () => {
    const saved = fixtures.filter((fixture) => shopHasHost(shop, new URL(fixture.url).hostname));
    expect(
      saved.length,
      `save a page of ${shop.name} in tests/fixtures/pages/<domain>/ and add it to tests/fixtures/INDEX.tsv`,
    ).toBeGreaterThan(0);
  });
});

test('the registry (src/shops/registry.ts) is generated from the shop files as they are now', async () => {
  const shops = await readShopFiles();
  expect(readFileSync(REGISTRY_FILE, 'utf8'), `src/shops/registry.ts is out of date: ${SYNC}`).toBe(await renderRegistry(shops));
  // The options page lists the shops in this order.
  expect(shops.map(({ id }) => id)).toEqual(SHOPS.map((shop) => shop.id));
});

test('the README lists exactly the registered shops', async () => {
  const readme = readFileSync(README_FILE, 'utf8');
  expect(readme, `README.md's shop list is out of date: ${SYNC}`).toBe(readmeWithShops(readme, renderShopList(await readShopFiles())));
});

test('no shop file still holds a placeholder of npm run new-shop', () => {
  const left = readdirSync(SPECS_DIR).filter((file) => readFileSync(join(SPECS_DIR, file), 'utf8').includes('TODO(new-shop)'));
  expect(left, 'fill in the TODO(new-shop) places of these shop files').toEqual([]);
});

test('manifest.json content-script matches are exactly those of the shop registry', () => {
  expect([...manifest.content_scripts[0]!.matches].sort(), `manifest.json is out of date: ${SYNC}`).toEqual(matchPatterns().sort());
});

test('Saturn, on MediaMarkt’s platform, reads and anchors as MediaMarkt does', () => {
  const byId = new Map(SHOPS.map((shop) => [shop.id, shop]));
  const [mediamarkt, saturn] = [byId.get('mediamarkt')!, byId.get('saturn')!];
  expect(saturn.fields).toBe(mediamarkt.fields);
  expect(saturn.anchors).toBe(mediamarkt.anchors);
  expect(saturn.watch).toBe(mediamarkt.watch);
});

test('every Amazon storefront of the foundation issue is covered', () => {
  const amazon = SHOPS.find((shop) => shop.id === 'amazon');
  expect(amazon?.domains).toHaveLength(22);
  for (const tld of [
    'de',
    'com',
    'co.uk',
    'fr',
    'it',
    'es',
    'nl',
    'com.be',
    'se',
    'pl',
    'ie',
    'ca',
    'com.mx',
    'com.br',
    'com.au',
    'co.jp',
    'in',
    'com.tr',
    'ae',
    'sa',
    'sg',
    'eg',
  ]) {
    expect(shopForUrl(new URL(`https://www.amazon.${tld}/dp/B08N5NQ869`))?.id).toBe('amazon');
  }
});

describe('loadProgress: when a loading page is ready for a first look', () => {
  const amazon = shopForUrl(new URL('https://www.amazon.de/dp/B0BZWRSRWV'))!;
  const head =
    '<html><head><title>Amazon.de: Ring Video Doorbell</title><meta property="og:title" content="Amazon.de"></head><body><div id="ppd"><div id="centerCol">';
  const at = (html: string) => loadProgress(amazon, parseHTML(html).document);

  test('not before the anchor and a complete product title are there', () => {
    expect(at(head)).toBeUndefined();
    // The parser is still inside the title: its text may be cut short.
    expect(at(`${head}<div id="titleSection"><h1 id="title"><span id="productTitle">Ring Video`)).toBeUndefined();
  });

  test('once the title is complete, and again for each field that appears', () => {
    const title = `${head}<div id="titleSection"><h1 id="title"><span id="productTitle">Ring Video Doorbell</span></h1></div>\n`;
    const first = at(title);
    expect(first).toBeDefined();
    const withByline = at(`${title}<a id="bylineInfo">Besuche den Ring-Store</a>`);
    expect(withByline).toBeDefined();
    expect(withByline).not.toBe(first);
    expect(at(`${title}<a id="bylineInfo">Besuche den Ring-Store</a><p>more</p>`)).toBe(withByline);
  });
});
