/**
 * Content script: a short boot. Runs on the supported shops' product URLs (see manifest.json),
 * so the common case — not a camera — costs one read of a few elements and the gate
 * (detect/gate.ts), which keeps the matcher and the content data unparsed. The controller
 * (controller.ts) owns the panel; this file makes it only for a page that passes the gate (or
 * still shows a panel), so the rest of the page's code is never compiled on the others. It looks
 * before each frame while the page is parsed, checks the whole page at DOMContentLoaded, then
 * watches for the shop swapping the product in place.
 */
import packedGate from 'virtual:unwarranted/gate';
import { lazyPipelineData } from '../pipeline/data.ts';
import { loadContentSlice } from './content-slice.ts';
import { usePreformatted } from '../shared/format.ts';
import { shopForUrl } from '../shops/index.ts';
import { mayNameCamera } from '../detect/gate.ts';
import { loadProgress, readProduct } from '../shops/read.ts';
import { type Controller, createController } from './controller.ts';
import type { ControllerState } from './lifecycle.ts';
import { watchProduct } from './watch.ts';

/**
 * Kept on the isolated world's global, so that a second injection of this script takes over the
 * first one's panel and stops it (its watcher, its late answers) instead of adding another.
 */
interface Injection {
  state: ControllerState;
  stop: AbortController;
}
const KEY = Symbol.for('unwarranted.content');
const scope = globalThis as unknown as Record<symbol, Injection | undefined>;
const previous = scope[KEY];
previous?.stop.abort();
const stop = new AbortController();
const { signal } = stop;
const state: ControllerState = { phase: previous?.state.phase ?? { name: 'idle' }, returned: previous?.state.returned ?? new Set() };
scope[KEY] = { state, stop };

/**
 * The data, parsed at the first look that passes the gate, not when the script starts: on shops
 * that route on the client the script runs on every page, most of which are no product.
 */
const data = lazyPipelineData(packedGate, () => {
  const content = loadContentSlice();
  usePreformatted(content.formats);
  return content;
});
let controller: Controller | undefined;

/** The shop spec for this page, looked up once per URL. */
let shopCache: { href: string; shop: ReturnType<typeof shopForUrl> } | undefined;
function shopHere(): ReturnType<typeof shopForUrl> {
  if (shopCache?.href !== location.href) shopCache = { href: location.href, shop: shopForUrl(new URL(location.href)) };
  return shopCache.shop;
}

/**
 * Looks at the page: through the controller once there is one; before that only through the gate,
 * and the controller is made when a page passes it. A page that still shows a panel of an earlier
 * injection gets it at once, so that the panel follows the page.
 */
function look(force = false): void {
  if (!controller) {
    if (state.phase.name === 'idle' && !passesGate()) return;
    controller = createController(document, data, state, signal);
  }
  controller.look(force);
}

/** Whether the page passes the gate (detect/gate.ts). */
function passesGate(): boolean {
  const shop = shopHere();
  const signals = shop ? readProduct(shop, document) : undefined;
  return signals !== undefined && mayNameCamera(signals, data.gate());
}

/**
 * While the page is still being parsed, look again before each frame is painted, but only when
 * the parts detection reads have appeared since the last look: the panel goes in before the first
 * paint that shows the product title, so the content below it never moves (on a slow or big page
 * the browser paints long before DOMContentLoaded).
 */
function watchParsing(): void {
  const shop = shopHere();
  if (!shop) return;
  let seen: string | undefined;
  const frame = () => {
    if (signal.aborted || document.readyState !== 'loading') return;
    const progress = loadProgress(shop, document);
    if (progress !== undefined && progress !== seen) {
      seen = progress;
      look();
    }
    // Once the panel is in, DOMContentLoaded checks it against the whole page.
    if (!controller?.panel()) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** From DOMContentLoaded on: one check of the whole page, then watch for in-place changes. */
function start(): void {
  look(true);
  watchProduct({
    areas: () => {
      return (shopHere()?.watch ?? []).flatMap((selector) => [...document.querySelectorAll(selector)].slice(0, 1));
    },
    panel: () => controller?.panel(),
    onChange: () => {
      look();
    },
    signal,
  });
}

if (document.readyState === 'loading') {
  watchParsing();
  document.addEventListener('DOMContentLoaded', start, { once: true, signal });
} else {
  start();
}
