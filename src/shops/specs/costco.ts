/**
 * Costco, United States, Canada and United Kingdom.
 */
import { H1_AFTER } from '../common.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 110;

export const shop: ShopSpec<'costco'> = {
  id: 'costco',
  name: 'Costco',
  domains: ['costco.com', 'costco.ca', 'costco.co.uk'],
  productPaths: ['/*.product.*'],
  productUrl: /\.product\.\d+\.html/,
  fields: { title: ['h1[itemprop="name"]', 'h1'], brand: ['[itemprop="brand"]'] },
  anchors: [H1_AFTER],
};

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: ['https://www.costco.com/afa-stainless-33-inch-sink-and-semi-pro-faucet-combo.product.100432602.html'],
  notProduct: ['https://www.costco.com/CatalogSearch?keyword=doorbell', 'https://www.costco.com/electronics.html'],
};
