/**
 * OTTO (Germany).
 */
import { H1_AFTER } from '../common.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 80;

export const shop: ShopSpec<'otto'> = {
  id: 'otto',
  name: 'OTTO',
  domains: ['otto.de'],
  productPaths: ['/p/*'],
  // Variants change only the #variationId hash; the watcher sees URL changes.
  productUrl: /^\/p\/(?!share\/)[^/?#]+-[A-Z0-9]+\/?/i,
  fields: {
    title: ['h1[data-qa="variation-name"]', 'h1'],
    brand: ['[itemprop="brand"]'],
    categories: ['.nav_breadcrumb-container a', 'nav[aria-label="Breadcrumb"] a'],
  },
  anchors: [H1_AFTER],
  watch: ['main', '#product-details'],
};

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: [
    'https://www.otto.de/p/kaercher-hochdruckreiniger-k-3-full-control-848068924/#variationId=836232854',
    'https://www.otto.de/p/lego-konstruktionsspielsteine-kamera-hommage-an-walt-disney-43230-lego-disney-811-st-made-in-europe-C1725197870/',
  ],
  notProduct: ['https://www.otto.de/twoforfashion/strohtasche/', 'https://www.otto.de/suche/ring/'],
};
