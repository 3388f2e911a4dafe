import { describe, expect, test } from 'vitest';
import manifest from '../../manifest.json';
import { matchPatterns, SITES, siteForUrl } from '../../src/sites';

/** Does a manifest match pattern (scheme://host/path with * globs) match a URL? */
function patternMatches(pattern: string, url: URL): boolean {
  const [, host = '', path = ''] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  const hostOk = host.startsWith('*.')
    ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1))
    : url.hostname === host;
  const glob = new RegExp(`^${path.split('*').map((part) => part.replace(/[.?+^$()|[\]\\{}]/g, '\\$&')).join('.*')}$`);
  return url.protocol === 'https:' && hostOk && glob.test(url.pathname + url.search);
}

describe.each(SITES.map((site) => [site.id, site] as const))('%s site spec', (_id, site) => {
  test.each(site.testUrls.product)('recognises the product URL %s, and the manifest runs there', (href) => {
    const url = new URL(href);
    expect(siteForUrl(url)?.id).toBe(site.id);
    expect(manifest.content_scripts[0]!.matches.some((pattern) => patternMatches(pattern, url))).toBe(true);
  });

  test.each(site.testUrls.notProduct)('rejects %s', (href) => {
    expect(siteForUrl(new URL(href))).toBeUndefined();
  });

  test('rejects plain http and look-alike hosts', () => {
    const [product = ''] = site.testUrls.product;
    expect(siteForUrl(new URL(product.replace('https:', 'http:')))).toBeUndefined();
    const url = new URL(product);
    url.hostname = `${url.hostname}.evil.example`;
    expect(siteForUrl(url)).toBeUndefined();
  });
});

test('manifest.json content-script matches are exactly those of the adapter registry', () => {
  expect([...manifest.content_scripts[0]!.matches].sort()).toEqual(matchPatterns().sort());
});

test('every Amazon storefront of the foundation issue is covered', () => {
  const amazon = SITES.find((site) => site.id === 'amazon');
  expect(amazon?.domains).toHaveLength(22);
  for (const tld of ['de', 'com', 'co.uk', 'fr', 'it', 'es', 'nl', 'com.be', 'se', 'pl', 'ie', 'ca', 'com.mx',
    'com.br', 'com.au', 'co.jp', 'in', 'com.tr', 'ae', 'sa', 'sg', 'eg']) {
    expect(siteForUrl(new URL(`https://www.amazon.${tld}/dp/B08N5NQ869`))?.id).toBe('amazon');
  }
});
