/**
 * Walmart (United States). Routes on the client, so the script runs on the whole site.
 */
import { H1_AFTER, WHOLE_SITE } from '../common.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 30;

export const shop: ShopSpec<'walmart'> = {
  id: 'walmart',
  name: 'Walmart',
  domains: ['walmart.com'],
  productPaths: WHOLE_SITE,
  productUrl: /^\/ip\/(?:[^/?#]+\/)?\d+/,
  fields: { title: ['h1#main-title', 'h1[itemprop="name"]', 'h1'] },
  anchors: [H1_AFTER],
  watch: ['main'],
};

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: ['https://www.walmart.com/ip/193361645', 'https://www.walmart.com/ip/Ring-Video-Doorbell/123456789'],
  notProduct: ['https://www.walmart.com/search?q=doorbell', 'https://www.walmart.com/browse/electronics/3944'],
};
