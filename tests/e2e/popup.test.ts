/** The popup and the toolbar badge, in Chromium with the built extension. */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchBrowser, openAndReadPanel, type Browser } from '../support/browser';
import { POPUP_LOOKUPS } from '../support/expected';
import { loadFixtures } from '../support/fixtures';

let browser: Browser;
let worker: Worker;
let popupUrl: string;
beforeAll(async () => {
  browser = await launchBrowser();
  popupUrl = `chrome-extension://${await browser.extensionId()}/src/popup/index.html`;
  worker = browser.context.serviceWorkers()[0]!;
});
afterAll(async () => {
  await browser.close();
});

const fixture = (file: string) => loadFixtures((f) => f.file === file)[0]!;

/** Badge text and title of every open tab, read through the extension's own API. */
function badges(): Promise<{ tabId: number; text: string; title: string }[]> {
  interface Api {
    tabs: { query(filter: object): Promise<{ id?: number }[]> };
    action: { getBadgeText(details: { tabId: number }): Promise<string>; getTitle(details: { tabId: number }): Promise<string> };
  }
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const tabs = await api.tabs.query({});
    return Promise.all(
      tabs.map(async (tab) => ({
        tabId: tab.id!,
        text: await api.action.getBadgeText({ tabId: tab.id! }),
        title: await api.action.getTitle({ tabId: tab.id! }),
      })),
    );
  });
}

async function resultVendors(page: Page): Promise<string[]> {
  return page.locator('[data-unwarranted="result"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-vendor') ?? ''));
}

test('the search field is focused on open, and typo-tolerant lookup ranks the right vendor first', async () => {
  const page = await browser.context.newPage();
  await page.goto(popupUrl);
  const search = page.locator('[data-unwarranted="search"]');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-unwarranted'))).toBe('search');
  for (const [query, first] of POPUP_LOOKUPS) {
    await search.fill(query);
    await expect.poll(async () => (await resultVendors(page))[0]).toBe(first);
  }
  await page.close();
});

test('keyboard: arrows choose, Enter opens the shared verdict card, Esc goes back', async () => {
  const page = await browser.context.newPage();
  await page.goto(popupUrl);
  await page.locator('[data-unwarranted="search"]').fill('ring');
  await expect.poll(async () => (await resultVendors(page))[0]).toBe('ring');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const detail = page.locator('#detail');
  await detail.locator('.headline-text').waitFor();
  expect(await detail.locator('.headline-text').innerText()).toBe('Ring has given footage to police without a warrant or the owner’s consent.');
  expect(await detail.locator('.verdict-police .verdict-text').innerText()).toMatch(/^Documented: United States: 11 times/);
  await page.keyboard.press('Escape');
  expect(await detail.isHidden()).toBe(true);
  await page.close();
});

test('compare puts vendors side by side, verdict by verdict', async () => {
  const page = await browser.context.newPage();
  await page.goto(popupUrl);
  for (const query of ['ring', 'hue secure']) {
    await page.locator('[data-unwarranted="search"]').fill(query);
    await page.locator('[data-unwarranted="result"]').first().locator('.compare-toggle').click();
  }
  await page.locator('#compare-open').click();
  const table = page.locator('#detail table');
  expect(await table.locator('thead th').allInnerTexts()).toEqual(['Ring', 'Philips Hue Secure']);
  const e2eeRow = table.locator('tbody tr', { hasText: 'End-to-end encryption' });
  expect(await e2eeRow.locator('td').allInnerTexts()).toEqual(['off by default (opt-in)', 'on by default']);
  await page.close();
});

test('the badge shows the severity on a camera page and clears on another page; the popup puts that vendor first', async () => {
  const ring = fixture('pages/amazon.com/synthetic-ring-video-doorbell.html');
  const tape = fixture('pages/amazon.com/gorilla-duct-tape.html');
  browser.serve(ring.url, ring.path);
  browser.serve(tape.url, tape.path);
  const page = await browser.context.newPage();
  await openAndReadPanel(browser, ring.url, page);
  await expect.poll(async () => (await badges()).find((badge) => badge.text !== '')?.text).toBe('!');
  const marked = (await badges()).find((badge) => badge.text === '!')!;
  expect(marked.title).toBe('Unwarranted: Ring has given footage to police without a warrant');

  const popup = await browser.context.newPage();
  await popup.goto(`${popupUrl}?tab=${String(marked.tabId)}`);
  await expect.poll(async () => (await resultVendors(popup))[0]).toBe('ring');
  expect(await popup.locator('[data-unwarranted="result"]').first().innerText()).toContain('On this page');
  await popup.close();

  await openAndReadPanel(browser, tape.url, page);
  await expect.poll(async () => (await badges()).find((badge) => badge.tabId === marked.tabId)?.text).toBe('');
  await page.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`popup: no accessibility violations (axe-core), results and detail, ${scheme}`, async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(popupUrl);
    await page.locator('[data-unwarranted="search"]').fill('arlo');
    await page.locator('[data-unwarranted="result"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.locator('#detail .headline-text').waitFor();
    await page.locator('#detail details').evaluateAll((sections) => {
      for (const section of sections) (section as HTMLDetailsElement).open = true;
    });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
}

test('nothing in the popup was refused by its Content-Security-Policy (no inline script or style)', () => {
  expect(browser.cspViolations).toEqual([]);
});
