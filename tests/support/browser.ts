/**
 * Real Chromium with the built extension, offline: saved pages are served at their real shop
 * URLs through request interception, extension requests pass, everything else is aborted.
 */
import type { Language } from '../../src/shared/languages.ts';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { patternMatches } from './match-pattern.ts';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/**
 * How long the tests wait for something the browser or the extension does before they fail: a
 * failure detector, not a speed check. Generous, because a loaded two-core machine can be ten
 * times slower than an idle one; an idle one never comes near it.
 */
export const WAIT_MS = 30_000;

export interface Resource {
  body: string | Buffer;
  status?: number;
  contentType?: string;
  /** Answer only after this long (to test timeouts). */
  delayMs?: number;
}

export interface Browser {
  context: BrowserContext;
  /** Serves `file` at `url` for later navigations. */
  serve(url: string, file: string): void;
  /** Answers any request (not only navigations) for `url`, e.g. a dataset update. */
  serveResource(url: string, resource: Resource | ((headers: Record<string, string>) => Resource) | undefined): void;
  /** The extension's id, from its service worker. */
  extensionId(): Promise<string>;
  /**
   * Resolves once the extension's content script has run in the page's current document and made
   * its decision (a panel, or none); at once on a URL the manifest does not run it on. Throws
   * after WAIT_MS if it never ran. This is what makes "no panel" mean something.
   */
  contentScriptDone(page: Page): Promise<void>;
  /** Every request the browser tried to make, served or not (extension pages excluded). */
  requests: { url: string; navigation: boolean; headers: Record<string, string> }[];
  /** Console reports of anything the extension pages' Content-Security-Policy refused. */
  cspViolations: string[];
  close(): Promise<void>;
}

/** How served pages and requests are matched: the normalised URL without its fragment. */
export const urlKey = (url: string) => new URL(url).href.replace(/#.*$/, '');

export interface LaunchOptions {
  lang?: Language;
  colorScheme?: 'light' | 'dark';
  /** The unpacked extension to load; the build in dist/ by default; null for none (baselines). */
  dist?: string | null;
  /** false opens a window (for the demo with a display). */
  headless?: boolean;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const lang = options.lang ?? 'en';
  const dist = options.dist === undefined ? DIST : options.dist;
  const profile = mkdtempSync(join(tmpdir(), 'unwarranted-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions', '--enable-automation'],
    colorScheme: options.colorScheme ?? 'light',
    locale: lang,
    viewport: { width: 1280, height: 900 },
    env: { ...process.env, LANGUAGE: lang },
    args: [
      ...(options.headless === false ? [] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
      ...(dist ? [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`] : []),
    ],
  });
  const matches = dist ? contentScriptMatches(dist) : [];
  const pages = new Map<string, string>();
  const resources = new Map<string, Resource | ((headers: Record<string, string>) => Resource)>();
  const requests: Browser['requests'] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://')) return route.continue();
    const navigation = route.request().isNavigationRequest();
    const headers = await route.request().allHeaders();
    requests.push({ url, navigation, headers });
    const served = resources.get(urlKey(url));
    const resource = typeof served === 'function' ? served(headers) : served;
    if (resource) {
      if (resource.delayMs) await new Promise((resolve) => setTimeout(resolve, resource.delayMs));
      return route
        .fulfill({ status: resource.status ?? 200, contentType: resource.contentType ?? 'application/json', body: resource.body })
        .catch(() => undefined);
    }
    const file = pages.get(urlKey(url));
    if (file && navigation) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
    }
    return route.abort();
  });
  const cspViolations: string[] = [];
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (page.url().startsWith('chrome-extension://') && /Content Security Policy/i.test(message.text()))
        cspViolations.push(message.text());
    });
  });
  return {
    context,
    requests,
    cspViolations,
    serve: (url, file) => pages.set(urlKey(url), file),
    serveResource: (url, resource) => {
      if (resource) resources.set(urlKey(url), resource);
      else resources.delete(urlKey(url));
    },
    async extensionId() {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return new URL(worker.url()).host;
    },
    async contentScriptDone(page) {
      const url = new URL(page.url());
      if (!matches.some((pattern) => patternMatches(pattern, url))) return;
      await contentScriptDecided(context, page);
    },
    async close() {
      try {
        await context.close();
      } finally {
        // Also when the browser is gone already (closed by the user, or by Ctrl-C).
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}

/** The match patterns of the build's content scripts. */
function contentScriptMatches(dist: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { matches?: string[] }[] };
  return (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
}

/**
 * Chromium gives an extension's content script its own JavaScript world, created when the script
 * is injected; DevTools reports it as an execution context with the extension's origin. The
 * script is injected at document_start and decides in its DOMContentLoaded handler, synchronously
 * (docs/architecture.md, 1.), so once its world exists and the document is past loading, the
 * decision is made and any panel is in the page (its settings and facts may still follow).
 */
async function contentScriptDecided(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const injected = new Promise<number>((resolve) => {
      cdp.on('Runtime.executionContextCreated', ({ context: created }) => {
        const frame = (created.auxData as { frameId?: string } | undefined)?.frameId;
        if (created.origin.startsWith('chrome-extension://') && frame === frameTree.frame.id) resolve(created.id);
      });
    });
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Error(`The content script did not run on ${page.url()} within ${String(WAIT_MS)} ms`));
      }, WAIT_MS);
    });
    // Enabling reports the contexts that exist already, then each new one.
    await cdp.send('Runtime.enable');
    const contextId = await Promise.race([injected, timeout]);
    // Evaluated in the script's own world, which the page's code cannot reach.
    const loaded = cdp.send('Runtime.evaluate', {
      contextId,
      awaitPromise: true,
      expression: `new Promise((resolve) => {
        if (document.readyState !== 'loading') resolve(true);
        else document.addEventListener('DOMContentLoaded', () => resolve(true), { once: true });
      })`,
    });
    await Promise.race([loaded, timeout]);
  } finally {
    clearTimeout(timer);
    await cdp.detach().catch(() => undefined);
  }
}

export interface PanelState {
  count: number;
  vendor: string | null;
  kind: string | null;
  text: string;
  /** The panel shows its answer: the headline and the two key verdicts, or the not-assessed line. */
  facts: boolean;
}

/** Runs in the page: true once there is no panel, or the panel shows its facts (they come from the background). */
export const panelSettled = (): boolean => {
  const host = document.querySelector('[data-unwarranted="panel"]');
  const shadow = host?.shadowRoot;
  return !shadow || shadow.querySelector('.headline-text, .hidden-note, .unassessed') !== null;
};

/** Runs in the page (in any browser): what the panels on it show. */
export const readPanelState = (): PanelState => {
  const hosts = [...document.querySelectorAll('[data-unwarranted="panel"]')];
  const host = hosts[0];
  return {
    count: hosts.length,
    vendor: host?.getAttribute('data-vendor') ?? null,
    kind: host?.getAttribute('data-kind') ?? null,
    text: (host?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '),
    facts: Boolean(host?.shadowRoot?.querySelector('.headline-text, .unassessed .product')),
  };
};

/** Opens a served URL and reports the panels on it once the content script has decided. */
export async function openAndReadPanel(browser: Browser, url: string, page?: Page): Promise<PanelState> {
  const tab = page ?? (await browser.context.newPage());
  await tab.goto(url, { waitUntil: 'load' });
  await browser.contentScriptDone(tab);
  // A panel shows its verdicts as it goes in; should that ever lag, wait (the assertions then tell what is missing).
  await tab.waitForFunction(panelSettled, undefined, { timeout: WAIT_MS }).catch(() => undefined);
  const state = await tab.evaluate(readPanelState);
  if (!page) await tab.close();
  return state;
}

export interface PanelProbe {
  /** A panel host was in the page at some point. */
  inserted: boolean;
  /** …and was removed again afterwards. */
  removed: boolean;
  /** Its content was visible at some point (not just holding its place while invisible). */
  shown: boolean;
}

/**
 * From the next navigation on, records in the page whether a panel was inserted, removed again,
 * and ever visible: checked on every DOM change and before every frame. Read it with readProbe().
 */
export async function probePanel(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probe = { inserted: false, removed: false, shown: false };
    (globalThis as unknown as { __probe: typeof probe }).__probe = probe;
    const look = () => {
      const host = document.querySelector('[data-unwarranted="panel"]');
      if (host) probe.inserted = true;
      else if (probe.inserted) probe.removed = true;
      const root = host?.shadowRoot?.querySelector('.root');
      if (root && getComputedStyle(root).visibility !== 'hidden') probe.shown = true;
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true });
    const everyFrame = () => {
      look();
      requestAnimationFrame(everyFrame);
    };
    requestAnimationFrame(everyFrame);
  });
}

export const readProbe = (page: Page): Promise<PanelProbe> =>
  page.evaluate(() => (globalThis as unknown as { __probe: PanelProbe }).__probe);

/** What an extension page's or worker's own world offers tests through page.evaluate: its storage. */
export interface ExtensionGlobals {
  chrome: {
    storage: {
      local: {
        get(keys: string | string[]): Promise<Record<string, unknown>>;
        set(items: object): Promise<void>;
        remove(keys: string | string[]): Promise<void>;
      };
    };
  };
}
