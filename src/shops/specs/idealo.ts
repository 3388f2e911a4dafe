/**
 * idealo (Germany), a price comparison: its product pages (OffersOfProduct) name the product.
 */
import { H1_AFTER } from '../common.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 140;

export const shop: ShopSpec<'idealo'> = {
  id: 'idealo',
  name: 'idealo',
  domains: ['idealo.de'],
  productPaths: ['/preisvergleich/OffersOfProduct/*'],
  productUrl: /^\/preisvergleich\/OffersOfProduct\/\d+/,
  fields: { title: ['#oopStage-title', 'h1'], categories: ['.breadcrumb a', 'nav[aria-label="breadcrumb"] a'] },
  anchors: [{ selector: '#oopStage-title', position: 'after' }, H1_AFTER],
};

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: [
    'https://www.idealo.de/preisvergleich/OffersOfProduct/206209607_-magnesia-7-1-magnesium-komplex-vegan-kapseln-90-stk-natugena.html',
  ],
  notProduct: [
    'https://www.idealo.de/preisvergleich/MainSearchProductCategory.html?q=ring',
    'https://www.idealo.de/preisvergleich/ProductCategory/19116.html',
  ],
};
