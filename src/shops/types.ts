/** Where the panel goes: next to this element. */
export interface PanelAnchor {
  element: Element;
  /** `prepend`: as the element's first child, for fallback containers. */
  position: 'before' | 'after' | 'prepend';
}

export interface AnchorSpec {
  selector: string;
  position: PanelAnchor['position'];
}

/**
 * How to read one shop's pages, as data: which hosts, which URLs are product pages, where the
 * product title, brand, breadcrumbs and model live, and where the panel goes. The generic reader
 * (read.ts) takes schema.org / Open Graph data first and these selectors for what it lacks, so a
 * shop whose layout changes keeps working from its structured data. Detection is shop-agnostic.
 */
export interface ShopSpec<Id extends string = string> {
  /** The file's name in src/shops/specs/ (`<id>.ts`); also the key of settings.disabledShops. */
  id: Id;
  /** The shop's name as users know it (options page). */
  name: string;
  /** Registrable domains, e.g. "amazon.de"; subdomains (www., smile.) are included. */
  domains: readonly string[];
  /** Path globs of product pages, as in manifest match patterns ("/dp/*", "/*\/dp/*"). */
  productPaths: readonly string[];
  /** Decides on the exact path (and query); the manifest globs only narrow where the script runs. */
  productUrl: RegExp;
  /** CSS selectors, best first; for `categories` every match of the first matching selector. */
  fields: {
    title?: readonly string[];
    brand?: readonly string[];
    categories?: readonly string[];
    model?: readonly string[];
    /**
     * Product text beyond the title (feature bullets, spec table), every match of every selector:
     * read only for a camera of a brand we have no record of, to find the app it uses.
     */
    details?: readonly string[];
  };
  /** `dom` where the shop's own fields are better than its structured data (Amazon's bylines). */
  prefer?: 'structured' | 'dom';
  /** Where to place the panel, best first; the first that exists wins. */
  anchors: readonly AnchorSpec[];
  /** Containers whose changes mean the product may have changed (variant switch, re-render). */
  watch?: readonly string[];
}

/**
 * Real URLs of one shop, for the tests (tests/unit/shops/): product pages its spec must recognise,
 * and others of the same shop it must not. Each shop file exports them apart from its spec, so the
 * content script, which imports only the spec, does not ship them. At least one of each.
 */
export interface ShopExamples {
  product: readonly [string, ...string[]];
  notProduct: readonly [string, ...string[]];
}
