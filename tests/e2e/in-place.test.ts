/**
 * Shops that swap the product without a page load: the panel follows the product, goes away
 * when the new product is no camera, comes back when the page wipes it, and is never doubled.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, openAndReadPanel, type Browser } from '../support/browser.ts';
import { loadFixtures } from '../support/fixtures.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  // The most panels a page ever held at once, so that a doubled panel is seen even if it goes again.
  await browser.context.addInitScript(() => {
    const probe = { most: 0 };
    (globalThis as unknown as { __panels: typeof probe }).__panels = probe;
    new MutationObserver(() => {
      probe.most = Math.max(probe.most, document.querySelectorAll('[data-unwarranted="panel"]').length);
    }).observe(document, { childList: true, subtree: true });
  });
});
afterAll(async () => {
  await browser.close();
});

const fixture = (file: string) => loadFixtures((f) => f.file === file)[0]!;

/** The panels on the page now. The content script notices a change after 250 ms (1 s for a URL alone), so tests poll this. */
function panels(page: Page): Promise<{ count: number; vendor: string | null; kind: string | null }> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('[data-unwarranted="panel"]');
    return {
      count: hosts.length,
      vendor: hosts[0]?.getAttribute('data-vendor') ?? null,
      kind: hosts[0]?.getAttribute('data-kind') ?? null,
    };
  });
}

/** Never two panels at once, at any moment since the page loaded. */
async function expectNeverDoubled(page: Page): Promise<void> {
  expect(await page.evaluate(() => (globalThis as unknown as { __panels: { most: number } }).__panels.most)).toBe(1);
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
  await expect.poll(() => panels(page)).toMatchObject({ count: 0 });

  await swap('Blink Mini – Compact indoor plug-in smart security camera, 1080p HD', 'Visit the Blink Store', 'B07X6C9RMF');
  await expect.poll(() => panels(page)).toEqual({ count: 1, vendor: 'blink', kind: 'camera' });

  await swap('Ring Floodlight Cam Wired Plus', 'Visit the Ring Store', 'B08F6GPQQ7');
  await expect.poll(() => panels(page)).toEqual({ count: 1, vendor: 'ring', kind: 'floodlight' });
  await expectNeverDoubled(page);
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
  await expect.poll(() => panels(page)).toMatchObject({ count: 0 });
  await expectNeverDoubled(page);
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
  await expect.poll(() => panels(page)).toMatchObject({ count: 1, vendor: 'ezviz' });
  await expectNeverDoubled(page);
  await page.close();
});

test('flicking through six variants in a row, each re-render dropping the panel: every one gets its panel back', async () => {
  // The re-insertion limit (3 in 10 s) is for pages fighting the panel over one product; a new
  // product is a new start, so a shopper clicking through variants never loses the panel.
  const ring = fixture('pages/amazon.com/synthetic-ring-video-doorbell.html');
  browser.serve(ring.url, ring.path);
  const page = await browser.context.newPage();
  expect(await openAndReadPanel(browser, ring.url, page)).toMatchObject({ count: 1, vendor: 'ring' });
  const variants: [string, string, string][] = [
    ['Ring Floodlight Cam Wired Plus', 'Visit the Ring Store', 'ring'],
    ['Blink Mini – Compact indoor plug-in smart security camera, 1080p HD', 'Visit the Blink Store', 'blink'],
    ['Ring Stick Up Cam Battery', 'Visit the Ring Store', 'ring'],
    ['Blink Outdoor 4 – Wire-free smart security camera', 'Visit the Blink Store', 'blink'],
    ['Ring Indoor Cam (2nd Gen)', 'Visit the Ring Store', 'ring'],
    ['Blink Video Doorbell', 'Visit the Blink Store', 'blink'],
  ];
  for (const [index, [title, byline, vendor]] of variants.entries()) {
    await page.evaluate(
      ([t, b, asin]) => {
        history.replaceState(null, '', `/dp/${asin!}`);
        // The shop rebuilds the title block, and our panel goes with the old nodes.
        document.querySelector('[data-unwarranted="panel"]')?.remove();
        const block = document.querySelector('#titleSection')!;
        const fresh = block.cloneNode(true) as Element;
        fresh.querySelector('#productTitle')!.textContent = t!;
        block.replaceWith(fresh);
        document.querySelector('#bylineInfo')!.textContent = b!;
      },
      [title, byline, `B0VARIANT${String(index)}`],
    );
    await expect.poll(() => panels(page), { message: `variant ${String(index + 1)}` }).toMatchObject({ count: 1, vendor });
  }
  await expectNeverDoubled(page);
  await page.close();
});
