/**
 * The extension API for code that also runs in the content script. Firefox provides `browser`
 * (promise-based); Chrome's MV3 `chrome` APIs return promises too. The content script therefore
 * does without webextension-polyfill (~10 KB it would load on every shop page); extension pages and
 * the background import the polyfill, which provides `browser` where it is missing.
 */
import type { Browser } from 'webextension-polyfill';

/** What the globals may hold: the real API, or a page element that took its name. */
const scope = globalThis as unknown as { browser?: { runtime?: { getURL?: unknown } }; chrome?: Browser };

export function ext(): Browser {
  // An element with id="browser" becomes a global a content script sees too: accept only the real API.
  const api = typeof scope.browser?.runtime?.getURL === 'function' ? (scope.browser as Browser) : scope.chrome;
  if (!api) throw new Error('not running in an extension');
  return api;
}
