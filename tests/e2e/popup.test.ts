/** The popup and the toolbar badge, in Chromium with the built extension. */
import { LANGUAGES } from '../../src/shared/languages.ts';
import type { Page, Worker } from 'playwright-core';
import { nameIn } from '../../src/dataset/names.ts';
import { formatPeriod } from '../../src/shared/format.ts';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundledDataset } from '../../src/dataset/bundled.ts';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser, openAndReadPanel, type Browser } from '../support/browser.ts';
import type { ExtensionGlobals as Local } from '../support/browser.ts';
import { POPUP_LOOKUPS } from '../support/expected.ts';
import { loadFixtures } from '../support/fixtures.ts';
import { translator } from '../support/i18n.ts';

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

const vendor = (id: string) => bundledDataset.vendors.find((candidate) => candidate.id === id)!;

/** Types a query and waits for the results. */
async function search(page: Page, query: string): Promise<void> {
  await page.locator('[data-unwarranted="search"]').fill(query);
  await page.locator('[data-unwarranted="result"]').first().waitFor();
}

/** Opens the first result's detail with every section open, so that checks see the facts too. */
async function openFirstResult(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await page.locator('#detail .headline-text').waitFor();
  await page.locator('#detail details').evaluateAll((sections) => {
    for (const section of sections) (section as HTMLDetailsElement).open = true;
  });
}

/** The popup at the browser's largest popup size (800 × 600 at most; ours is 420 px wide). */
async function openPopup(on: Browser = browser): Promise<Page> {
  const page = await on.context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.goto(`chrome-extension://${await on.extensionId()}/src/popup/index.html`);
  return page;
}

/** Finds a vendor by its name and presses its Compare button. */
async function addToComparison(page: Page, id: string): Promise<void> {
  await page.locator('[data-unwarranted="search"]').fill(vendor(id).name);
  await page.locator(`[data-unwarranted="result"][data-vendor="${id}"] .compare-toggle`).click();
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
  expect(await detail.locator('.headline-text').innerText()).toBe(
    'Ring has given footage to police without a warrant or the owner’s consent.',
  );
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

test('compare rows say what their value states: what happened, what the policy says, which years a report covers', async () => {
  const page = await openPopup();
  for (const id of ['ring', 'nest', 'ezviz']) await addToComparison(page, id);
  await page.locator('#compare-open').click();
  const row = async (verdict: string) => [
    await page.locator(`#detail tr[data-verdict="${verdict}"] th`).innerText(),
    ...(await page.locator(`#detail tr[data-verdict="${verdict}"] td`).allInnerTexts()),
  ];
  // The answer each card opens with comes first, in short and in its colour.
  expect(await row('headline')).toEqual([
    'Overall',
    'gave footage to police without a warrant',
    'policy allows emergency disclosures',
    'no known case; protection of video unknown',
  ]);
  expect(
    await page
      .locator('#detail tr[data-verdict="headline"] td')
      .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset['severity'])),
  ).toEqual(['red', 'amber', 'grey']);
  expect(await row('policeDisclosure')).toEqual([
    'Footage given to police without a warrant or consent',
    'documented cases',
    'allowed by policy in emergencies',
    'no known case',
  ]);
  expect(await row('warrantRequired')).toEqual(['Policy: warrant required', 'yes', 'unknown', 'unknown']);
  expect(await row('emergencyException')).toEqual(['Policy: exception for emergencies', 'yes', 'yes', 'unknown']);
  // Ring's and EZVIZ's claims name the years their reports cover; Nest's do not, so no period is shown for it.
  expect(vendor('ring').verdicts.transparencyReport.period).toEqual({ from: '2020', to: '2021' });
  expect(vendor('ezviz').verdicts.transparencyReport.period).toEqual({ from: '2023', to: '2023' });
  expect(vendor('nest').verdicts.transparencyReport.period).toBeUndefined();
  const t = translator('en');
  expect(await row('transparencyReport')).toEqual([
    'Published a transparency report',
    t('value_yes_period', formatPeriod('2020', '2021', 'en')),
    'yes',
    'yes, covering 2023',
  ]);
  await page.close();
});

test('a fourth Compare says, next to the chosen vendors, that 3 is the limit and how to remove one', async () => {
  const page = await openPopup();
  for (const id of ['ring', 'hue', 'arlo']) await addToComparison(page, id);
  await addToComparison(page, 'nest');
  const note = page.locator('#compare-note');
  expect(await note.isVisible()).toBe(true);
  expect(await note.innerText()).toBe('You can compare up to 3 vendors. To add Google Nest, first remove one of them with its ✕.');
  expect(await note.getAttribute('role')).toBe('status');
  const nestToggle = page.locator('[data-unwarranted="result"][data-vendor="nest"] .compare-toggle');
  expect(await nestToggle.getAttribute('aria-pressed')).toBe('false');
  const chosen = page.locator('#compare-chosen button');
  expect(await chosen.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')))).toEqual([
    'Remove Ring from the comparison',
    'Remove Philips Hue Secure from the comparison',
    'Remove Arlo from the comparison',
  ]);
  await page.getByRole('button', { name: 'Remove Ring from the comparison' }).click();
  expect(await note.isVisible()).toBe(false);
  await nestToggle.click();
  expect(await nestToggle.getAttribute('aria-pressed')).toBe('true');
  expect(await chosen.count()).toBe(3);
  expect(await note.isVisible()).toBe(false);
  await page.close();
});

test('brands typed without their hyphen or space are found; a brand we do not cover gets a checklist, not a bare "no match"', async () => {
  const page = await openPopup();
  const search = page.locator('[data-unwarranted="search"]');
  for (const [query, first] of [
    ['simply safe', 'simplisafe'],
    ['tplink', 'tp-link'],
    ['eufy security', 'eufy'],
    ['d link', 'd-link'],
  ] as const) {
    await search.fill(query);
    await expect.poll(async () => (await resultVendors(page))[0]).toBe(first);
  }
  await search.fill('Galayou');
  const uncovered = page.locator('#results .uncovered');
  await uncovered.waitFor();
  expect(await resultVendors(page)).toEqual([]);
  expect(await uncovered.locator('.uncovered-title').innerText()).toBe('We have no record of “Galayou”.');
  expect(await uncovered.locator('li').allInnerTexts()).toEqual([
    'Does it record locally, without the cloud?',
    'Is video end-to-end encrypted by default?',
    'Which app does it need, and whose cloud does it use?',
    'Where is footage stored?',
  ]);
  await page.close();
});

test('a parent company finds the brand we cover, with a line naming the relation from the dataset; a scope shows under the name', async () => {
  const page = await openPopup();
  const search = page.locator('[data-unwarranted="search"]');
  const parentLine = (id: string) => page.locator(`[data-unwarranted="result"][data-vendor="${id}"] .result-parent`);
  await search.fill('Hikvision');
  await expect.poll(async () => (await resultVendors(page)).slice(0, 2)).toEqual(['hikvision', 'ezviz']);
  expect(await parentLine('hikvision').count()).toBe(0);
  expect(await parentLine('ezviz').innerText()).toBe(`EZVIZ is a brand of ${nameIn(vendor('ezviz').parent, 'en')}`);
  await search.fill('Amazon');
  await expect.poll(async () => (await resultVendors(page)).slice(0, 3).sort()).toEqual(['amazon', 'blink', 'ring']);
  expect(await parentLine('ring').innerText()).toBe(`Ring is a brand of ${nameIn(vendor('ring').parent, 'en')}`);
  expect(await parentLine('blink').innerText()).toBe(`Blink is a brand of ${nameIn(vendor('blink').parent, 'en')}`);
  expect(await parentLine('amazon').count()).toBe(0);
  const scoped = bundledDataset.vendors.find((candidate) => candidate.scope);
  if (scoped?.scope) {
    await search.fill(scoped.name);
    await page.locator(`[data-unwarranted="result"][data-vendor="${scoped.id}"] .result-scope`).waitFor();
    expect(await page.locator(`[data-unwarranted="result"][data-vendor="${scoped.id}"] .result-scope`).innerText()).toBe(scoped.scope.en);
  }
  await page.close();
});

test('a cloud platform is found by its app name and lists the brands that use it; such a brand says so', async () => {
  const page = await openPopup();
  const search = page.locator('[data-unwarranted="search"]');
  const platformLine = (id: string) => page.locator(`[data-unwarranted="result"][data-vendor="${id}"] .result-platform`);
  await search.fill('Smart Life');
  await expect.poll(async () => (await resultVendors(page))[0]).toBe('tuya');
  expect(await platformLine('tuya').innerText()).toBe('App and cloud of cameras sold as: Geeni');
  await search.fill('CloudEdge');
  await expect.poll(async () => (await resultVendors(page))[0]).toBe('cloudedge');
  expect(await platformLine('cloudedge').innerText()).toBe('App and cloud of cameras sold as: ANRAN');
  await search.fill('ANRAN');
  await expect.poll(async () => (await resultVendors(page))[0]).toBe('anran');
  expect(await platformLine('anran').innerText()).toBe('Some models use the CloudEdge app and cloud');
  await page.close();
});

test('Apple finds HomeKit Secure Video: what it does, the cameras that work with it, its sources; each camera opens its vendor', async () => {
  const page = await openPopup();
  const search = page.locator('[data-unwarranted="search"]');
  const result = page.locator('[data-unwarranted="result"][data-vendor="homekit-secure-video"]');
  await search.fill('Apple');
  await expect.poll(async () => (await resultVendors(page))[0]).toBe('homekit-secure-video');
  expect(await result.locator('.result-parent').innerText()).toBe('A recording platform of Apple Inc.');
  expect(await result.locator('.result-platform').innerText()).toBe('Works with cameras of: Eve, Logitech, Netatmo');
  await page.keyboard.press('Enter');
  await page.locator('#detail .platform-vendors').waitFor();
  expect(await page.locator('#detail .detail-name').innerText()).toBe('Apple HomeKit Secure Video');
  expect(await page.locator('#detail .claims .claim').count()).toBeGreaterThan(0);
  await page.locator('#detail .platform-vendors button', { hasText: 'Logitech' }).click();
  await expect.poll(() => page.locator('#detail .detail-name').innerText()).toBe('Logitech');
  await page.close();
});

test('detail: the answer is the largest text, then the verdict sentences, then labels and notes', async () => {
  const page = await openPopup();
  await page.locator('[data-unwarranted="search"]').fill('ring');
  await expect.poll(async () => (await resultVendors(page))[0]).toBe('ring');
  await page.keyboard.press('Enter');
  await page.locator('#detail .headline-text').waitFor();
  const sizes = await page.evaluate(() => {
    const size = (selector: string) =>
      [...document.querySelectorAll(`#detail ${selector}`)].map((element) => parseFloat(getComputedStyle(element).fontSize));
    return {
      headline: size('.headline-text'),
      verdicts: size('.verdict-text'),
      rest: [...size('h2'), ...size('.verdict-heading'), ...size('.verdict-note'), ...size('.section-summary'), ...size('.meta')],
    };
  });
  expect(sizes.headline).toHaveLength(1);
  expect(sizes.verdicts).toHaveLength(2);
  expect(sizes.rest.length).toBeGreaterThan(4);
  for (const verdict of sizes.verdicts) expect(verdict).toBeLessThan(sizes.headline[0]!);
  for (const other of sizes.rest) expect(other).toBeLessThan(Math.min(...sizes.verdicts));
  await page.close();
});

/** Three vendors with the longest names, and three with the most (and longest) known values. */
const WIDEST_COMPARISONS = [
  [...bundledDataset.vendors]
    .sort((a, b) => b.name.length - a.name.length)
    .slice(0, 3)
    .map((entry) => entry.id),
  [...bundledDataset.vendors]
    .sort(
      (a, b) =>
        Object.values(b.verdicts).filter((verdict) => verdict.value !== 'unknown').length -
        Object.values(a.verdicts).filter((verdict) => verdict.value !== 'unknown').length,
    )
    .slice(0, 3)
    .map((entry) => entry.id),
];

describe.each(LANGUAGES)('popup and options page in a browser in one language, the comparison within the popup (%s)', (lang) => {
  let localized: Browser;
  beforeAll(async () => {
    localized = lang === 'en' ? browser : await launchBrowser({ lang });
  });
  afterAll(async () => {
    if (localized !== browser) await localized.close();
  });

  test('the lookup ranks Ring first; popup (results, detail, comparison) and options page are axe-clean', async () => {
    const page = await openPopup(localized);
    expect(await page.locator('h1').innerText()).toBe(translator(lang)('popup_title'));
    await search(page, 'ring');
    expect((await resultVendors(page))[0]).toBe('ring');
    expect(await axeViolations(page)).toEqual([]);
    await openFirstResult(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    for (const id of ['ring', 'arlo']) await addToComparison(page, id);
    await page.locator('#compare-open').click();
    await page.locator('#detail table').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`chrome-extension://${await localized.extensionId()}/src/options/index.html`);
    await page
      .locator('[data-testid="dataset-version"]')
      .filter({ hasText: /\d{4}\.\d{2}\.\d{2}/ })
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test.each(WIDEST_COMPARISONS)('%s, %s and %s', async (...ids) => {
    const page = await openPopup(localized);
    for (const id of ids) await addToComparison(page, id);
    await page.locator('#compare-open').click();
    await page.locator('#detail table').waitFor();
    expect(await page.locator('#detail thead th').allInnerTexts()).toEqual(ids.map((id) => vendor(id).name));
    expect(await page.locator('#detail caption').innerText()).toBe(translator(lang)('compare_caption'));
    if (ids.includes('ring')) {
      // Ring's report period, in this language.
      const cell = page.locator('#detail tr[data-verdict="transparencyReport"] td').nth(ids.indexOf('ring'));
      const { from, to } = vendor('ring').verdicts.transparencyReport.period!;
      expect(await cell.innerText()).toBe(translator(lang)('value_yes_period', formatPeriod(from, to, lang)));
    }
    const layout = await page.evaluate(() => {
      const root = document.documentElement;
      const detail = document.getElementById('detail')!;
      const table = detail.querySelector('table')!;
      return {
        scrollWidth: root.scrollWidth,
        clientWidth: root.clientWidth,
        detailScrollWidth: detail.scrollWidth,
        detailClientWidth: detail.clientWidth,
        tableRight: table.getBoundingClientRect().right,
        viewport: window.innerWidth,
        // The detail scrolls inside the popup: its visible content box ends before its scroll bar.
        detailContentRight: detail.getBoundingClientRect().left + detail.clientLeft + detail.clientWidth,
        overflowingCells: [...table.querySelectorAll('th, td')]
          .filter((cell) => cell.scrollWidth > cell.clientWidth)
          .map((cell) => cell.textContent),
      };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.detailScrollWidth).toBeLessThanOrEqual(layout.detailClientWidth);
    expect(layout.tableRight).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.tableRight).toBeLessThanOrEqual(layout.viewport);
    expect(layout.tableRight).toBeLessThanOrEqual(layout.detailContentRight + 0.5);
    expect(layout.overflowingCells).toEqual([]);
    await page.close();
  });
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
    await search(page, 'arlo');
    expect(await axeViolations(page)).toEqual([]);
    await openFirstResult(page);
    expect(await axeViolations(page)).toEqual([]);
    // A brand we have no record of, the limit of the comparison, the comparison itself.
    await page.keyboard.press('Escape');
    await page.locator('[data-unwarranted="search"]').fill('Galayou');
    await page.locator('#results .uncovered').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    for (const id of ['ring', 'hue', 'arlo', 'nest']) await addToComparison(page, id);
    await page.locator('#compare-note').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('#compare-open').click();
    await page.locator('#detail table').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
}

/**
 * In the page: makes storage.local's `method` fail as the browser's does when its storage is full
 * or broken, or work again. Both namespaces, where the browser has `browser` besides `chrome`.
 */
function failStorage({ method, failing }: { method: string; failing: boolean }): void {
  const scope = globalThis as unknown as Record<string, { storage?: { local?: Record<string, unknown> } } | undefined>;
  for (const api of [scope['chrome'], scope['browser']]) {
    const local = api?.storage?.local;
    if (!local) continue;
    const saved = `unwarrantedTestOriginal_${method}`;
    if (failing) {
      local[saved] ??= local[method];
      local[method] = () => {
        throw new Error(`storage.local.${method}: QUOTA_BYTES quota exceeded or IO error (test)`);
      };
    } else if (saved in local) local[method] = local[saved];
  }
}

test('"show again" that the browser fails to save: the popup says so, the button stays, nothing changes; a retry that works clears the message', async () => {
  const page = await openPopup();
  // Uncaught exceptions and unhandled promise rejections in the popup.
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  const stored = () =>
    page.evaluate(async () => (await (globalThis as unknown as Local).chrome.storage.local.get(['hiddenVendors']))['hiddenVendors']);
  const error = page.locator('#error');
  const showAgain = page.getByRole('button', { name: 'Show again on shop pages' });
  const arloTags = page.locator('[data-unwarranted="result"][data-vendor="arlo"] .result-tag');
  try {
    await page.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.set({ hiddenVendors: ['arlo'] }));
    await page.locator('[data-unwarranted="search"]').fill('arlo');
    await expect.poll(() => arloTags.allInnerTexts()).toEqual(['Hidden on shop pages']);
    expect(await error.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await showAgain.waitFor();
    await page.evaluate(failStorage, { method: 'set', failing: true });
    await showAgain.click();
    await expect.poll(() => error.textContent()).toBe(translator('en')('error_setting_not_saved'));
    expect(await error.isVisible()).toBe(true);
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await showAgain.isVisible()).toBe(true);
    expect(await stored()).toEqual(['arlo']);
    expect(await axeViolations(page)).toEqual([]);

    await page.evaluate(failStorage, { method: 'set', failing: false });
    await showAgain.click();
    await expect.poll(() => stored()).toEqual([]);
    await expect.poll(() => showAgain.count()).toBe(0);
    expect(await error.textContent()).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => arloTags.count()).toBe(0);
    expect(uncaught).toEqual([]);
  } finally {
    await page.evaluate(failStorage, { method: 'set', failing: false });
    await page.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.remove(['hiddenVendors']));
    await page.close();
  }
});

test('storage that cannot be read: the popup says so and still lists the vendors', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(failStorage, { method: 'get', failing: true });
  await page.goto(popupUrl);
  await page.locator('[data-unwarranted="search"]').fill('ring');
  await expect.poll(async () => (await resultVendors(page))[0]).toBe('ring');
  expect(await page.locator('#error').innerText()).toBe(translator('en')('error_storage_unreadable'));
  await page.keyboard.press('Enter');
  await page.locator('#detail .headline-text').waitFor();
  await page.close();
});

test('nothing in the popup was refused by its Content-Security-Policy (no inline script or style)', () => {
  expect(browser.cspViolations).toEqual([]);
});
