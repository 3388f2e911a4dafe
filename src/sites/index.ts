/** The registry of shop adapters. Adding a shop means adding its file here and to manifest.json. */
import { amazon } from './amazon';
import type { SiteAdapter } from './types';

export const SITES: readonly SiteAdapter[] = [amazon];

function hostMatches(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

/** The adapter for a URL when it is a product page of a supported shop. */
export function siteForUrl(url: URL, sites: readonly SiteAdapter[] = SITES): SiteAdapter | undefined {
  if (url.protocol !== 'https:') return undefined;
  return sites.find((site) => site.domains.some((domain) => hostMatches(url.hostname, domain)) && site.isProductUrl(url));
}

/** The content-script match patterns the registry implies; manifest.json must list exactly these. */
export function matchPatterns(sites: readonly SiteAdapter[] = SITES): string[] {
  return sites.flatMap((site) =>
    site.domains.flatMap((domain) => site.productPaths.map((path) => `https://*.${domain}${path}`)),
  );
}
