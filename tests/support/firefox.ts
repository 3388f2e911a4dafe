/**
 * Real Firefox (Debian's firefox-esr) with the Firefox build, driven over WebDriver BiDi by
 * puppeteer-core, offline like the Chromium harness: saved pages are served at their real shop URLs
 * through request interception, extension requests pass, everything else is aborted. A dead proxy
 * catches anything the browser itself might try outside a page, so nothing leaves the machine.
 */
import type { Language } from '../../src/shared/languages.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../build/firefox-manifest.ts';
import { urlKey, WAIT_MS } from './browser.ts';

export const DIST_FIREFOX = join(import.meta.dirname, '..', '..', 'dist-firefox');
export const FIREFOX = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';
/** Fixed here so the tests know the moz-extension:// origin (Firefox picks a random one per profile). */
const EXTENSION_UUID = '5d1f0c4e-8a7b-4e21-9f3a-6c2d8b0e4a17';

export interface Firefox {
  browser: PuppeteerBrowser;
  /** Serves `file` at `url` for later navigations. */
  serve(url: string, file: string): void;
  /** A new tab that answers only from what was served. */
  newPage(): Promise<Page>;
  /** Opens one of the extension's pages (e.g. `src/popup/index.html`) in a new tab, once `readySelector` is there. */
  openExtensionPage(path: string, readySelector: string): Promise<Page>;
  /** Every request a page tried to make, served or not (extension pages excluded), without fragment. */
  requests: { url: string; navigation: boolean }[];
  close(): Promise<void>;
}

/** The locale of each language's Firefox UI: Debian's language pack for it is named after it (firefox-esr-l10n-es-es). */
const FIREFOX_LOCALES: Partial<Record<Language, string>> = { en: 'en-US', es: 'es-ES' };

/** A `lang` other than English needs Debian's language pack (firefox-esr-l10n-*), which .ci/run installs. */
export async function launchFirefox(options: { dist?: string; lang?: Language } = {}): Promise<Firefox> {
  const dist = options.dist ?? DIST_FIREFOX;
  const lang = options.lang ?? 'en';
  const locale = FIREFOX_LOCALES[lang] ?? lang;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox 153 lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '',
      'network.proxy.socks_remote_dns': true,
      // No DNS-over-HTTPS, no prefetching, no WebRTC: nothing around the proxy either.
      'network.trr.mode': 5,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'media.peerconnection.enabled': false,
    },
  });
  const id = await browser.installExtension(dist);
  if (id !== GECKO_ID) throw new Error(`Firefox installed the extension as ${id}, expected ${GECKO_ID}`);
  const pages = new Map<string, string>();
  const requests: Firefox['requests'] = [];

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('moz-extension://') || url.startsWith('data:')) return void request.continue();
      const navigation = request.isNavigationRequest();
      requests.push({ url: urlKey(url), navigation });
      const file = pages.get(urlKey(url));
      if (file && navigation) {
        return void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file) });
      }
      return void request.abort();
    });
    return page;
  }

  return {
    browser,
    requests,
    serve: (url, file) => pages.set(urlKey(url), file),
    newPage,
    async openExtensionPage(path, readySelector) {
      const page = await browser.newPage();
      // Firefox never reports an extension page's load to WebDriver, so wait for its content instead.
      page.goto(`moz-extension://${EXTENSION_UUID}/${path}`).catch(() => undefined);
      // The wait may begin in the old about:blank document and die with it; then it starts again.
      const deadline = Date.now() + WAIT_MS;
      for (;;) {
        try {
          await page.waitForSelector(readySelector, { timeout: Math.max(1000, deadline - Date.now()) });
          return page;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
    close: () => browser.close(),
  };
}
