/**
 * Reads the product a page describes from its structured data — schema.org Product in JSON-LD
 * or microdata, and Open Graph product tags — so that a shop whose layout changes still works.
 * Defensive: pages are hostile input, so sizes are bounded and nothing here throws.
 */
import type { ProductSignals } from '../detect/detect.ts';
import { MAX_TEXT } from '../shared/normalize.ts';
import { clipText } from './dom.ts';

/** JSON-LD blocks larger than this are skipped: product data is small, ad payloads are not. */
const MAX_JSON_LD = 200_000;
const MAX_BLOCKS = 20;
const MAX_DEPTH = 8;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return clipText(value, MAX_TEXT) || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (isRecord(value)) return text(value['name']);
  return undefined;
}

function hasProductType(node: Record<string, Json>): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some(
    (item) =>
      typeof item === 'string' && /^(?:https?:\/\/schema\.org\/)?(Product|ProductGroup|IndividualProduct|ProductModel)$/i.test(item),
  );
}

/** The first schema.org Product in a parsed JSON-LD value (searching @graph and nested arrays). */
function findProduct(value: Json, depth = 0): Record<string, Json> | undefined {
  if (depth > MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 50)) {
      const found = findProduct(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  if (hasProductType(value)) return value;
  for (const key of ['@graph', 'mainEntity', 'itemOffered', 'object', 'hasVariant']) {
    const nested = value[key];
    if (nested !== undefined) {
      const found = findProduct(nested, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}

function categories(value: Json | undefined): string[] {
  const raw = text(value);
  return raw
    ? raw
        .split(/\s*(?:>|›|\/|\|)\s*/)
        .filter(Boolean)
        .slice(0, 12)
    : [];
}

function fromJsonLd(document: Document): Partial<ProductSignals> | undefined {
  const blocks = document.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < blocks.length && i < MAX_BLOCKS; i += 1) {
    const source = blocks[i]?.textContent ?? '';
    if (source.length > MAX_JSON_LD) continue;
    let parsed: Json;
    try {
      parsed = JSON.parse(source) as Json;
    } catch {
      continue;
    }
    const product = findProduct(parsed);
    if (!product) continue;
    return {
      title: text(product['name']) ?? '',
      brand: text(product['brand']) ?? text(product['manufacturer']),
      categories: categories(product['category']),
      model: text(product['model']) ?? text(product['mpn']),
    };
  }
  return undefined;
}

/** A property of this item scope itself, not of an item nested in it (breadcrumbs, offers, brands). */
function itemprop(scope: Element, name: string): string | undefined {
  const element = [...scope.querySelectorAll(`[itemprop~="${name}"]`)]
    .slice(0, 50)
    .find((candidate) => candidate.parentElement?.closest('[itemscope]') === scope);
  if (!element) return undefined;
  const value = element.getAttribute('content') ?? element.querySelector('[itemprop="name"]')?.textContent ?? element.textContent;
  return clipText(value) || undefined;
}

function fromMicrodata(document: Document): Partial<ProductSignals> | undefined {
  const scope = document.querySelector('[itemscope][itemtype$="schema.org/Product"], [itemscope][itemtype$="schema.org/Product/"]');
  if (!scope) return undefined;
  return {
    title: itemprop(scope, 'name') ?? '',
    brand: itemprop(scope, 'brand') ?? itemprop(scope, 'manufacturer'),
    categories: categories(itemprop(scope, 'category')),
    model: itemprop(scope, 'model') ?? itemprop(scope, 'mpn'),
  };
}

function meta(document: Document, property: string): string | undefined {
  const value = document.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute('content');
  return value ? clipText(value, MAX_TEXT) || undefined : undefined;
}

function fromOpenGraph(document: Document): Partial<ProductSignals> | undefined {
  const type = meta(document, 'og:type');
  if (!type || !/product/i.test(type)) return undefined;
  return {
    title: meta(document, 'og:title') ?? '',
    brand: meta(document, 'product:brand') ?? meta(document, 'og:brand'),
    categories: categories(meta(document, 'product:category')),
  };
}

/** Merges partial readings: the first non-empty value of each field wins. */
export function mergeSignals(...readings: (Partial<ProductSignals> | undefined)[]): ProductSignals | undefined {
  const result: ProductSignals = { title: '' };
  for (const reading of readings) {
    if (!reading) continue;
    if (!result.title && reading.title) result.title = reading.title;
    if (!result.brand && reading.brand) result.brand = reading.brand;
    if (!result.model && reading.model) result.model = reading.model;
    if ((result.categories ?? []).length === 0 && reading.categories && reading.categories.length > 0) {
      result.categories = reading.categories;
    }
  }
  return result.title ? result : undefined;
}

/** The product described by the page's structured data, if any. */
export function readStructuredData(document: Document): Partial<ProductSignals> | undefined {
  try {
    return mergeSignals(fromJsonLd(document), fromMicrodata(document), fromOpenGraph(document));
  } catch {
    return undefined;
  }
}
