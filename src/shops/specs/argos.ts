/**
 * Argos (United Kingdom).
 */
import { H1_AFTER } from '../common.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 90;

export const shop: ShopSpec<'argos'> = {
  id: 'argos',
  name: 'Argos',
  domains: ['argos.co.uk'],
  productPaths: ['/product/*'],
  productUrl: /^\/product\/\d{6,8}(?:[/?#]|$)/,
  fields: {
    title: ['[data-test="product-title"]', 'h1'],
    categories: ['nav[aria-label="Breadcrumb"] li a', '[data-test="component-breadcrumb"] a'],
  },
  anchors: [
    { selector: '[data-test="product-title"]', position: 'after' },
    { selector: 'section.pdp-breadcrumbs', position: 'after' },
    H1_AFTER,
  ],
};

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: ['https://www.argos.co.uk/product/4667999', 'https://www.argos.co.uk/product/8349000/'],
  notProduct: ['https://www.argos.co.uk/search/ring-doorbell/', 'https://www.argos.co.uk/browse/technology/c:29949/'],
};
