/**
 * eBay item pages in five countries; item specifics are read in the site's language.
 */
import { H1_AFTER } from '../common.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 50;

export const shop: ShopSpec<'ebay'> = {
  id: 'ebay',
  name: 'eBay',
  domains: ['ebay.com', 'ebay.de', 'ebay.co.uk', 'ebay.fr', 'ebay.it'],
  productPaths: ['/itm/*'],
  productUrl: /^\/itm\/(?:[^/?#]+\/)?\d{9,}/,
  fields: {
    title: ['h1.x-item-title__mainTitle', 'h1#itemTitle', 'h1'],
    // The item-specifics class carries the label in the site's language.
    brand: [
      'dl.ux-labels-values--brand dd',
      'dl.ux-labels-values--marke dd',
      'dl.ux-labels-values--marque dd',
      'dl.ux-labels-values--marca dd',
      '[itemprop="brand"]',
    ],
    model: [
      'dl.ux-labels-values--model dd',
      'dl.ux-labels-values--modell dd',
      'dl.ux-labels-values--modèle dd',
      'dl.ux-labels-values--modello dd',
    ],
    categories: ['nav[aria-label="Breadcrumb"] a', 'li > a.seo-breadcrumb-text', '#vi-VR-brumb-lnkLst a'],
  },
  anchors: [{ selector: '.x-item-title', position: 'after' }, H1_AFTER],
};

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: ['https://www.ebay.de/itm/204515604952', 'https://www.ebay.com/itm/Ring-Video-Doorbell/302474151804'],
  notProduct: ['https://www.ebay.de/sch/i.html?_nkw=ring+doorbell', 'https://www.ebay.com/b/Home-Surveillance/48633/bn_1645267'],
};
