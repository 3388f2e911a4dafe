/**
 * "Hide until something new is known" and "Report a mistake", in real Chromium: the panel stays
 * away until the dataset in use has a claim the user has not seen, then returns once with it
 * marked; every report link carries exactly vendor, subject, dataset version and language.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundledDataset } from '../../src/dataset/bundled.ts';
import { claimFingerprints } from '../../src/dataset/fingerprint.ts';
import { launchBrowser, openAndReadPanel, probePanel, readProbe, type Browser } from '../support/browser.ts';
import { RING_PAGE } from '../support/expected.ts';
import { loadFixtures } from '../support/fixtures.ts';
import { buildWith } from '../support/build.ts';

const HOST = '[data-unwarranted="panel"]';
/** A reserved .test domain: nothing real is ever contacted. */
const REPORT_URL = 'https://reports.unwarranted.test/issues';
const ring = loadFixtures((f) => f.file === RING_PAGE)[0]!;
const ringClaims = bundledDataset.vendors.find((vendor) => vendor.id === 'ring')!.claims;

interface Storage {
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
}

describe('hide until something new is known', () => {
  let browser: Browser;
  let worker: Worker;
  const stored = () =>
    worker.evaluate(() => (globalThis as unknown as { chrome: Storage }).chrome.storage.local.get(['hiddenUntilNew', 'hiddenVendors']));
  const store = (items: object) =>
    worker.evaluate((values) => (globalThis as unknown as { chrome: Storage }).chrome.storage.local.set(values), items);

  beforeAll(async () => {
    browser = await launchBrowser({ lang: 'en' });
    browser.serve(ring.url, ring.path);
    worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  });
  afterAll(async () => {
    await browser.close();
  });

  test('stays away while nothing is new, returns once with the new fact marked, then stays away again', async () => {
    const page = await browser.context.newPage();
    await probePanel(page);
    await openAndReadPanel(browser, ring.url, page);
    await page.locator(`${HOST} button.hide-until-new`).click();
    expect(await page.locator(`${HOST} .hidden-note`).innerText()).toContain('again once, when a dataset adds or changes a fact');
    // What the user has seen: every claim of the dataset in use.
    await expect
      .poll(async () => ((await stored())['hiddenUntilNew'] as Record<string, string[]> | undefined)?.['ring']?.length)
      .toBe(ringClaims.length);

    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => (globalThis as unknown as { __probe: { removed: boolean } }).__probe.removed);
    expect(await page.locator(HOST).count()).toBe(0);
    expect((await readProbe(page)).shown).toBe(false);

    // A dataset with one claim the user has not seen: as if an update added it.
    const seen = claimFingerprints(ringClaims).filter((fingerprint) => !fingerprint.startsWith('ring-ftc-2023-settlement:'));
    await store({ hiddenUntilNew: { ring: seen } });
    await page.reload({ waitUntil: 'load' });
    await page.locator(`${HOST} .fresh-note`).waitFor();
    expect(await page.locator(`${HOST} .fresh-note`).innerText()).toBe(
      'New facts since you hid Ring (marked “New” in the sections below): 1',
    );
    await page.locator(`${HOST} .section-incidents summary`).click();
    const marked = page.locator(`${HOST} .claim-new`);
    await marked.first().waitFor();
    expect(await marked.count()).toBe(1);
    expect(await marked.getAttribute('data-claim')).toBe('ring-ftc-2023-settlement');
    // Returned once: what is known now counts as seen.
    await expect.poll(async () => ((await stored())['hiddenUntilNew'] as Record<string, string[]>)['ring']?.length).toBe(ringClaims.length);

    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => (globalThis as unknown as { __probe: { removed: boolean } }).__probe.removed);
    expect(await page.locator(HOST).count()).toBe(0);

    // "Show again" (here: undo of the note) ends this kind of hiding too.
    await store({ hiddenUntilNew: {} });
    await page.reload({ waitUntil: 'load' });
    await page.locator(`${HOST} .headline-text`).waitFor();
    await page.close();
  });
});

describe('report a mistake', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    // A build with a report address (the default build has none, and shows no report links).
    dir = mkdtempSync(join(tmpdir(), 'unwarranted-report-'));
    buildWith(dir, { UNWARRANTED_REPORT_URL: REPORT_URL });
    browser = await launchBrowser({ lang: 'de', dist: dir });
    browser.serve(ring.url, ring.path);
  });
  afterAll(async () => {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the default build has no report address, so no report links', async () => {
    const plain = await launchBrowser({ lang: 'en' });
    plain.serve(ring.url, ring.path);
    const page = await plain.context.newPage();
    await openAndReadPanel(plain, ring.url, page);
    await page.locator(`${HOST} .section-incidents summary`).click();
    await page.locator(`${HOST} .section-incidents .claim`).first().waitFor();
    expect(await page.locator(`${HOST} .report`).count()).toBe(0);
    await plain.close();
  });

  test('each fact, the footer and "why" link a prefilled report with exactly vendor, subject, dataset version and language', async () => {
    const page = await browser.context.newPage();
    await openAndReadPanel(browser, ring.url, page);
    await page.locator(`${HOST} .section-incidents summary`).click();
    await page.locator(`${HOST} .section-incidents .claim .report`).first().waitFor();
    const links = await page.locator(`${HOST} a.report`).evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        href: (anchor as HTMLAnchorElement).href,
        text: anchor.textContent,
        target: anchor.getAttribute('target'),
        rel: anchor.getAttribute('rel'),
      })),
    );
    const abouts = new Set<string>();
    for (const link of links) {
      expect(link.text).toBe('Fehler melden');
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
      const url = new URL(link.href);
      expect(`${url.origin}${url.pathname}`).toBe(`${REPORT_URL}/new`);
      expect([...url.searchParams.keys()]).toEqual(['title', 'body']);
      const body = url.searchParams.get('body') ?? '';
      const lines = body.split('\n');
      expect(lines.slice(0, 4).map((line) => line.split(': ')[0])).toEqual(['vendor', 'about', 'dataset', 'language']);
      expect(lines[0]).toBe('vendor: ring');
      expect(lines[2]).toBe(`dataset: ${bundledDataset.version}`);
      expect(lines[3]).toBe('language: de');
      expect(lines.slice(4).join('\n')).toBe('\nWas ist falsch? (Bitte nennen Sie eine Quelle, wenn Sie eine haben.)\n');
      // Nothing about the page: not its address, not its shop.
      expect(link.href).not.toContain('amazon');
      abouts.add(lines[1]?.slice('about: '.length) ?? '');
    }
    expect(abouts.has('record')).toBe(true);
    expect(abouts.has('detection')).toBe(true);
    expect(abouts.has('ring-ftc-2023-settlement')).toBe(true);
    await page.close();
  });
});
