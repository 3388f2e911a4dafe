/**
 * The shops besides Amazon, one spec each. Selectors were checked on the saved pages in
 * tests/fixtures/pages/<shop>/ where we have them, and otherwise taken from the documented page
 * structure in docs/research/shop-structures.md; every spec relies first on the page's
 * schema.org / Open Graph data, which these shops publish.
 */
import type { ShopSpec } from './types.ts';

const H1_AFTER = { selector: 'h1', position: 'after' } as const;

/** Client-side routed shops: the script runs on every page so that it sees in-app navigation. */
const WHOLE_SITE = ['/*'] as const;

export const bestbuy: ShopSpec = {
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

export const walmart: ShopSpec = {
  id: 'walmart',
  name: 'Walmart',
  domains: ['walmart.com'],
  productPaths: WHOLE_SITE,
  productUrl: /^\/ip\/(?:[^/?#]+\/)?\d+/,
  fields: { title: ['h1#main-title', 'h1[itemprop="name"]', 'h1'] },
  anchors: [H1_AFTER],
  watch: ['main'],
};

export const target: ShopSpec = {
  id: 'target',
  name: 'Target',
  domains: ['target.com'],
  productPaths: WHOLE_SITE,
  productUrl: /^\/p\/(?:[^/?#]+\/)?-\/A-\d+/,
  fields: {
    title: ['h1[data-test="product-title"]', 'h1'],
    categories: ['[data-test="@web/Breadcrumbs/BreadcrumbLink"]'],
  },
  anchors: [{ selector: 'h1[data-test="product-title"]', position: 'after' }, H1_AFTER],
  watch: ['main', '#pageBodyContainer'],
};

export const ebay: ShopSpec = {
  id: 'ebay',
  name: 'eBay',
  domains: ['ebay.com', 'ebay.de', 'ebay.co.uk', 'ebay.fr', 'ebay.it'],
  productPaths: ['/itm/*'],
  productUrl: /^\/itm\/(?:[^/?#]+\/)?\d{9,}/,
  fields: {
    title: ['h1.x-item-title__mainTitle', 'h1#itemTitle', 'h1'],
    // The item-specifics class carries the label in the site's language.
    brand: [
      'dl.ux-labels-values--brand dd', 'dl.ux-labels-values--marke dd', 'dl.ux-labels-values--marque dd',
      'dl.ux-labels-values--marca dd', '[itemprop="brand"]',
    ],
    model: ['dl.ux-labels-values--model dd', 'dl.ux-labels-values--modell dd', 'dl.ux-labels-values--modèle dd', 'dl.ux-labels-values--modello dd'],
    categories: ['nav[aria-label="Breadcrumb"] a', 'li > a.seo-breadcrumb-text', '#vi-VR-brumb-lnkLst a'],
  },
  anchors: [{ selector: '.x-item-title', position: 'after' }, H1_AFTER],
};

const MEDIA_SATURN_FIELDS: ShopSpec['fields'] = {
  title: ['h1'],
  brand: ['[data-test="mms-router-link"] span', '[itemprop="brand"]'],
  categories: ['[data-test="mms-breadcrumb"] a', 'nav[aria-label="breadcrumbs"] li a', 'nav[aria-label="Breadcrumb"] a'],
};

export const mediamarkt: ShopSpec = {
  id: 'mediamarkt',
  name: 'MediaMarkt',
  domains: [
    'mediamarkt.de', 'mediamarkt.at', 'mediamarkt.nl', 'mediamarkt.be', 'mediamarkt.es', 'mediamarkt.it',
    'mediamarkt.pl', 'mediamarkt.ch', 'mediamarkt.hu', 'mediamarkt.se', 'mediamarkt.pt',
  ],
  productPaths: WHOLE_SITE,
  // /de/product/_<slug>-<id>.html on the shared platform; /products/<slug> on mediamarkt.pt.
  productUrl: /^\/(?:[a-z]{2}\/product\/[^/?#]+\.html|products\/[^/?#]+)/,
  fields: MEDIA_SATURN_FIELDS,
  // The site re-renders and can remove inserted elements: the content script re-inserts.
  anchors: [{ selector: 'h1', position: 'after' }, { selector: "div[data-test='mms-pdp-offer-selection']", position: 'prepend' }],
  watch: ['main', '#root'],
};

export const saturn: ShopSpec = {
  id: 'saturn',
  name: 'Saturn',
  domains: ['saturn.de', 'saturn.at'],
  productPaths: WHOLE_SITE,
  productUrl: /^\/[a-z]{2}\/product\/[^/?#]+\.html/,
  fields: MEDIA_SATURN_FIELDS,
  anchors: mediamarkt.anchors,
  watch: mediamarkt.watch ?? [],
};

export const otto: ShopSpec = {
  id: 'otto',
  name: 'OTTO',
  domains: ['otto.de'],
  productPaths: ['/p/*'],
  // Variants change only the #variationId hash; the watcher sees URL changes.
  productUrl: /^\/p\/(?!share\/)[^/?#]+-[A-Z0-9]+\/?/i,
  fields: {
    title: ['h1[data-qa="variation-name"]', 'h1'],
    brand: ['[itemprop="brand"]'],
    categories: ['.nav_breadcrumb-container a', 'nav[aria-label="Breadcrumb"] a'],
  },
  anchors: [H1_AFTER],
  watch: ['main', '#product-details'],
};

export const argos: ShopSpec = {
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

export const currys: ShopSpec = {
  id: 'currys',
  name: 'Currys',
  domains: ['currys.co.uk', 'currys.ie'],
  productPaths: ['/products/*', '/ieen/*'],
  productUrl: /^\/(?:products\/[^/?#]+-\d{8}\.html|ieen\/[^?#]+-\d{6,8}-pdt\.html)/,
  fields: { title: ['h1.product-title', 'h1'], categories: ['.breadcrumb a', 'nav[aria-label="breadcrumb"] a'] },
  anchors: [H1_AFTER],
};

export const costco: ShopSpec = {
  id: 'costco',
  name: 'Costco',
  domains: ['costco.com', 'costco.ca', 'costco.co.uk'],
  productPaths: ['/*.product.*'],
  productUrl: /\.product\.\d+\.html/,
  fields: { title: ['h1[itemprop="name"]', 'h1'], brand: ['[itemprop="brand"]'] },
  anchors: [H1_AFTER],
};

export const homedepot: ShopSpec = {
  id: 'homedepot',
  name: 'The Home Depot',
  domains: ['homedepot.com', 'homedepot.ca'],
  productPaths: WHOLE_SITE,
  productUrl: /^\/(?:p\/(?:[^/?#]+\/)?\d{9}|(?:en|fr)\/home\/p\.[^/?#]+\.\d+\.html)/,
  fields: {
    title: ['[data-component^="product-details:ProductDetailsTitle"] h1', 'h1'],
    brand: ['[data-component^="product-details:ProductDetailsBrandCollection"] a h2', '[data-component^="product-details:ProductDetailsBrandCollection"] a'],
    categories: ['div[data-component^="breadcrumbs:Breadcrumbs"] .breadcrumb__item a'],
  },
  anchors: [{ selector: '[data-fusion-slot="slotF2"]', position: 'after' }, H1_AFTER],
  watch: ['main', '#root'],
};

export const galaxus: ShopSpec = {
  id: 'galaxus',
  name: 'Galaxus',
  domains: ['galaxus.de', 'galaxus.ch', 'galaxus.at', 'galaxus.fr', 'galaxus.it', 'galaxus.nl', 'galaxus.be'],
  productPaths: WHOLE_SITE,
  productUrl: /^\/[a-z]{2}\/(?:s\d+\/)?product\/[^?#]*\d+/,
  fields: { title: ['h1'] },
  anchors: [H1_AFTER],
  watch: ['main', '#__next'],
};

export const idealo: ShopSpec = {
  id: 'idealo',
  name: 'idealo',
  domains: ['idealo.de'],
  productPaths: ['/preisvergleich/OffersOfProduct/*'],
  productUrl: /^\/preisvergleich\/OffersOfProduct\/\d+/,
  fields: { title: ['#oopStage-title', 'h1'], categories: ['.breadcrumb a', 'nav[aria-label="breadcrumb"] a'] },
  anchors: [{ selector: '#oopStage-title', position: 'after' }, H1_AFTER],
};
