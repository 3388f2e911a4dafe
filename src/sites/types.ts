import type { ProductSignals } from '../detect/detect';

/** Where the panel goes: next to this element. */
export interface PanelAnchor {
  element: Element;
  /** `prepend`: as the element's first child, for fallback containers. */
  position: 'before' | 'after' | 'prepend';
}

/**
 * How to read one shop's pages. Small and mostly declarative: which hosts, which URLs are
 * product pages, where title, brand and categories live. Detection itself is shop-agnostic.
 */
export interface SiteAdapter {
  id: string;
  /** Registrable domains, e.g. "amazon.de"; subdomains (www., smile.) are included. */
  domains: readonly string[];
  /** Path globs of product pages, as in manifest match patterns ("/dp/*", "/*\/dp/*"). */
  productPaths: readonly string[];
  /** Decides on the exact URL; the manifest globs only narrow where the script runs. */
  isProductUrl(url: URL): boolean;
  /** Reads what detection needs; undefined when the page is not a product page after all. */
  read(document: Document): ProductSignals | undefined;
  /** Where to place the panel, best first; the first that exists wins. */
  anchor(document: Document): PanelAnchor | undefined;
  /** Real URLs for the tests: product pages and look-alikes that are not. */
  testUrls: { product: readonly string[]; notProduct: readonly string[] };
}
