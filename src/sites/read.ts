/** The generic reader every shop uses: structured data, then the shop's own selectors. */
import type { ProductSignals } from '../detect/detect';
import { textOf, textsOf } from './dom';
import { mergeSignals, readStructuredData } from './structured';
import type { PanelAnchor, SiteSpec } from './types';

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
export function readProduct(site: SiteSpec, document: Document): ProductSignals | undefined {
  const { fields } = site;
  const dom: Partial<ProductSignals> = {
    title: firstText(document, fields.title) ?? '',
    brand: firstText(document, fields.brand),
    categories: firstTexts(document, fields.categories),
    model: firstText(document, fields.model),
  };
  // Where the shop's own fields are the better source and complete, skip the structured data.
  if (site.prefer === 'dom' && dom.title && dom.brand) return mergeSignals(dom);
  const structured = readStructuredData(document);
  return site.prefer === 'dom' ? mergeSignals(dom, structured) : mergeSignals(structured, dom);
}

export function findAnchor(site: SiteSpec, document: Document): PanelAnchor | undefined {
  for (const { selector, position } of site.anchors) {
    const element = document.querySelector(selector);
    if (element) return { element, position };
  }
  return undefined;
}
