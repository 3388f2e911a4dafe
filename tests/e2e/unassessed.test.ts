/**
 * Cameras of brands the dataset has no record of, in real Chromium: the grey not-assessed panel in
 * English and German (one line until opened, axe-clean), switched off from the options; and a
 * white-label camera whose product text names a cloud platform's app gets that platform's panel.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser, openAndReadPanel, type Browser } from '../support/browser.ts';
import { loadFixtures } from '../support/fixtures.ts';

const HOST = '[data-unwarranted="panel"]';
const fixture = (file: string) => loadFixtures((f) => f.file === file)[0]!;
const ENGLISH = fixture('pages/amazon.com/synthetic-deecam-d200.html');
const GERMAN = fixture('pages/amazon.de/synthetic-unknown-brand-ueberwachungskamera.html');
const WHITE_LABEL = fixture('pages/amazon.com/synthetic-white-label-smart-life-camera.html');

interface Storage {
  storage: { local: { set(items: object): Promise<void>; remove(keys: string[]): Promise<void> } };
}

async function open(browser: Browser, page: { url: string; path: string }): Promise<Page> {
  browser.serve(page.url, page.path);
  const tab = await browser.context.newPage();
  await openAndReadPanel(browser, page.url, tab);
  return tab;
}

describe('not-assessed panel, English browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ lang: 'en' });
  });
  afterAll(async () => {
    await browser.close();
  });

  test('one grey line naming the brand; opened, the questions to ask before buying; axe-clean', async () => {
    const page = await open(browser, ENGLISH);
    const host = page.locator(HOST);
    await expect.poll(() => host.count()).toBe(1);
    expect([await host.getAttribute('data-vendor'), await host.getAttribute('data-kind')]).toEqual(['unknown', 'camera']);
    await expect.poll(() => page.locator(`${HOST} .product`).innerText()).toBe('We have no record of Deecam');
    expect(await page.locator(`${HOST} .panel`).getAttribute('data-severity')).toBe('grey');
    expect(await page.locator(`${HOST} .body`).isVisible()).toBe(false);
    await page.locator(`${HOST} .toggle`).click();
    await expect.poll(() => page.locator(`${HOST} .unassessed-questions li`).count()).toBe(4);
    expect(await page.locator(`${HOST} .unassessed-questions`).innerText()).toContain('end-to-end encrypted');
    expect(await axeViolations(page, HOST)).toEqual([]);
    await page.close();
  });

  test('switched off in the options, it does not appear', async () => {
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    await worker.evaluate(() => (globalThis as unknown as { chrome: Storage }).chrome.storage.local.set({ showUnassessed: false }));
    const page = await open(browser, ENGLISH);
    await browser.contentScriptDone(page);
    expect(await page.locator(HOST).count()).toBe(0);
    // Vendor panels are not affected by the switch.
    const whiteLabel = await open(browser, WHITE_LABEL);
    await expect.poll(() => whiteLabel.locator(HOST).getAttribute('data-vendor')).toBe('tuya');
    await worker.evaluate(() => (globalThis as unknown as { chrome: Storage }).chrome.storage.local.remove(['showUnassessed']));
    await page.close();
    await whiteLabel.close();
  });

  test('a white-label camera whose description names the Smart Life app gets the platform’s panel', async () => {
    const page = await open(browser, WHITE_LABEL);
    const host = page.locator(HOST);
    await expect.poll(() => host.getAttribute('data-vendor')).toBe('tuya');
    expect(await host.getAttribute('data-kind')).toBe('camera');
    await expect
      .poll(() => page.locator(`${HOST} .platform-lead`).innerText())
      .toBe(
        'This camera uses the Tuya / Smart Life app and cloud. We have no record of Zentavo itself; what follows is about the app and cloud.',
      );
    await page.locator(`${HOST} .why summary`).click();
    expect(await page.locator(`${HOST} .why`).innerText()).toContain('the app “Smart Life app” named in the product description');
    await page.close();
  });
});

describe('not-assessed panel, German browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser({ lang: 'de' });
  });
  afterAll(async () => {
    await browser.close();
  });

  test('in German, axe-clean', async () => {
    const page = await open(browser, GERMAN);
    await expect.poll(() => page.locator(`${HOST} .product`).innerText()).toBe('Zu Zentavo haben wir keine Angaben');
    expect(await page.locator(HOST).getAttribute('data-vendor')).toBe('unknown');
    await page.locator(`${HOST} .toggle`).click();
    expect(await page.locator(`${HOST} .unassessed-questions`).innerText()).toContain('Ende-zu-Ende-verschlüsselt');
    expect(await axeViolations(page, HOST)).toEqual([]);
    await page.close();
  });
});
