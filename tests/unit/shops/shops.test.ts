import { describe, expect, test } from 'vitest';
import manifest from '../../../manifest.json';
import { parseHTML } from 'linkedom';
import { matchPatterns, SHOPS, shopForUrl } from '../../../src/shops/index.ts';
import { EXAMPLE_URLS } from '../../../src/shops/examples.ts';
import { loadProgress } from '../../../src/shops/read.ts';
import { patternMatches } from '../../support/match-pattern.ts';

test('every shop has example URLs, and every example belongs to a shop', () => {
  expect(Object.keys(EXAMPLE_URLS).sort()).toEqual(SHOPS.map((site) => site.id).sort());
});

describe.each(SHOPS.map((site) => [site.id, site, EXAMPLE_URLS[site.id] ?? { product: [], notProduct: [] }] as const))('%s site spec', (_id, site, examples) => {
  test.each(examples.product)('recognises the product URL %s, and the manifest runs there', (href) => {
    const url = new URL(href);
    expect(shopForUrl(url)?.id).toBe(site.id);
    expect(manifest.content_scripts[0]!.matches.some((pattern) => patternMatches(pattern, url))).toBe(true);
  });

  test.each(examples.notProduct)('rejects %s', (href) => {
    expect(shopForUrl(new URL(href))).toBeUndefined();
  });

  test('rejects plain http and look-alike hosts', () => {
    const [product = ''] = examples.product;
    expect(shopForUrl(new URL(product.replace('https:', 'http:')))).toBeUndefined();
    const url = new URL(product);
    url.hostname = `${url.hostname}.evil.example`;
    expect(shopForUrl(url)).toBeUndefined();
  });
});

test('manifest.json content-script matches are exactly those of the adapter registry', () => {
  expect([...manifest.content_scripts[0]!.matches].sort()).toEqual(matchPatterns().sort());
});

test('every Amazon storefront of the foundation issue is covered', () => {
  const amazon = SHOPS.find((site) => site.id === 'amazon');
  expect(amazon?.domains).toHaveLength(22);
  for (const tld of ['de', 'com', 'co.uk', 'fr', 'it', 'es', 'nl', 'com.be', 'se', 'pl', 'ie', 'ca', 'com.mx',
    'com.br', 'com.au', 'co.jp', 'in', 'com.tr', 'ae', 'sa', 'sg', 'eg']) {
    expect(shopForUrl(new URL(`https://www.amazon.${tld}/dp/B08N5NQ869`))?.id).toBe('amazon');
  }
});

describe('loadProgress: when a loading page is ready for a first look', () => {
  const amazon = shopForUrl(new URL('https://www.amazon.de/dp/B0BZWRSRWV'))!;
  const head = '<html><head><title>Amazon.de: Ring Video Doorbell</title><meta property="og:title" content="Amazon.de"></head><body><div id="ppd"><div id="centerCol">';
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
