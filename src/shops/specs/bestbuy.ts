/**
 * Best Buy, United States and Canada. Routes on the client, so the script runs on the whole site.
 */
import { H1_AFTER, WHOLE_SITE } from '../common.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 20;

export const shop: ShopSpec<'bestbuy'> = {
  id: 'bestbuy',
  name: 'Best Buy',
  domains: ['bestbuy.com', 'bestbuy.ca'],
  productPaths: WHOLE_SITE,
  // .com: /site/<slug>/<sku>.p and /product/<slug>/<id>; .ca: /en-ca/product/<slug>/<id>.
  productUrl: /^\/(?:site\/[^?#]*\/\d+\.p(?:[?#]|$)|product\/[^/]+\/[A-Z0-9]{10}(?:[/?#]|$)|(?:en|fr)-ca\/product\/[^/]+\/\d+)/i,
  fields: {
    title: ['h1[itemprop="name"]', '.sku-title h1', 'h1'],
    categories: ['nav[aria-label="pdp-breadcrumb"] li a', '[data-automation="breadcrumb-container"] li a'],
  },
  anchors: [H1_AFTER],
  watch: ['main', '#root'],
};

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: [
    'https://www.bestbuy.com/site/anker-power-bank/6500000.p?skuId=6500000',
    'https://www.bestbuy.com/product/nintendo-switch-2-system-black/JJGCQ8WQ7K/sku/6614313',
    'https://www.bestbuy.ca/en-ca/product/google-nest-hello-wi-fi-video-doorbell-black-white/12222651',
  ],
  notProduct: [
    'https://www.bestbuy.com/site/searchpage.jsp?st=portable+charger',
    'https://www.bestbuy.com/site/electronics/mobile-cell-phones/abcat0800000.c?id=abcat0800000',
    'https://www.bestbuy.ca/en-ca/search?search=doorbell',
  ],
};
