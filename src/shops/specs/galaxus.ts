/**
 * Galaxus in seven countries. Routes on the client, so the script runs on the whole site.
 */
import { H1_AFTER, WHOLE_SITE } from '../common.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 130;

export const shop: ShopSpec<'galaxus'> = {
  id: 'galaxus',
  name: 'Galaxus',
  domains: ['galaxus.de', 'galaxus.ch', 'galaxus.at', 'galaxus.fr', 'galaxus.it', 'galaxus.nl', 'galaxus.be'],
  productPaths: WHOLE_SITE,
  productUrl: /^\/[a-z]{2}\/(?:s\d+\/)?product\/[^?#]*\d+/,
  fields: { title: ['h1'] },
  anchors: [H1_AFTER],
  watch: ['main', '#__next'],
};

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: ['https://www.galaxus.de/de/s1/product/kingston-nv2-1000-gb-m2-2280-ssd-21983494', 'https://www.galaxus.de/de/product/13987916'],
  notProduct: ['https://www.galaxus.de/de/search?q=ring', 'https://www.galaxus.ch/en/s2/producttype/headphones-42'],
};
