/**
 * MediaMarkt in eleven countries. Routes on the client, so the script runs on the whole site.
 * Saturn runs on the same platform and takes its fields and anchors from here (saturn.ts).
 */
import { WHOLE_SITE } from '../common.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** The fields of the MediaMarkt–Saturn platform, shared with saturn.ts. */
export const MEDIA_SATURN_FIELDS: ShopSpec['fields'] = {
  title: ['h1'],
  brand: ['[data-test="mms-router-link"] span', '[itemprop="brand"]'],
  categories: ['[data-test="mms-breadcrumb"] a', 'nav[aria-label="breadcrumbs"] li a', 'nav[aria-label="Breadcrumb"] a'],
};

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 60;

export const shop: ShopSpec<'mediamarkt'> = {
  id: 'mediamarkt',
  name: 'MediaMarkt',
  domains: [
    'mediamarkt.de',
    'mediamarkt.at',
    'mediamarkt.nl',
    'mediamarkt.be',
    'mediamarkt.es',
    'mediamarkt.it',
    'mediamarkt.pl',
    'mediamarkt.ch',
    'mediamarkt.hu',
    'mediamarkt.se',
    'mediamarkt.pt',
  ],
  productPaths: WHOLE_SITE,
  // /de/product/_<slug>-<id>.html on the shared platform; /products/<slug> on mediamarkt.pt.
  productUrl: /^\/(?:[a-z]{2}\/product\/[^/?#]+\.html|products\/[^/?#]+)/,
  fields: MEDIA_SATURN_FIELDS,
  // The site re-renders and can remove inserted elements: the content script re-inserts.
  anchors: [
    { selector: 'h1', position: 'after' },
    { selector: "div[data-test='mms-pdp-offer-selection']", position: 'prepend' },
  ],
  watch: ['main', '#root'],
};

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: [
    'https://www.mediamarkt.de/de/product/_samsung-gu55du7170-led-tv-flat-55-zoll-138-cm-uhd-4k-smart-tv-tizen-2924382.html',
    'https://www.mediamarkt.be/nl/product/airpods-4-anc.html',
    'https://mediamarkt.pt/products/aspirador-robot-roborock-s6-pure-preto',
  ],
  notProduct: [
    'https://www.mediamarkt.at/de/search.html?query=ring',
    'https://www.mediamarkt.de/de/category/ueberwachungskameras-1234.html',
  ],
};
