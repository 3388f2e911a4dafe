/**
 * Memory under load, for `npm run bench` and `npm run bench:heap`: a saved Amazon page whose
 * product is swapped in place again and again (title, byline and URL, as Amazon's variant switches
 * do), cameras of several vendors, a camera of a brand we have no record of, accessories and other
 * products in turn. After each swap it waits until the panel is right (with the extension) and
 * checks it; the JS heap is measured after a forced garbage collection before and after. Run with
 * and without the extension, the difference of the two growths is the extension's share.
 */
import type { Page } from 'playwright-core';
import { type Browser, launchBrowser } from '../tests/support/browser.ts';
import type { Fixture } from '../tests/support/fixtures.ts';

/** The saved page the swaps happen on: a real Amazon product page. */
export const HEAP_PAGE = 'pages/amazon.com/synthetic-ring-video-doorbell.html';

interface Product {
  title: string;
  byline: string;
  /** The panel's data-vendor after the swap; null for no panel. */
  vendor: string | null;
}

/** Panel and no panel alternate, so every swap changes what the page must show and its check is seen. */
export const PRODUCTS: readonly Product[] = [
  { title: 'Ring Video Doorbell – 1080p HD video, improved motion detection', byline: 'Visit the Ring Store', vendor: 'ring' },
  { title: 'Gorilla Black Duct Tape, 1.88" x 12 yd, Black', byline: 'Visit the Gorilla Store', vendor: null },
  { title: 'Blink Mini – Compact indoor plug-in smart security camera, 1080p HD', byline: 'Visit the Blink Store', vendor: 'blink' },
  { title: 'Wasserstein Adjustable Mount Compatible with Ring Stick Up Cam', byline: 'Visit the Wasserstein Store', vendor: null },
  { title: 'Arlo Pro 5S 2K Spotlight Camera – Wireless Security Camera Outdoor', byline: 'Visit the Arlo Store', vendor: 'arlo' },
  { title: 'Echo Dot (5th Gen, 2022 release) | Smart speaker with Alexa', byline: 'Visit the Amazon Store', vendor: null },
  { title: 'Deecam D200 Security Camera Outdoor, 2K WiFi Surveillance Camera', byline: 'Brand: Deecam', vendor: 'unknown' },
  {
    title: 'Kindle Paperwhite (16 GB) – Our fastest Kindle ever, with a 7" glare-free display',
    byline: 'Visit the Amazon Store',
    vendor: null,
  },
];

export interface HeapRun {
  switches: number;
  /** JS heap after a forced GC, bytes: after the page settled, and after the last swap. */
  before: number;
  after: number;
  /** Swaps after which the panel was not what the product needs (with the extension). */
  wrong: number;
}

async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Twice: objects freed by the first collection's finalisers go in the second.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * One swap, as Amazon does it, then (with `wait`) until the panel shows `vendor` (or none) or
 * 30 s passed. Inside the page and answered with a plain value, so that the bench keeps no handle
 * into the page and the run without the extension does exactly the same work.
 */
function swap(page: Page, product: Product, asin: string, wait: boolean): Promise<boolean> {
  // A string, not a function: the bench runs under tsx, whose transform would add helpers the page lacks.
  const args = JSON.stringify([product.title, product.byline, asin, product.vendor, wait]);
  return page.evaluate<boolean>(`(${IN_PAGE_SWAP})(...${args})`);
}

const IN_PAGE_SWAP = `(title, byline, id, vendor, waitForPanel) => new Promise((resolve) => {
  history.replaceState(null, '', '/dp/' + id);
  const titleElement = document.querySelector('#productTitle');
  const bylineElement = document.querySelector('#bylineInfo');
  if (titleElement) titleElement.textContent = title;
  if (bylineElement) bylineElement.textContent = byline;
  if (!waitForPanel) return resolve(true);
  let observer;
  let timer;
  function done(ok) {
    observer.disconnect();
    clearTimeout(timer);
    resolve(ok);
  }
  function right() {
    const hosts = document.querySelectorAll('[data-unwarranted="panel"]');
    return vendor === null ? hosts.length === 0 : hosts.length === 1 && hosts[0].getAttribute('data-vendor') === vendor;
  }
  if (right()) return resolve(true);
  observer = new MutationObserver(() => { if (right()) done(true); });
  timer = setTimeout(() => done(false), 30000);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-vendor'] });
})`;

/** `switches` in-place swaps on `fixture` (an Amazon page) in `browser`; `extension` says whether to wait for and check the panel. */
export async function heapUnderSwitches(browser: Browser, fixture: Fixture, switches: number, extension: boolean): Promise<HeapRun> {
  browser.serve(fixture.url, fixture.path);
  const page = await browser.context.newPage();
  try {
    await page.goto(fixture.url, { waitUntil: 'load' });
    // Settle: the first products once round, so that every code path ran and its code is compiled.
    let wrong = 0;
    let asin = 0;
    const next = () => `B0HEAP${String((asin += 1)).padStart(4, '0')}`;
    for (const product of PRODUCTS) await swap(page, product, next(), extension);
    const before = await usedHeap(page);
    for (let i = 0; i < switches; i += 1) {
      const product = PRODUCTS[i % PRODUCTS.length] as Product;
      if (!(await swap(page, product, next(), extension))) wrong += 1;
    }
    const after = await usedHeap(page);
    return { switches, before, after, wrong };
  } finally {
    await page.close();
  }
}

export interface HeapComparison {
  withExtension: HeapRun;
  without: HeapRun;
  /** Growth with minus growth without, bytes. */
  share: number;
}

export async function compareHeap(dist: string, fixture: Fixture, switches: number): Promise<HeapComparison> {
  const runs: HeapRun[] = [];
  for (const [build, extension] of [
    [dist, true],
    [null, false],
  ] as const) {
    const browser = await launchBrowser({ dist: build });
    try {
      runs.push(await heapUnderSwitches(browser, fixture, switches, extension));
    } finally {
      await browser.close();
    }
  }
  const [withExtension, without] = runs as [HeapRun, HeapRun];
  return { withExtension, without, share: withExtension.after - withExtension.before - (without.after - without.before) };
}

export const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(2)} MB`;
