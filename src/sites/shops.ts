/**
 * The shops besides Amazon, one spec each. Selectors were checked on the saved pages in
 * tests/fixtures/pages/<shop>/ where we have them, and otherwise taken from the documented page
 * structure in docs/research/shop-structures.md; every spec relies first on the page's
 * schema.org / Open Graph data, which these shops publish.
 */
import type { SiteSpec } from './types';

const H1_AFTER = { selector: 'h1', position: 'after' } as const;

/** Client-side routed shops: the script runs on every page so that it sees in-app navigation. */
const WHOLE_SITE = ['/*'] as const;

export const bestbuy: SiteSpec = {
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
  testUrls: {
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
  },
};

export const walmart: SiteSpec = {
  id: 'walmart',
  name: 'Walmart',
  domains: ['walmart.com'],
  productPaths: WHOLE_SITE,
  productUrl: /^\/ip\/(?:[^/?#]+\/)?\d+/,
  fields: { title: ['h1#main-title', 'h1[itemprop="name"]', 'h1'] },
  anchors: [H1_AFTER],
  watch: ['main'],
  testUrls: {
    product: ['https://www.walmart.com/ip/193361645', 'https://www.walmart.com/ip/Ring-Video-Doorbell/123456789'],
    notProduct: ['https://www.walmart.com/search?q=doorbell', 'https://www.walmart.com/browse/electronics/3944'],
  },
};

export const target: SiteSpec = {
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
  testUrls: {
    product: [
      'https://www.target.com/p/apple-airpods-pro-2nd-generation/-/A-85978612',
      'https://www.target.com/p/-/A-85978612',
    ],
    notProduct: ['https://www.target.com/s?searchTerm=doorbell', 'https://www.target.com/c/home-security/-/N-5xt0f'],
  },
};

export const ebay: SiteSpec = {
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
  testUrls: {
    product: ['https://www.ebay.de/itm/204515604952', 'https://www.ebay.com/itm/Ring-Video-Doorbell/302474151804'],
    notProduct: ['https://www.ebay.de/sch/i.html?_nkw=ring+doorbell', 'https://www.ebay.com/b/Home-Surveillance/48633/bn_1645267'],
  },
};

const MEDIA_SATURN_FIELDS: SiteSpec['fields'] = {
  title: ['h1'],
  brand: ['[data-test="mms-router-link"] span', '[itemprop="brand"]'],
  categories: ['[data-test="mms-breadcrumb"] a', 'nav[aria-label="breadcrumbs"] li a', 'nav[aria-label="Breadcrumb"] a'],
};

export const mediamarkt: SiteSpec = {
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
  testUrls: {
    product: [
      'https://www.mediamarkt.de/de/product/_samsung-gu55du7170-led-tv-flat-55-zoll-138-cm-uhd-4k-smart-tv-tizen-2924382.html',
      'https://www.mediamarkt.be/nl/product/airpods-4-anc.html',
      'https://mediamarkt.pt/products/aspirador-robot-roborock-s6-pure-preto',
    ],
    notProduct: ['https://www.mediamarkt.at/de/search.html?query=ring', 'https://www.mediamarkt.de/de/category/ueberwachungskameras-1234.html'],
  },
};

export const saturn: SiteSpec = {
  id: 'saturn',
  name: 'Saturn',
  domains: ['saturn.de', 'saturn.at'],
  productPaths: WHOLE_SITE,
  productUrl: /^\/[a-z]{2}\/product\/[^/?#]+\.html/,
  fields: MEDIA_SATURN_FIELDS,
  anchors: mediamarkt.anchors,
  watch: mediamarkt.watch ?? [],
  testUrls: {
    product: ['https://www.saturn.de/de/product/_lego-10281-bonsai-baum-2672008.html'],
    notProduct: ['https://www.saturn.de/de/search.html?query=kamera'],
  },
};

export const otto: SiteSpec = {
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
  testUrls: {
    product: [
      'https://www.otto.de/p/kaercher-hochdruckreiniger-k-3-full-control-848068924/#variationId=836232854',
      'https://www.otto.de/p/lego-konstruktionsspielsteine-kamera-hommage-an-walt-disney-43230-lego-disney-811-st-made-in-europe-C1725197870/',
    ],
    notProduct: ['https://www.otto.de/twoforfashion/strohtasche/', 'https://www.otto.de/suche/ring/'],
  },
};

export const argos: SiteSpec = {
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
  testUrls: {
    product: ['https://www.argos.co.uk/product/4667999', 'https://www.argos.co.uk/product/8349000/'],
    notProduct: ['https://www.argos.co.uk/search/ring-doorbell/', 'https://www.argos.co.uk/browse/technology/c:29949/'],
  },
};

export const currys: SiteSpec = {
  id: 'currys',
  name: 'Currys',
  domains: ['currys.co.uk', 'currys.ie'],
  productPaths: ['/products/*', '/ieen/*'],
  productUrl: /^\/(?:products\/[^/?#]+-\d{8}\.html|ieen\/[^?#]+-\d{6,8}-pdt\.html)/,
  fields: { title: ['h1.product-title', 'h1'], categories: ['.breadcrumb a', 'nav[aria-label="breadcrumb"] a'] },
  anchors: [H1_AFTER],
  testUrls: {
    product: [
      'https://www.currys.co.uk/products/lenovo-ideapad-slim-3-15.3-laptop-copilot-pc-snapdragon-x-256-gb-ssd-luna-grey-10284277.html',
      'https://www.currys.ie/ieen/computing/tablets-and-ereaders/tablets/apple-11-ipad-pro-2020-512-gb-silver-10206131-pdt.html',
    ],
    notProduct: ['https://www.currys.co.uk/computing/laptops/laptops', 'https://www.currys.ie/ieen/search-keywords/xx_xx_xx_xx_xx/ring/xx-criteria.html'],
  },
};

export const costco: SiteSpec = {
  id: 'costco',
  name: 'Costco',
  domains: ['costco.com', 'costco.ca', 'costco.co.uk'],
  productPaths: ['/*.product.*'],
  productUrl: /\.product\.\d+\.html/,
  fields: { title: ['h1[itemprop="name"]', 'h1'], brand: ['[itemprop="brand"]'] },
  anchors: [H1_AFTER],
  testUrls: {
    product: ['https://www.costco.com/afa-stainless-33-inch-sink-and-semi-pro-faucet-combo.product.100432602.html'],
    notProduct: ['https://www.costco.com/CatalogSearch?keyword=doorbell', 'https://www.costco.com/electronics.html'],
  },
};

export const homedepot: SiteSpec = {
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
  testUrls: {
    product: [
      'https://www.homedepot.com/p/Amazon-Fire-TV-Stick-4K-Select-Start-Streaming-in-4K-AI-Powered-Search-and-Free-and-Live-TV-B0C6W3D4RM/338472996',
    ],
    notProduct: ['https://www.homedepot.com/s/doorbell', 'https://www.homedepot.com/b/Smart-Home-Smart-Security/N-5yc1vZc1jw'],
  },
};

export const galaxus: SiteSpec = {
  id: 'galaxus',
  name: 'Galaxus',
  domains: ['galaxus.de', 'galaxus.ch', 'galaxus.at', 'galaxus.fr', 'galaxus.it', 'galaxus.nl', 'galaxus.be'],
  productPaths: WHOLE_SITE,
  productUrl: /^\/[a-z]{2}\/(?:s\d+\/)?product\/[^?#]*\d+/,
  fields: { title: ['h1'] },
  anchors: [H1_AFTER],
  watch: ['main', '#__next'],
  testUrls: {
    product: [
      'https://www.galaxus.de/de/s1/product/kingston-nv2-1000-gb-m2-2280-ssd-21983494',
      'https://www.galaxus.de/de/product/13987916',
    ],
    notProduct: ['https://www.galaxus.de/de/search?q=ring', 'https://www.galaxus.ch/en/s2/producttype/headphones-42'],
  },
};

export const idealo: SiteSpec = {
  id: 'idealo',
  name: 'idealo',
  domains: ['idealo.de'],
  productPaths: ['/preisvergleich/OffersOfProduct/*'],
  productUrl: /^\/preisvergleich\/OffersOfProduct\/\d+/,
  fields: { title: ['#oopStage-title', 'h1'], categories: ['.breadcrumb a', 'nav[aria-label="breadcrumb"] a'] },
  anchors: [{ selector: '#oopStage-title', position: 'after' }, H1_AFTER],
  testUrls: {
    product: [
      'https://www.idealo.de/preisvergleich/OffersOfProduct/206209607_-magnesia-7-1-magnesium-komplex-vegan-kapseln-90-stk-natugena.html',
    ],
    notProduct: [
      'https://www.idealo.de/preisvergleich/MainSearchProductCategory.html?q=ring',
      'https://www.idealo.de/preisvergleich/ProductCategory/19116.html',
    ],
  },
};
