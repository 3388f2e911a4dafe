/**
 * Shops that swap the product without a page load: the panel follows the product, goes away
 * when the new product is no camera, comes back when the page wipes it, and is never doubled.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openAndReadPanel, type Browser } from '../support/browser';
import { loadFixtures } from '../support/fixtures';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const fixture = (file: string) => loadFixtures((f) => f.file === file)[0]!;

/** Panels on the page once the content script had time to notice a change (it settles for 250 ms). */
async function panelsAfterChange(page: Page): Promise<{ count: number; vendor: string | null; kind: string | null }> {
  await page.waitForTimeout(1600);
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('[data-unwarranted="panel"]');
    return { count: hosts.length, vendor: hosts[0]?.getAttribute('data-vendor') ?? null, kind: hosts[0]?.getAttribute('data-kind') ?? null };
  });
}

test('Amazon variant switch: panel follows, goes away on a non-camera, comes back, never doubles', async () => {
  const ring = fixture('pages/amazon.com/synthetic-ring-video-doorbell.html');
  browser.serve(ring.url, ring.path);
  const page = await browser.context.newPage();
  expect(await openAndReadPanel(browser, ring.url, page)).toMatchObject({ count: 1, vendor: 'ring', kind: 'doorbell' });

  // Amazon replaces the title block and the URL (replaceState) when another variant is picked.
  const swap = (title: string, byline: string, asin: string) =>
    page.evaluate(
      ([t, b, a]) => {
        history.replaceState(null, '', `/dp/${a!}`);
        document.querySelector('#productTitle')!.textContent = t!;
        document.querySelector('#bylineInfo')!.textContent = b!;
      },
      [title, byline, asin],
    );

  await swap('Gorilla Black Duct Tape, 1.88" x 12 yd, Black', 'Visit the Gorilla Store', 'B00N150YS4');
  expect(await panelsAfterChange(page)).toMatchObject({ count: 0 });

  await swap('Blink Mini – Compact indoor plug-in smart security camera, 1080p HD', 'Visit the Blink Store', 'B07X6C9RMF');
  expect(await panelsAfterChange(page)).toEqual({ count: 1, vendor: 'blink', kind: 'camera' });

  await swap('Ring Floodlight Cam Wired Plus', 'Visit the Ring Store', 'B08F6GPQQ7');
  expect(await panelsAfterChange(page)).toEqual({ count: 1, vendor: 'ring', kind: 'floodlight' });
  await page.close();
});

test('client-side navigation (Walmart): leaving the product for a search page removes the panel', async () => {
  const ring = fixture('pages/walmart.com/synthetic-ring-battery-doorbell.html');
  browser.serve(ring.url, ring.path);
  const page = await browser.context.newPage();
  expect(await openAndReadPanel(browser, ring.url, page)).toMatchObject({ count: 1, vendor: 'ring' });
  await page.evaluate(() => {
    // The router changes the URL and updates the heading; the old nodes stay where they are.
    history.pushState(null, '', '/search?q=ring');
    document.querySelector('#main-title')!.textContent = 'Results for “ring”';
  });
  expect(await panelsAfterChange(page)).toMatchObject({ count: 0 });
  await page.close();
});

test('a shop that re-renders and drops the panel gets it back, once', async () => {
  const ezviz = fixture('pages/mediamarkt.de/synthetic-ezviz-c6n.html');
  browser.serve(ezviz.url, ezviz.path);
  const page = await browser.context.newPage();
  expect(await openAndReadPanel(browser, ezviz.url, page)).toMatchObject({ count: 1, vendor: 'ezviz' });
  await page.evaluate(() => {
    // A React-style re-render: the product area is rebuilt from scratch.
    const main = document.querySelector('main')!;
    main.replaceWith(main.cloneNode(true));
    document.querySelector('[data-unwarranted="panel"]')?.remove();
  });
  expect(await panelsAfterChange(page)).toMatchObject({ count: 1, vendor: 'ezviz' });
  await page.close();
});
