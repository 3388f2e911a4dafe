/**
 * Example URLs per shop: product pages the shop's spec must recognise and others it must not.
 * Tests only (tests/unit/shops/shops.test.ts); kept out of the specs so the content script does not ship them.
 */
export const EXAMPLE_URLS: Record<string, { product: readonly string[]; notProduct: readonly string[] }> = {
  amazon: {
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
  },
  bestbuy: {
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
  walmart: {
    product: ['https://www.walmart.com/ip/193361645', 'https://www.walmart.com/ip/Ring-Video-Doorbell/123456789'],
    notProduct: ['https://www.walmart.com/search?q=doorbell', 'https://www.walmart.com/browse/electronics/3944'],
  },
  target: {
    product: [
      'https://www.target.com/p/apple-airpods-pro-2nd-generation/-/A-85978612',
      'https://www.target.com/p/-/A-85978612',
    ],
    notProduct: ['https://www.target.com/s?searchTerm=doorbell', 'https://www.target.com/c/home-security/-/N-5xt0f'],
  },
  ebay: {
    product: ['https://www.ebay.de/itm/204515604952', 'https://www.ebay.com/itm/Ring-Video-Doorbell/302474151804'],
    notProduct: ['https://www.ebay.de/sch/i.html?_nkw=ring+doorbell', 'https://www.ebay.com/b/Home-Surveillance/48633/bn_1645267'],
  },
  mediamarkt: {
    product: [
      'https://www.mediamarkt.de/de/product/_samsung-gu55du7170-led-tv-flat-55-zoll-138-cm-uhd-4k-smart-tv-tizen-2924382.html',
      'https://www.mediamarkt.be/nl/product/airpods-4-anc.html',
      'https://mediamarkt.pt/products/aspirador-robot-roborock-s6-pure-preto',
    ],
    notProduct: ['https://www.mediamarkt.at/de/search.html?query=ring', 'https://www.mediamarkt.de/de/category/ueberwachungskameras-1234.html'],
  },
  saturn: {
    product: ['https://www.saturn.de/de/product/_lego-10281-bonsai-baum-2672008.html'],
    notProduct: ['https://www.saturn.de/de/search.html?query=kamera'],
  },
  otto: {
    product: [
      'https://www.otto.de/p/kaercher-hochdruckreiniger-k-3-full-control-848068924/#variationId=836232854',
      'https://www.otto.de/p/lego-konstruktionsspielsteine-kamera-hommage-an-walt-disney-43230-lego-disney-811-st-made-in-europe-C1725197870/',
    ],
    notProduct: ['https://www.otto.de/twoforfashion/strohtasche/', 'https://www.otto.de/suche/ring/'],
  },
  argos: {
    product: ['https://www.argos.co.uk/product/4667999', 'https://www.argos.co.uk/product/8349000/'],
    notProduct: ['https://www.argos.co.uk/search/ring-doorbell/', 'https://www.argos.co.uk/browse/technology/c:29949/'],
  },
  currys: {
    product: [
      'https://www.currys.co.uk/products/lenovo-ideapad-slim-3-15.3-laptop-copilot-pc-snapdragon-x-256-gb-ssd-luna-grey-10284277.html',
      'https://www.currys.ie/ieen/computing/tablets-and-ereaders/tablets/apple-11-ipad-pro-2020-512-gb-silver-10206131-pdt.html',
    ],
    notProduct: ['https://www.currys.co.uk/computing/laptops/laptops', 'https://www.currys.ie/ieen/search-keywords/xx_xx_xx_xx_xx/ring/xx-criteria.html'],
  },
  costco: {
    product: ['https://www.costco.com/afa-stainless-33-inch-sink-and-semi-pro-faucet-combo.product.100432602.html'],
    notProduct: ['https://www.costco.com/CatalogSearch?keyword=doorbell', 'https://www.costco.com/electronics.html'],
  },
  homedepot: {
    product: [
      'https://www.homedepot.com/p/Amazon-Fire-TV-Stick-4K-Select-Start-Streaming-in-4K-AI-Powered-Search-and-Free-and-Live-TV-B0C6W3D4RM/338472996',
    ],
    notProduct: ['https://www.homedepot.com/s/doorbell', 'https://www.homedepot.com/b/Smart-Home-Smart-Security/N-5yc1vZc1jw'],
  },
  galaxus: {
    product: [
      'https://www.galaxus.de/de/s1/product/kingston-nv2-1000-gb-m2-2280-ssd-21983494',
      'https://www.galaxus.de/de/product/13987916',
    ],
    notProduct: ['https://www.galaxus.de/de/search?q=ring', 'https://www.galaxus.ch/en/s2/producttype/headphones-42'],
  },
  idealo: {
    product: [
      'https://www.idealo.de/preisvergleich/OffersOfProduct/206209607_-magnesia-7-1-magnesium-komplex-vegan-kapseln-90-stk-natugena.html',
    ],
    notProduct: [
      'https://www.idealo.de/preisvergleich/MainSearchProductCategory.html?q=ring',
      'https://www.idealo.de/preisvergleich/ProductCategory/19116.html',
    ],
  },
};
