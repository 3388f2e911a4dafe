/**
 * The panel as a shopper meets it, in real Chromium: its content in every UI language, no
 * accessibility violations (axe-core) in light and dark, intact under hostile page CSS, no layout
 * shift (in every language), remembered controls, keyboard use. Saves the README screenshots (docs/screenshots/).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser, openAndReadPanel, probePanel, readProbe, type Browser } from '../support/browser.ts';
import { COMPLAINT_SHOPS, LINE_FACTS, LINE_PAGE, RING_PAGE, RING_PANEL } from '../support/expected.ts';
import { loadFixtures } from '../support/fixtures.ts';
import { LANGUAGES } from '../../src/shared/languages.ts';
import { shopForUrl } from '../../src/shops/index.ts';

const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const ring = loadFixtures((f) => f.file === RING_PAGE)[0]!;
const HOST = '[data-unwarranted="panel"]';

async function openRing(browser: Browser): Promise<Page> {
  browser.serve(ring.url, ring.path);
  const page = await browser.context.newPage();
  await openAndReadPanel(browser, ring.url, page);
  return page;
}

/** Opens every section so that checks see the facts too. */
async function openSections(page: Page): Promise<void> {
  await page.locator(`${HOST} details`).evaluateAll((sections) => {
    for (const section of sections) (section as HTMLDetailsElement).open = true;
  });
  await page.locator(`${HOST} .section-sources .claim`).first().waitFor();
}

/**
 * The layout shift a panel causes on `fixture`'s page. The shopper sees the product title while the
 * page is still loading: the probe scrolls the title into view the moment it is parsed, so content
 * pushed down by a late panel would be on screen and count. Shifts before the panel exists are the
 * page's own (a scrollbar appearing as the saved page grows) and are not ours.
 */
async function layoutShift(
  browser: Browser,
  fixture: { url: string; path: string },
): Promise<{ cls: number; top: number; viewport: number }> {
  browser.serve(fixture.url, fixture.path);
  const page = await browser.context.newPage();
  const titles = [...(shopForUrl(new URL(fixture.url))?.fields.title ?? []), 'h1'];
  await page.addInitScript((selectors: string[]) => {
    const probe = { shifts: [] as { value: number; time: number }[], inserted: Infinity, top: -1, flush: (): void => undefined };
    (globalThis as unknown as { __cls: typeof probe }).__cls = probe;
    const record = (entries: PerformanceEntryList) => {
      for (const entry of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) probe.shifts.push({ value: entry.value, time: entry.startTime });
      }
    };
    const shifts = new PerformanceObserver((list) => {
      record(list.getEntries());
    });
    shifts.observe({ type: 'layout-shift', buffered: true });
    // Shifts measured but not yet handed to the observer.
    probe.flush = () => {
      record(shifts.takeRecords());
    };
    // One observer, in this order: the title into view once parsed, then the panel's place on screen
    // at the moment it is inserted — when a shift it caused would be seen. (Later, the saved page's
    // own aborted images above the title may push it down; that is the page's doing, not ours.)
    let scrolled = false;
    const observer = new MutationObserver(() => {
      const title = selectors.map((selector) => document.querySelector(selector)).find(Boolean);
      if (!scrolled && title) {
        title.scrollIntoView({ block: 'start' });
        scrolled = true;
      }
      const host = document.querySelector('[data-unwarranted="panel"]');
      if (probe.inserted === Infinity && host) {
        probe.inserted = performance.now();
        probe.top = host.getBoundingClientRect().top;
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  }, titles);
  await page.goto(fixture.url, { waitUntil: 'load' });
  // Everything the extension does to a page: the panel shown (once the settings are read) and its facts loaded.
  await page.locator(`${HOST} .headline-text`).waitFor({ state: 'visible' });
  await page.locator(`${HOST} .section-sources .section-body`).waitFor({ state: 'attached' });
  const result = await page.evaluate(async () => {
    // Two frames later, whatever that did to the layout has been laid out and measured.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const probe = (
      globalThis as unknown as { __cls: { shifts: { value: number; time: number }[]; inserted: number; top: number; flush(): void } }
    ).__cls;
    probe.flush();
    return {
      cls: probe.shifts.filter((shift) => shift.time >= probe.inserted).reduce((sum, shift) => sum + shift.value, 0),
      top: probe.top,
      viewport: innerHeight,
    };
  });
  await page.close();
  return result;
}

/** What the shift test allows, and that the panel's top was on screen when it went in, so a late insertion would have moved visible content. */
function expectNoShift(result: { cls: number; top: number; viewport: number }, file: string): void {
  expect(result.cls, file).toBeLessThanOrEqual(0.01);
  expect(result.top, `${file}: panel in view`).toBeGreaterThanOrEqual(0);
  expect(result.top, `${file}: panel in view`).toBeLessThan(result.viewport);
}

/** What only one language's panel is checked for, beyond RING_PANEL. */
const RING_DETAILS = {
  en: { why: 'the product name calling it “Videotürklingel”', meta: /^Dataset 2026\.12\.03, reviewed/ },
  de: { why: 'der Bezeichnung „Videotürklingel“ im Produktnamen', meta: /^Datensatz 2026\.12\.03, geprüft am 3\. Dez\. 2026$/ },
  fr: {
    why: 'le nom du produit, qui le désigne comme «\u202fVideotürklingel\u202f»',
    meta: /^Jeu de données 2026\.12\.03, vérifié le 3 déc\. 2026$/,
  },
  es: {
    why: 'el nombre del producto, que lo denomina «Videotürklingel»',
    meta: /^Conjunto de datos 2026\.12\.03, revisado el 3 dic 2026$/,
  },
  it: { why: 'il nome del prodotto, che lo definisce «Videotürklingel»', meta: /^Set di dati 2026\.12\.03, verifica del 3 dic 2026$/ },
  nl: { why: 'de productnaam, die het “Videotürklingel” noemt', meta: /^Dataset 2026\.12\.03, gecontroleerd: 3 dec 2026$/ },
  pl: { why: 'określenia „Videotürklingel” w nazwie produktu', meta: /^Zbiór danych 2026\.12\.03, sprawdzony: 3 gru 2026$/ },
} as const;

for (const lang of LANGUAGES) {
  describe(`panel in a browser in ${new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang}`, () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser({ lang });
    });
    afterAll(async () => {
      await browser.close();
    });

    test('headline with severity, the two verdicts, sections with facts, dataset version, why', async () => {
      const page = await openRing(browser);
      await openSections(page);
      const text = (selector: string) => page.locator(`${HOST} ${selector}`).first().innerText();
      expect(await page.locator(`${HOST} .panel`).getAttribute('data-severity')).toBe('red');
      expect(await text('.headline-text')).toBe(RING_PANEL[lang].headline);
      expect(await text('.verdict-police .verdict-text')).toMatch(RING_PANEL[lang].police);
      expect(await text('.verdict-e2ee .verdict-text')).toBe(RING_PANEL[lang].e2ee);
      expect(await text('.section-actions')).toContain(RING_PANEL[lang].actions);
      expect(await text('.why')).toContain(RING_DETAILS[lang].why);
      expect(await text('.meta')).toMatch(RING_DETAILS[lang].meta);
      if (lang === 'de') expect(await text('.section-sources')).toContain('Brief an US-Senator Ed Markey');
      await page.close();
    });

    test('on a storefront in its country the complaint advice names that country’s data protection authority', async () => {
      const shop = COMPLAINT_SHOPS[lang];
      const fixture = loadFixtures((f) => f.file === shop.page)[0]!;
      browser.serve(fixture.url, fixture.path);
      const page = await browser.context.newPage();
      await openAndReadPanel(browser, fixture.url, page);
      await openSections(page);
      const authority = page.locator(`${HOST} .action-complaint .authority`);
      expect(await authority.innerText()).toContain(shop.line);
      expect(await authority.locator('a').first().getAttribute('href')).toBe(shop.href);
      await page.close();
    });

    test('the panel appears at its final size with this language’s strings: it does not grow while its facts load', async () => {
      browser.serve(ring.url, ring.path);
      const page = await browser.context.newPage();
      // Every height the panel's host takes from its insertion on (a change of height after it is shown would shift the page).
      await page.addInitScript(() => {
        const heights: number[] = [];
        (globalThis as unknown as { __heights: number[] }).__heights = heights;
        const observer = new MutationObserver(() => {
          const host = document.querySelector('[data-unwarranted="panel"]');
          if (!host) return;
          observer.disconnect();
          new ResizeObserver((entries) => {
            for (const entry of entries) heights.push(Math.round(entry.borderBoxSize[0]?.blockSize ?? 0));
          }).observe(host);
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.goto(ring.url, { waitUntil: 'load' });
      await page.locator(`${HOST} .headline-text`).waitFor({ state: 'visible' });
      await page.locator(`${HOST} .section-sources .section-body`).waitFor({ state: 'attached' });
      const heights = await page.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return (globalThis as unknown as { __heights: number[] }).__heights;
      });
      const shown = heights.filter((height) => height > 0);
      expect(shown.length).toBeGreaterThan(0);
      expect(new Set(shown).size, `heights: ${heights.join(', ')}`).toBe(1);
      await page.close();
    });

    test('a product line with facts of its own: they lead the panel, above the vendor’s headline', async () => {
      const fixture = loadFixtures((f) => f.file === LINE_PAGE)[0]!;
      browser.serve(fixture.url, fixture.path);
      const page = await browser.context.newPage();
      await openAndReadPanel(browser, fixture.url, page);
      const block = page.locator(`${HOST} .line-facts`);
      expect(await block.locator('.line-facts-heading').innerText()).toBe(LINE_FACTS[lang].heading);
      expect(await block.locator('li').allInnerTexts()).toContain(LINE_FACTS[lang].local);
      const top = async (selector: string) => (await page.locator(`${HOST} ${selector}`).boundingBox())?.y ?? Number.NaN;
      expect(await top('.line-facts')).toBeLessThan(await top('.headline-text'));
      expect(await top('.line-facts')).toBeGreaterThan(await top('.product'));
      await page.close();
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`no accessibility violations (axe-core), ${scheme}; screenshot for the README`, async () => {
        const page = await openRing(browser);
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.locator(HOST).scrollIntoViewIfNeeded();
        await page.locator(HOST).screenshot({ path: join(SCREENSHOTS, `panel-${lang}-${scheme}.png`) });
        await openSections(page);
        expect(await axeViolations(page, '[data-unwarranted="panel"]')).toEqual([]);
        await page.close();
      });
    }
  });
}

describe('panel behaviour', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const hostile of loadFixtures(() => true, 'hostile/INDEX.tsv').filter((f) => f.file.startsWith('hostile/css-'))) {
    test(`hostile page CSS cannot hide or restyle the panel: ${hostile.file}`, async () => {
      browser.serve(hostile.url, hostile.path);
      const page = await browser.context.newPage();
      const state = await openAndReadPanel(browser, hostile.url, page);
      expect(state).toMatchObject({ count: 1, vendor: hostile.vendor, kind: hostile.kind });
      const host = page.locator(HOST);
      await host.scrollIntoViewIfNeeded();
      const box = await host.boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      expect(box?.height).toBeGreaterThan(150);
      const style = await page.locator(`${HOST} .headline-text`).evaluate((element) => {
        const computed = getComputedStyle(element);
        return { color: computed.color, fontSize: computed.fontSize, display: computed.display, visibility: computed.visibility };
      });
      expect(style).toEqual({ color: 'rgb(27, 27, 31)', fontSize: '16px', display: 'block', visibility: 'visible' });
      expect(await page.locator(`${HOST} .verdict-police .verdict-text`).isVisible()).toBe(true);
      await page.close();
    });
  }

  test('inserting the panel and loading its facts shifts the page by at most 0.01 (CLS), title in view while loading', async () => {
    const cameras = loadFixtures((f) => f.label === 'camera');
    const onePerShop = [...new Map(cameras.map((f) => [shopForUrl(new URL(f.url))?.id, f])).values()];
    expect(onePerShop.length).toBeGreaterThanOrEqual(8);
    for (const fixture of onePerShop) expectNoShift(await layoutShift(browser, fixture), fixture.file);
  });

  test('on a German shop, the complaint advice finds the authority of the shopper’s Land, from the keyboard, axe-clean', async () => {
    const page = await openRing(browser);
    await openSections(page);
    const finder = page.locator(`${HOST} .action-complaint .authority-finder`);
    const chosen = finder.locator('.authority-chosen');
    expect(await chosen.innerText()).toBe('');
    // The prompt, Baden-Württemberg, Bavaria.
    await finder.locator('select').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await finder.locator('select').inputValue()).toBe('DE-BY');
    expect(await chosen.innerText()).toMatch(/^Bayerisches Landesamt für Datenschutzaufsicht \(BayLDA\) Lodge a complaint/);
    expect(await chosen.locator('a').first().getAttribute('href')).toBe('https://lda.bayern.de/de/services_info.html');
    expect(await axeViolations(page, HOST)).toEqual([]);
    await page.close();
  });

  test('collapse is remembered, and works from the keyboard', async () => {
    const page = await openRing(browser);
    const toggle = page.locator(`${HOST} button.toggle`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator(`${HOST} .body`).isHidden()).toBe(true);
    // The headline stays: the answer is visible even when collapsed.
    expect(await page.locator(`${HOST} .headline-text`).isVisible()).toBe(true);
    await page.reload({ waitUntil: 'load' });
    await page.locator(`${HOST} button.toggle`).waitFor();
    await expect.poll(() => page.locator(`${HOST} button.toggle`).getAttribute('aria-expanded')).toBe('false');
    await page.locator(`${HOST} button.toggle`).click();
    await page.reload({ waitUntil: 'load' });
    // The panel becomes visible once the settings are read and applied.
    await page.locator(`${HOST} button.toggle`).waitFor({ state: 'visible' });
    expect(await page.locator(`${HOST} button.toggle`).getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  test('"don’t show for this vendor" is remembered and can be undone', async () => {
    const page = await openRing(browser);
    // Whether the panel's content was ever visible: checked when it is inserted and before every frame.
    await probePanel(page);
    await page.locator(`${HOST} button.hide`).click();
    expect(await page.locator(`${HOST} .hidden-note`).innerText()).toContain('will not show this panel for Ring again');
    await page.reload({ waitUntil: 'load' });
    // The content script puts an invisible panel in place at once and removes it when the settings say so.
    await browser.contentScriptDone(page);
    await expect.poll(() => page.locator(HOST).count()).toBe(0);
    // Not even for a moment while the settings were being read.
    expect((await readProbe(page)).shown).toBe(false);

    // Another vendor is not affected.
    const blink = loadFixtures((f) => f.file === 'pages/amazon.de/synthetic-blink-outdoor-4.html')[0]!;
    browser.serve(blink.url, blink.path);
    expect(await openAndReadPanel(browser, blink.url)).toMatchObject({ count: 1, vendor: 'blink' });

    // Undo right after hiding brings it back for good.
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
        hiddenVendors: [],
      }),
    );
    await page.reload({ waitUntil: 'load' });
    await page.locator(`${HOST} button.hide`).click();
    await page.locator(`${HOST} button.undo`).click();
    await page.reload({ waitUntil: 'load' });
    await page.locator(`${HOST} .headline-text`).waitFor();
    expect(await page.locator(HOST).count()).toBe(1);
    await page.close();
  });

  test('clicks the page synthesises cannot collapse the panel or hide a vendor; the user’s own clicks can', async () => {
    interface Storage {
      storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
    }
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    const stored = () =>
      worker.evaluate(() => (globalThis as unknown as { chrome: Storage }).chrome.storage.local.get(['hiddenVendors', 'panelCollapsed']));
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: Storage }).chrome.storage.local.set({ hiddenVendors: [], panelCollapsed: false }),
    );
    const page = await openRing(browser);
    const before = await stored();
    // From the page's own world: element.click(), a dispatched MouseEvent and a keyboard Enter.
    await page.evaluate(() => {
      const shadow = document.querySelector('[data-unwarranted="panel"]')!.shadowRoot!;
      for (const selector of ['button.toggle', 'button.hide']) {
        const button = shadow.querySelector<HTMLButtonElement>(selector)!;
        button.click();
        button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
    });
    // The buttons' handlers ran synchronously in that evaluation: what they would show is there now.
    expect(await page.locator(`${HOST} .hidden-note`).count()).toBe(0);
    expect(await page.locator(`${HOST} button.toggle`).getAttribute('aria-expanded')).toBe('true');
    expect(await stored()).toEqual(before);
    // The same buttons work for the user (trusted input from the browser).
    await page.locator(`${HOST} button.toggle`).click();
    await expect.poll(async () => (await stored())['panelCollapsed']).toBe(true);
    // The page's writes would have reached storage before this one (one script, one queue): there were none.
    expect((await stored())['hiddenVendors']).toEqual(before['hiddenVendors']);
    await worker.evaluate(() => (globalThis as unknown as { chrome: Storage }).chrome.storage.local.set({ panelCollapsed: false }));
    await page.close();
  });

  test('the language chosen in the options page wins over the browser’s, and a switched-off shop shows no panel', async () => {
    interface Storage {
      storage: { local: { set(items: object): Promise<void>; remove(keys: string[]): Promise<void> } };
    }
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    const set = (items: object) =>
      worker.evaluate((values) => (globalThis as unknown as { chrome: Storage }).chrome.storage.local.set(values), items);
    await set({ language: 'de', hiddenVendors: [] });
    const page = await openRing(browser);
    await expect.poll(() => page.locator(`${HOST} .headline-text`).innerText()).toMatch(/^Ring hat Aufnahmen ohne richterlichen Beschluss/);
    await set({ disabledShops: ['amazon'] });
    await page.reload({ waitUntil: 'load' });
    await browser.contentScriptDone(page);
    await expect.poll(() => page.locator(HOST).count()).toBe(0);
    await worker.evaluate(() => (globalThis as unknown as { chrome: Storage }).chrome.storage.local.remove(['language', 'disabledShops']));
    await page.close();
  });
});
