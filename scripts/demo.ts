/**
 * `npm run demo`: opens Chromium with the freshly built extension (dist/) on bundled sample pages,
 * served offline at their real shop URLs, and prints for each page what the extension decided.
 * With a display (DISPLAY set, CI not) it opens a browser window to click around in; without one
 * it runs headless and writes a PNG screenshot of each page to artifacts/demo/<language>/.
 * DEMO_LANG=de gives a German browser. Exits 1 if a page does not show what it should.
 *
 * `runDemo()` is what tests/e2e/demo.test.ts runs.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST, launchBrowser, readPanelState, type Browser } from '../tests/support/browser.ts';
import { loadFixtures, type Fixture } from '../tests/support/fixtures.ts';
import { shopForUrl } from '../src/shops/index.ts';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../src/shared/languages.ts';

const ROOT = join(import.meta.dirname, '..');
const HOST = '[data-unwarranted="panel"]';

/** The sample pages, in the order they are shown: three cameras, an accessory and a page that is no camera. */
export const DEMO_SAMPLES = [
  { file: 'pages/amazon.de/synthetic-ring-battery-video-doorbell-plus.html', name: 'Ring Battery Video Doorbell Plus' },
  { file: 'pages/amazon.com/synthetic-wyze-cam-v3.html', name: 'Wyze Cam v3' },
  { file: 'pages/amazon.de/synthetic-echo-show-8.html', name: 'Echo Show 8' },
  { file: 'pages/amazon.com/synthetic-ring-chime-pro.html', name: 'Ring Chime Pro (an accessory)' },
  { file: 'pages/amazon.de/old-spice-rasiercreme.html', name: 'Old Spice shaving cream' },
] as const;

export interface DemoOptions {
  lang: Language;
  /** false opens a window and waits until the user closes it. */
  headless: boolean;
  /** Where headless runs write their screenshots; artifacts/demo/<lang> by default. */
  out?: string;
  /** Where the summary goes; console.log by default. */
  log?: (line: string) => void;
}

export interface DemoResult {
  file: string;
  name: string;
  url: string;
  /** The vendor whose panel the page shows, or null for no panel. */
  vendor: string | null;
  kind: string | null;
  /** The vendor the page should show (the fixture index), or null for none. */
  expected: string | null;
  ok: boolean;
  /** The PNG written (headless runs only). */
  screenshot?: string;
}

/** Language and window from the environment: a window only with a display and not in CI. */
export function demoOptions(env: NodeJS.ProcessEnv): Pick<DemoOptions, 'lang' | 'headless'> {
  return { lang: isLanguage(env['DEMO_LANG']) ? env['DEMO_LANG'] : DEFAULT_LANGUAGE, headless: !(env['DISPLAY'] && !env['CI']) };
}

export async function runDemo(options: DemoOptions): Promise<DemoResult[]> {
  const log =
    options.log ??
    ((line: string) => {
      console.log(line);
    });
  const out = options.out ?? join(ROOT, 'artifacts', 'demo', options.lang);
  const fixtures = DEMO_SAMPLES.map((sample) => {
    const fixture = loadFixtures((candidate) => candidate.file === sample.file)[0];
    if (!fixture) throw new Error(`${sample.file} is not in tests/fixtures/INDEX.tsv`);
    return { sample, fixture };
  });
  if (!existsSync(join(DIST, 'manifest.json')))
    throw new Error('dist/ holds no build: run `npm run demo` (it builds first) or `npm run build`.');
  if (options.headless) mkdirSync(out, { recursive: true });
  log(
    `Chromium ${options.headless ? '(headless)' : 'window'} with Unwarranted from dist/, ${new Intl.DisplayNames(['en'], { type: 'language' }).of(options.lang) ?? options.lang} UI, ${String(fixtures.length)} sample pages served offline at their shop URLs:`,
  );

  const browser = await launchBrowser({ lang: options.lang, headless: options.headless });
  try {
    const results: DemoResult[] = [];
    // The window opens with one empty tab: the first sample goes there.
    let blank = browser.context.pages()[0];
    for (const { sample, fixture } of fixtures) {
      browser.serve(fixture.url, fixture.path);
      const page = blank ?? (await browser.context.newPage());
      blank = undefined;
      const result = await decide(browser, page, sample, fixture);
      if (options.headless) {
        result.screenshot = join(
          out,
          `${fixture.file
            .split('/')
            .slice(1)
            .join('-')
            .replace(/\.html$/, '')}.png`,
        );
        await screenshot(page, fixture, result.vendor !== null, result.screenshot);
        await page.close();
      }
      results.push(result);
      log(summary(result));
    }
    const wrong = results.filter((result) => !result.ok).length;
    log(
      wrong === 0
        ? `All ${String(results.length)} pages as expected.`
        : `${String(wrong)} of ${String(results.length)} pages NOT as expected.`,
    );
    if (!options.headless) {
      log('Chromium is open on these pages. Close its window to finish.');
      await new Promise((resolve) => browser.context.once('close', resolve));
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** Opens the page and waits until the content script has decided and a panel, if any, is visible. */
async function decide(browser: Browser, page: Page, sample: (typeof DEMO_SAMPLES)[number], fixture: Fixture): Promise<DemoResult> {
  await page.goto(fixture.url, { waitUntil: 'load' });
  await browser.contentScriptDone(page);
  const state = await page.evaluate(readPanelState);
  // Shown once the user's settings are read.
  if (state.count > 0) await page.locator(`${HOST} .headline-text`).first().waitFor({ state: 'visible' });
  const expected = fixture.label === 'camera' ? fixture.vendor : null;
  return {
    file: fixture.file,
    name: sample.name,
    url: fixture.url,
    vendor: state.vendor,
    kind: state.kind,
    expected,
    ok: state.count === (expected ? 1 : 0) && state.vendor === expected,
  };
}

/** The product title and what follows it: down to the end of the panel, or a little further. */
async function screenshot(page: Page, fixture: Fixture, panel: boolean, file: string): Promise<void> {
  const titles = shopForUrl(new URL(fixture.url))?.fields.title ?? [];
  // Where they are on the page (not in the viewport), as a full-page clip wants it.
  const onPage = (element: Element) => {
    const box = element.getBoundingClientRect();
    return { top: box.top + scrollY, bottom: box.bottom + scrollY };
  };
  // The shop's title selectors in their order (a page may have other headings before the product's).
  let selector = 'h1';
  for (const candidate of [...titles].reverse()) if ((await page.locator(candidate).count()) > 0) selector = candidate;
  const title = await page.locator(selector).first().evaluate(onPage);
  const host = panel ? await page.locator(HOST).first().evaluate(onPage) : undefined;
  const top = Math.max(Math.min(title.top, host?.top ?? title.top) - 16, 0);
  const bottom = host ? Math.max(host.bottom, title.bottom) + 16 : title.bottom + 220;
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: top, width: 1000, height: bottom - top } });
}

function summary(result: DemoResult): string {
  const shop = new URL(result.url).hostname.replace(/^www\./, '');
  const shown = result.vendor ? `panel for ${result.vendor} (${result.kind ?? '?'})` : 'no panel';
  const wanted = result.ok ? '' : `  ✗ expected ${result.expected ? `a panel for ${result.expected}` : 'no panel'}`;
  const path = result.screenshot && relative(process.cwd(), result.screenshot);
  const file = result.screenshot && path ? `  ${path.startsWith('..') ? result.screenshot : path}` : '';
  return `  ${result.ok ? '✓' : '✗'} ${result.name.padEnd(34)} ${shop.padEnd(11)} ${shown.padEnd(34)}${wanted}${file}`.trimEnd();
}

if (process.argv[1] === import.meta.filename) {
  const results = await runDemo(demoOptions(process.env));
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}
