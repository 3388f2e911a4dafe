/**
 * Saturn, Germany and Austria: MediaMarkt's platform, so its fields and anchors (mediamarkt.ts).
 */
import { WHOLE_SITE } from '../common.ts';
import { MEDIA_SATURN_FIELDS, shop as mediamarkt } from './mediamarkt.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 70;

export const shop: ShopSpec<'saturn'> = {
  id: 'saturn',
  name: 'Saturn',
  domains: ['saturn.de', 'saturn.at'],
  productPaths: WHOLE_SITE,
  productUrl: /^\/[a-z]{2}\/product\/[^/?#]+\.html/,
  fields: MEDIA_SATURN_FIELDS,
  anchors: mediamarkt.anchors,
  watch: mediamarkt.watch ?? [],
};

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: ['https://www.saturn.de/de/product/_lego-10281-bonsai-baum-2672008.html'],
  notProduct: ['https://www.saturn.de/de/search.html?query=kamera'],
};
