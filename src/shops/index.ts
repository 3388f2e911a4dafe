/** The registry of shop specs. Adding a shop: its file here, example URLs in examples.ts, then `npm run manifest:sync`. */
import { amazon } from './amazon.ts';
import { argos, bestbuy, costco, currys, ebay, galaxus, homedepot, idealo, mediamarkt, otto, saturn, target, walmart } from './shops.ts';
import type { ShopSpec } from './types.ts';

export const SHOPS: readonly ShopSpec[] = [
  amazon, bestbuy, walmart, target, ebay, mediamarkt, saturn, otto, argos, currys, costco, homedepot, galaxus, idealo,
];

function hostMatches(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

/** The shop spec for a URL when it is a product page of a supported shop. */
export function shopForUrl(url: URL, sites: readonly ShopSpec[] = SHOPS): ShopSpec | undefined {
  if (url.protocol !== 'https:') return undefined;
  const path = url.pathname + url.search;
  return sites.find((site) => site.domains.some((domain) => hostMatches(url.hostname, domain)) && site.productUrl.test(path));
}

/** The content-script match patterns the registry implies; manifest.json must list exactly these. */
export function matchPatterns(sites: readonly ShopSpec[] = SHOPS): string[] {
  return sites.flatMap((site) =>
    site.domains.flatMap((domain) => site.productPaths.map((path) => `https://*.${domain}${path}`)),
  );
}
