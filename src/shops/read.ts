/** The generic reader every shop uses: structured data, then the shop's own selectors. */
import type { ProductSignals } from '../detect/detect.ts';
import { textOf, textsOf } from './dom.ts';
import { mergeSignals, readStructuredData } from './structured.ts';
import type { PanelAnchor, ShopSpec } from './types.ts';

function firstText(document: Document, selectors: readonly string[] | undefined): string | undefined {
  for (const selector of selectors ?? []) {
    const text = textOf(document, selector);
    if (text) return text;
  }
  return undefined;
}

function firstTexts(document: Document, selectors: readonly string[] | undefined): string[] {
  for (const selector of selectors ?? []) {
    const texts = textsOf(document, selector);
    if (texts.length > 0) return texts;
  }
  return [];
}

/** What detection needs from a product page; undefined when no product title is found. */
export function readProduct(shop: ShopSpec, document: Document): ProductSignals | undefined {
  const { fields } = shop;
  const dom: Partial<ProductSignals> = {
    title: firstText(document, fields.title) ?? '',
    brand: firstText(document, fields.brand),
    categories: firstTexts(document, fields.categories),
    model: firstText(document, fields.model),
  };
  // Where the shop's own fields are the better source and complete, skip the structured data.
  if (shop.prefer === 'dom' && dom.title && dom.brand) return mergeSignals(dom);
  const structured = readStructuredData(document);
  return shop.prefer === 'dom' ? mergeSignals(dom, structured) : mergeSignals(structured, dom);
}

/** Most product text read for an app name: feature bullets run to a few thousand characters. */
const MAX_DETAILS = 8000;

/**
 * The product text beyond the title where shops name the app a camera works with: the spec's
 * `details` selectors and the page's description meta tags. Bounded in length.
 */
export function readDetails(shop: ShopSpec, document: Document): string[] {
  const texts: string[] = [];
  let length = 0;
  for (const selector of shop.fields.details ?? []) {
    for (const text of textsOf(document, selector, 40)) {
      if (length > MAX_DETAILS) return texts;
      texts.push(text);
      length += text.length;
    }
  }
  for (const selector of ['meta[name="description"]', 'meta[property="og:description"]']) {
    const content = document.querySelector(selector)?.getAttribute('content');
    if (content) texts.push(content.slice(0, 2000));
  }
  return texts;
}

export function findAnchor(shop: ShopSpec, document: Document): PanelAnchor | undefined {
  for (const { selector, position } of shop.anchors) {
    const element = document.querySelector(selector);
    if (element) return { element, position };
  }
  return undefined;
}

/** Whether the parser has moved past the end of `element` (its text is complete). */
function parsedPast(element: Element): boolean {
  for (let node: Node | null = element; node; node = node.parentNode) {
    if (node.nextSibling) return true;
  }
  return false;
}

/**
 * How far a loading page has got with what detection reads: which anchor, title, brand, category
 * and model selectors match. A few lookups, cheap enough to check before every frame. Undefined
 * until there is an anchor and a complete product title (before that, a reading would fall back to
 * the page's <title> or og:title, which on some shops names the shop, not the maker).
 */
export function loadProgress(shop: ShopSpec, document: Document): string | undefined {
  const first = (selectors: readonly string[] | undefined) => {
    for (const [index, selector] of (selectors ?? []).entries()) {
      const element = document.querySelector(selector);
      if (element) return { index, element };
    }
    return undefined;
  };
  const anchor = first(shop.anchors.map(({ selector }) => selector));
  if (!anchor) return undefined;
  const { fields } = shop;
  const title = first(fields.title);
  if (fields.title && !(title && parsedPast(title.element))) return undefined;
  return [anchor.index, title?.index, first(fields.brand)?.index, first(fields.categories)?.index, first(fields.model)?.index].join();
}
