/**
 * The Home Depot, United States and Canada. Routes on the client, so the script runs on the whole site.
 */
import { H1_AFTER, WHOLE_SITE } from '../common.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 120;

export const shop: ShopSpec<'homedepot'> = {
  id: 'homedepot',
  name: 'The Home Depot',
  domains: ['homedepot.com', 'homedepot.ca'],
  productPaths: WHOLE_SITE,
  productUrl: /^\/(?:p\/(?:[^/?#]+\/)?\d{9}|(?:en|fr)\/home\/p\.[^/?#]+\.\d+\.html)/,
  fields: {
    title: ['[data-component^="product-details:ProductDetailsTitle"] h1', 'h1'],
    brand: [
      '[data-component^="product-details:ProductDetailsBrandCollection"] a h2',
      '[data-component^="product-details:ProductDetailsBrandCollection"] a',
    ],
    categories: ['div[data-component^="breadcrumbs:Breadcrumbs"] .breadcrumb__item a'],
  },
  anchors: [{ selector: '[data-fusion-slot="slotF2"]', position: 'after' }, H1_AFTER],
  watch: ['main', '#root'],
};

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: [
    'https://www.homedepot.com/p/Amazon-Fire-TV-Stick-4K-Select-Start-Streaming-in-4K-AI-Powered-Search-and-Free-and-Live-TV-B0C6W3D4RM/338472996',
  ],
  notProduct: ['https://www.homedepot.com/s/doorbell', 'https://www.homedepot.com/b/Smart-Home-Smart-Security/N-5yc1vZc1jw'],
};
