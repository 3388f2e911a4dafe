/**
 * Every fixture in real Chromium with the built extension: a panel with the right vendor and
 * kind on camera pages, none anywhere else (not even for a moment while loading), never two. Prints precision and recall per shop.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIST, launchBrowser, openAndReadPanel, type Browser } from '../support/browser.ts';
import { loadFixtures } from '../support/fixtures.ts';

const fixtures = loadFixtures();
const outcomes: { shop: string; label: string; panel: boolean; vendorOk: boolean }[] = [];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  // Counts every panel the page ever held, so that one shown early and removed later is seen too.
  await browser.context.addInitScript(() => {
    const seen = new Set<Element>();
    (globalThis as unknown as { __panelsSeen: Set<Element> }).__panelsSeen = seen;
    new MutationObserver(() => {
      for (const host of document.querySelectorAll('[data-unwarranted="panel"]')) seen.add(host);
    }).observe(document, { childList: true, subtree: true });
  });
});

afterAll(async () => {
  await browser.close();
  const shops = [...new Set(outcomes.map((o) => o.shop))].sort();
  for (const shop of [...shops, 'ALL']) {
    const mine = outcomes.filter((o) => shop === 'ALL' || o.shop === shop);
    const tp = mine.filter((o) => o.label === 'camera' && o.panel).length;
    const fp = mine.filter((o) => o.label !== 'camera' && o.panel).length;
    const fn = mine.filter((o) => o.label === 'camera' && !o.panel).length;
    const vendorOk = mine.filter((o) => o.label === 'camera' && o.panel && o.vendorOk).length;
    const listing = mine.filter((o) => o.label === 'listing' && o.panel).length;
    const ratio = (a: number, b: number) => (b === 0 ? '    -' : (a / b).toFixed(3));
    console.log(
      `${shop.padEnd(16)} ${String(mine.length).padStart(3)} pages  precision ${ratio(tp, tp + fp)}  ` +
        `recall ${ratio(tp, tp + fn)}  vendor accuracy ${ratio(vendorOk, tp)}  ` +
        `(TP ${String(tp)}, FP ${String(fp)}, FN ${String(fn)}, panels on listings ${String(listing)})`,
    );
  }
});

describe('shop pages in Chromium', () => {
  for (const fixture of fixtures) {
    const expected = fixture.label === 'camera' ? `panel ${fixture.vendor}/${fixture.kind}` : 'no panel';
    test(`${fixture.file} (${fixture.label}) → ${expected}`, async () => {
      browser.serve(fixture.url, fixture.path);
      const page = await browser.context.newPage();
      const panel = await openAndReadPanel(browser, fixture.url, page);
      const everShown = await page.evaluate(() => (globalThis as unknown as { __panelsSeen: Set<Element> }).__panelsSeen.size);
      await page.close();
      outcomes.push({
        shop: fixture.file.split('/')[1] ?? '',
        label: fixture.label,
        panel: panel.count > 0,
        vendorOk: panel.vendor === fixture.vendor,
      });
      if (fixture.label === 'camera') {
        expect(panel).toMatchObject({ count: 1, vendor: fixture.vendor, kind: fixture.kind, facts: true });
        expect(everShown, 'panels ever inserted').toBe(1);
      } else {
        // Not even for a moment while the page was loading.
        expect({ count: panel.count, everShown }).toEqual({ count: 0, everShown: 0 });
      }
    });
  }

  test('the panel is written in English for an English browser', async () => {
    const fixture = fixtures.find((f) => f.vendor === 'ring' && f.label === 'camera');
    browser.serve(fixture!.url, fixture!.path);
    const panel = await openAndReadPanel(browser, fixture!.url);
    expect(panel.text).toContain('Ring · video doorbell');
    expect(panel.text).toContain('Documented: United States: 11 times');
    expect(panel.text).toContain('Off by default; you can turn it on.');
    expect(panel.text).toContain('Why am I seeing this?');
    expect(panel.text).toContain('the product line “Ring Video Doorbell”');
  });

  test('source links are https, open in a new tab and send no referrer', async () => {
    const fixture = fixtures.find((f) => f.vendor === 'ring' && f.label === 'camera')!;
    browser.serve(fixture.url, fixture.path);
    const page = await browser.context.newPage();
    await openAndReadPanel(browser, fixture.url, page);
    // Sections are built when first opened.
    await page.locator('[data-unwarranted="panel"] details').evaluateAll((sections) => {
      for (const section of sections) (section as HTMLDetailsElement).open = true;
    });
    await page.locator('[data-unwarranted="panel"] .section-sources .claim').first().waitFor({ state: 'attached' });
    const links = await page.evaluate(() =>
      [...(document.querySelector('[data-unwarranted="panel"]')?.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => ({
        href: a.href,
        target: a.target,
        rel: a.rel,
      })),
    );
    await page.close();
    expect(links.length).toBeGreaterThan(10);
    for (const link of links)
      expect(link).toMatchObject({ href: expect.stringMatching(/^https:\/\//), target: '_blank', rel: 'noopener noreferrer' });
  });

  test('the extension makes no request of its own: only the served pages were fetched', () => {
    // Saved pages carry no scripts, styles or images, so apart from the browser's own favicon
    // lookups every request must be a navigation to a fixture URL.
    const served = new Set(fixtures.map((f) => new URL(f.url).href.replace(/#.*$/, '')));
    const other = browser.requests.filter(
      (request) => !(request.navigation && served.has(request.url.replace(/#.*$/, ''))) && !request.url.endsWith('/favicon.ico'),
    );
    expect(browser.requests.length).toBeGreaterThan(fixtures.length - 1);
    expect(other).toEqual([]);
  });
});

describe('robustness', () => {
  test('one panel when the content script runs twice in the same page', async () => {
    // A copy of the build whose manifest injects the content script twice.
    const dir = mkdtempSync(join(tmpdir(), 'unwarranted-twice-'));
    cpSync(DIST, dir, { recursive: true });
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    // Chromium skips a script listed twice, so the second entry loads a copy under another name.
    const [entry] = manifest.content_scripts;
    const copies = entry.js.map((file: string) => file.replace(/\.js$/, '.again.js'));
    entry.js.forEach((file: string, i: number) => {
      cpSync(join(dir, file), join(dir, copies[i]));
    });
    manifest.content_scripts = [entry, { ...entry, js: copies }];
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const twice = await launchBrowser({ dist: dir });
    try {
      const fixture = fixtures.find((f) => f.label === 'camera')!;
      twice.serve(fixture.url, fixture.path);
      const panel = await openAndReadPanel(twice, fixture.url);
      expect(panel.count).toBe(1);
    } finally {
      await twice.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('German browser: German panel text', async () => {
    const german = await launchBrowser({ lang: 'de' });
    try {
      const fixture = fixtures.find((f) => f.vendor === 'ring' && f.label === 'camera')!;
      german.serve(fixture.url, fixture.path);
      const panel = await openAndReadPanel(german, fixture.url);
      expect(panel.text).toContain('Ring · Videotürklingel');
      expect(panel.text).toContain('Vereinigte Staaten: 11-mal');
      expect(panel.text).toContain('Standardmäßig aus; Sie können sie einschalten.');
    } finally {
      await german.close();
    }
  });
});

test('the extension loads with no errors or warnings on chrome://extensions', async () => {
  const page = await browser.context.newPage();
  await page.goto('chrome://extensions');
  const report = await page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        // The API the chrome://extensions page itself uses.
        const api = (
          globalThis as unknown as { chrome: { developerPrivate: { getExtensionsInfo(cb: (list: ExtensionInfo[]) => void): void } } }
        ).chrome;
        interface ExtensionInfo {
          name: string;
          state: string;
          manifestErrors: unknown[];
          runtimeErrors: unknown[];
          installWarnings: unknown[];
        }
        api.developerPrivate.getExtensionsInfo((list) => {
          resolve(
            list
              .filter((e) => e.name === 'Unwarranted')
              .map(({ name, state, manifestErrors, runtimeErrors, installWarnings }) => ({
                name,
                state,
                manifestErrors,
                runtimeErrors,
                installWarnings,
              })),
          );
        });
      }),
  );
  await page.close();
  expect(report).toEqual([{ name: 'Unwarranted', state: 'ENABLED', manifestErrors: [], runtimeErrors: [], installWarnings: [] }]);
});
