/**
 * Target (United States). Routes on the client, so the script runs on the whole site.
 */
import { H1_AFTER, WHOLE_SITE } from '../common.ts';
import type { ShopExamples, ShopSpec } from '../types.ts';

/** Place in SHOPS: the options page lists the shops in this order. */
export const order = 40;

export const shop: ShopSpec<'target'> = {
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

/** Tests only (ShopExamples): the content script imports just `shop`, so the build leaves these out. */
export const examples: ShopExamples = {
  product: ['https://www.target.com/p/apple-airpods-pro-2nd-generation/-/A-85978612', 'https://www.target.com/p/-/A-85978612'],
  notProduct: ['https://www.target.com/s?searchTerm=doorbell', 'https://www.target.com/c/home-security/-/N-5xt0f'],
};
