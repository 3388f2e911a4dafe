/**
 * Amazon, every storefront. Selectors verified on the saved pages in tests/fixtures/pages/amazon.*
 * (desktop layout, 2017–2025). amazon.at redirects to amazon.de, so it needs no entry.
 */
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 10;

export const shop: ShopSpec<'amazon'> = {
  id: 'amazon',
  name: 'Amazon',
  domains: [
    'amazon.de',
    'amazon.com',
    'amazon.co.uk',
    'amazon.fr',
    'amazon.it',
    'amazon.es',
    'amazon.nl',
    'amazon.com.be',
    'amazon.se',
    'amazon.pl',
    'amazon.ie',
    'amazon.ca',
    'amazon.com.mx',
    'amazon.com.br',
    'amazon.com.au',
    'amazon.co.jp',
    'amazon.in',
    'amazon.com.tr',
    'amazon.ae',
    'amazon.sa',
    'amazon.sg',
    'amazon.eg',
  ],
  productPaths: ['/dp/*', '/*/dp/*', '/gp/product/*', '/*/gp/product/*', '/gp/aw/d/*'],
  productUrl: /(?:^|\/)(?:dp|gp\/product|gp\/aw\/d)\/[A-Z0-9]{10}(?:[/?#]|$)/i,
  // Amazon's byline and overview table name the brand more reliably than its rare JSON-LD.
  prefer: 'dom',
  fields: {
    title: ['#productTitle', '#title'],
    brand: ['#bylineInfo', '#productOverview_feature_div tr.po-brand td:last-child', '#brand'],
    categories: ['#wayfinding-breadcrumbs_feature_div li:not(.a-breadcrumb-divider) a'],
    model: ['#productOverview_feature_div tr.po-model_name td:last-child'],
    details: ['#feature-bullets li', '#productOverview_feature_div tr', '#productDescription'],
  },
  anchors: [
    { selector: '#titleSection', position: 'after' },
    { selector: '#title_feature_div', position: 'after' },
    { selector: '#title', position: 'after' },
    { selector: '#centerCol', position: 'prepend' },
    { selector: '#ppd', position: 'prepend' },
    { selector: '#dp-container', position: 'prepend' },
  ],
  // Variant switches replace the title block in place.
  watch: ['#centerCol', '#ppd'],
};

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: [
    'https://www.amazon.de/dp/B0BZWRSRWV',
    'https://www.amazon.de/Ring-Video-Doorbell-Zwei-Wege-Kommunikation/dp/B08CKHPP52?th=1',
    'https://www.amazon.de/-/en/dp/B0BZWRSRWV/ref=sr_1_3',
    'https://www.amazon.com/gp/product/B08N5NQ869',
    'https://www.amazon.co.uk/gp/aw/d/B08N5NQ869',
    'https://smile.amazon.com/dp/B08N5NQ869',
    'https://www.amazon.co.jp/dp/B0BZWRSRWV',
    'https://www.amazon.com.be/-/fr/dp/B0BZWRSRWV',
  ],
  notProduct: [
    'https://www.amazon.de/s?k=ring+video+doorbell',
    'https://www.amazon.com/gp/cart/view.html',
    'https://www.amazon.com/ap/signin',
    'https://www.amazon.com/errors/validateCaptcha',
    'https://www.amazon.de/stores/Ring/page/12345',
    'https://www.amazon.de/dp/short',
  ],
};
