/**
 * Currys, United Kingdom and Ireland (two URL schemes).
 */
import { H1_AFTER } from '../common.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 100;

export const shop: ShopSpec<'currys'> = {
  id: 'currys',
  name: 'Currys',
  domains: ['currys.co.uk', 'currys.ie'],
  productPaths: ['/products/*', '/ieen/*'],
  productUrl: /^\/(?:products\/[^/?#]+-\d{8}\.html|ieen\/[^?#]+-\d{6,8}-pdt\.html)/,
  fields: { title: ['h1.product-title', 'h1'], categories: ['.breadcrumb a', 'nav[aria-label="breadcrumb"] a'] },
  anchors: [H1_AFTER],
};

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: [
    'https://www.currys.co.uk/products/lenovo-ideapad-slim-3-15.3-laptop-copilot-pc-snapdragon-x-256-gb-ssd-luna-grey-10284277.html',
    'https://www.currys.ie/ieen/computing/tablets-and-ereaders/tablets/apple-11-ipad-pro-2020-512-gb-silver-10206131-pdt.html',
  ],
  notProduct: [
    'https://www.currys.co.uk/computing/laptops/laptops',
    'https://www.currys.ie/ieen/search-keywords/xx_xx_xx_xx_xx/ring/xx-criteria.html',
  ],
};
