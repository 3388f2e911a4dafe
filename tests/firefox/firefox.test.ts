/**
 * The Firefox build in real Firefox ESR (WebDriver BiDi): the same saved pages as the Chromium
 * suite must give the same panels — vendor and kind on every camera page, nothing on any other —
 * and the popup must find vendors by name.
 */
import { LANGUAGES } from '../../src/shared/languages.ts';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { panelSettled, readPanelState, urlKey, WAIT_MS, type PanelState } from '../support/browser.ts';
import { POPUP_LOOKUPS, RING_PAGE, RING_PANEL } from '../support/expected.ts';
import { loadFixtures } from '../support/fixtures.ts';
import { launchFirefox, type Firefox } from '../support/firefox.ts';
import { translator } from '../support/i18n.ts';

const fixtures = loadFixtures();
let firefox: Firefox;
let tab: Page;

beforeAll(async () => {
  firefox = await launchFirefox();
  for (const fixture of fixtures) firefox.serve(fixture.url, fixture.path);
  tab = await firefox.newPage();
});
afterAll(async () => {
  await firefox.close();
});

/**
 * Opens a page and reads its panels. Firefox injects the content script at document_start of every
 * page once the add-on has started, and the script decides in its DOMContentLoaded handler, before
 * load; a panel it makes shows its verdicts at once. Chromium proves each run (the script's own
 * world); WebDriver BiDi does not show that world, so here a camera page first proves that the
 * script runs at all (the first test, and again before the pages without one).
 */
async function readPanel(url: string, camera: boolean): Promise<PanelState> {
  await tab.goto(url, { waitUntil: 'load' });
  // On a cold, loaded machine the first camera page may take a while: wait for the verdicts (or the time is up and the assertions say what is missing).
  if (camera)
    await tab
      .waitForFunction(() => document.querySelector('[data-unwarranted="panel"]')?.shadowRoot?.querySelector('.headline-text'), {
        timeout: WAIT_MS,
      })
      .catch(() => undefined);
  else await tab.waitForFunction(panelSettled, { timeout: WAIT_MS }).catch(() => undefined);
  return tab.evaluate(readPanelState);
}

describe('panels in Firefox match the labels of every saved page', () => {
  for (const fixture of fixtures.filter(({ label }) => label === 'camera')) {
    test(`camera: ${fixture.file}`, async () => {
      const state = await readPanel(fixture.url, true);
      expect({ count: state.count, vendor: state.vendor, kind: state.kind, facts: state.facts }).toEqual({
        count: 1,
        vendor: fixture.vendor,
        kind: fixture.kind,
        facts: true,
      });
    });
  }

  test('no panel on any page that is no camera (not-camera and listing pages)', async () => {
    // The content script is running in this Firefox: a camera page gets its panel.
    const camera = fixtures.find(({ file }) => file === RING_PAGE)!;
    expect((await readPanel(camera.url, true)).count).toBe(1);
    const shown: string[] = [];
    for (const fixture of fixtures.filter(({ label }) => label !== 'camera')) {
      const state = await readPanel(fixture.url, false);
      if (state.count > 0) shown.push(`${fixture.file}: ${String(state.vendor)}`);
    }
    expect(shown).toEqual([]);
  }, 300_000);

  // Requests from the extension's own background are not visible here (the Chromium suite asserts
  // there are none); the dead proxy in the harness makes sure none could leave the machine.
  test('every page was served offline at its real shop URL', () => {
    const served = new Set(fixtures.map(({ url }) => urlKey(url)));
    const navigations = firefox.requests.filter(({ navigation }) => navigation);
    expect(navigations.length).toBeGreaterThanOrEqual(fixtures.length);
    expect(navigations.filter(({ url }) => !served.has(url))).toEqual([]);
  });
});

describe('popup in Firefox', () => {
  test('looks up vendors by brand, parent company, product line and with typos', async () => {
    // The first results appear at the end of the popup's start-up, once it listens to the field.
    const popup = await firefox.openExtensionPage('src/popup/index.html', '[data-unwarranted="result"]');
    for (const [query, first] of POPUP_LOOKUPS) {
      await popup.locator('[data-unwarranted="search"]').fill(query);
      await popup.waitForFunction(
        (vendor) => document.querySelector('[data-unwarranted="result"]')?.getAttribute('data-vendor') === vendor,
        { timeout: WAIT_MS },
        first,
      );
    }
    expect(await popup.$$eval('[data-unwarranted="result"]', (items) => items.length)).toBeGreaterThan(0);
    await popup.close();
  });

  test('the options page shows the dataset in use, and that this build (no update address, no key) gets new data with new releases', async () => {
    const options = await firefox.openExtensionPage('src/options/index.html', '[data-testid="dataset-version"]:not(:empty)');
    expect(await options.$eval('[data-testid="dataset-version"]', (element) => element.textContent)).toMatch(
      /^Version \d{4}\.\d{2}\.\d{2}/,
    );
    expect(await options.$eval('[data-testid="dataset-source"]', (element) => element.textContent)).toBe(
      'Source: bundled with the extension.',
    );
    expect(await options.$eval('[data-testid="update-note"]', (element) => element.textContent)).toBe(
      translator('en')('options_update_none'),
    );
    expect(await options.$$eval('#check, #import, #auto-update, input[type="url"]', (elements) => elements.length)).toBe(0);
    await options.close();
  });
});

describe('the same words in Firefox as in Chromium, in every language', () => {
  const ring = fixtures.find((fixture) => fixture.file === RING_PAGE)!;
  const expected = {
    en: { ...RING_PANEL.en, search: 'Look up a camera or doorbell brand' },
    de: { ...RING_PANEL.de, search: 'Kamera- oder Türklingel-Marke nachschlagen' },
    fr: { ...RING_PANEL.fr, search: 'Rechercher une marque de caméras ou de sonnettes' },
    es: { ...RING_PANEL.es, search: 'Buscar una marca de cámaras o timbres' },
    it: { ...RING_PANEL.it, search: 'Cerca un marchio di telecamere o campanelli' },
    nl: { ...RING_PANEL.nl, search: 'Camera- of deurbelmerk opzoeken' },
    pl: { ...RING_PANEL.pl, search: 'Sprawdź markę kamery lub dzwonka' },
  };
  for (const lang of LANGUAGES) {
    test(`${lang}: panel verdicts and popup`, async () => {
      // Every language but English needs its Debian language pack (firefox-esr-l10n-*); .ci/run installs them.
      const browser = lang === 'en' ? firefox : await launchFirefox({ lang });
      try {
        browser.serve(ring.url, ring.path);
        const page = await browser.newPage();
        await page.goto(ring.url, { waitUntil: 'load' });
        await page.waitForFunction(
          () => document.querySelector('[data-unwarranted="panel"]')?.shadowRoot?.querySelector('.verdict-e2ee .verdict-text'),
          { timeout: WAIT_MS },
        );
        const text = (selector: string) =>
          page.evaluate((s) => document.querySelector('[data-unwarranted="panel"]')!.shadowRoot!.querySelector(s)!.textContent, selector);
        expect(await text('.headline-text')).toBe(expected[lang].headline);
        expect(await text('.verdict-police .verdict-text')).toMatch(expected[lang].police);
        expect(await text('.verdict-e2ee .verdict-text')).toBe(expected[lang].e2ee);
        // The sections come from the background (an event page in Firefox) when asked for the facts.
        await page.evaluate(() => {
          for (const section of document.querySelector('[data-unwarranted="panel"]')!.shadowRoot!.querySelectorAll('details'))
            section.open = true;
        });
        await page.waitForFunction(
          () => document.querySelector('[data-unwarranted="panel"]')?.shadowRoot?.querySelector('.section-sources .claim'),
          { timeout: WAIT_MS },
        );
        expect(await text('.section-actions')).toContain(expected[lang].actions);
        // On a German shop, the complaint advice offers the 16 Länder in this language.
        const finder = await page.evaluate(() =>
          [...document.querySelector('[data-unwarranted="panel"]')!.shadowRoot!.querySelectorAll('.authority-finder option')].map(
            (option) => option.textContent,
          ),
        );
        expect(finder).toHaveLength(17);
        expect(finder[0]).toBe(translator(lang)('complaint_region_choose'));
        await page.close();
        const popup = await browser.openExtensionPage('src/popup/index.html', '[data-unwarranted="result"]');
        expect(await popup.evaluate(() => document.body.innerText)).toContain(expected[lang].search);
        await popup.locator('[data-unwarranted="search"]').fill('Türklingel Ring');
        await popup.waitForFunction(() => document.querySelector('[data-unwarranted="result"]')?.getAttribute('data-vendor') === 'ring', {
          timeout: WAIT_MS,
        });
        await popup.close();
      } finally {
        if (browser !== firefox) await browser.close();
      }
    });
  }
});
