/**
 * The extension API for code that also runs in the content script. Firefox provides `browser`
 * (promise-based); Chrome's MV3 `chrome` APIs return promises too. The content script therefore
 * does without webextension-polyfill (~10 KB it would load on every shop page); extension pages and
 * the background import the polyfill, which provides `browser` where it is missing.
 */
import type { Browser } from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export function ext(): Browser {
  const api = scope.browser ?? scope.chrome;
  if (!api) throw new Error('not running in an extension');
  return api;
}
