/**
 * Content script: shop adapter → detection → panel. Runs at document_end on the supported
 * shops' product URLs (see manifest.json), so the common case — not a camera — costs one read of
 * a few elements. Then it watches for the shop swapping the product in place.
 */
import generated from 'virtual:unwarranted/recognition';
import browser from 'webextension-polyfill';
import { type Decision, detect, type ProductSignals } from '../detect/detect';
import { compileMatcher, type RecognisableVendor } from '../detect/matcher';
import { contentLanguage } from '../panel/format';
import { createPanel, type PanelView, placePanel, showError, showFacts, updatePanel } from '../panel/panel';
import { t } from '../shared/i18n';
import { requestVendorFacts } from '../shared/messages';
import { siteForUrl } from '../sites';
import { findAnchor, readProduct } from '../sites/read';
import { watchProduct } from './watch';

/** Validated by the build before it was generated, so the cast only restores the type. */
const recognition = generated as readonly (RecognisableVendor & { name: string })[];
const matcher = compileMatcher(recognition);

/**
 * State kept on the isolated world's global, so that a second injection of this script takes
 * over the first one's panel and stops its watcher instead of adding another.
 */
interface ContentState {
  panel?: HTMLElement;
  /** What the panel shows: URL, title and brand it was computed from. */
  signature?: string;
  stop?: AbortController;
}
const STATE_KEY = Symbol.for('unwarranted.content');
const scope = globalThis as unknown as Record<symbol, ContentState | undefined>;
const state: ContentState = (scope[STATE_KEY] ??= {});

function removePanel(): void {
  state.panel?.remove();
  delete state.panel;
}

function run(): void {
  const site = siteForUrl(new URL(location.href));
  const signals = site ? readProduct(site, document) : undefined;
  const signature = `${location.href}\n${signals?.title ?? ''}\n${signals?.brand ?? ''}`;
  if (signature === state.signature && (state.panel === undefined || state.panel.isConnected)) return;
  state.signature = signature;

  const decision = site && signals ? detect(signals, matcher) : undefined;
  const detection = decision?.detection ?? null;
  if (decision) void debugLog(signals, decision);
  if (!site || !detection) {
    removePanel();
    return;
  }
  const view: PanelView = {
    vendor: detection.vendor,
    vendorName: recognition.find((vendor) => vendor.id === detection.vendor)?.name ?? detection.vendor,
    kind: detection.kind,
    signals: decision?.signals ?? [],
  };
  if (state.panel?.isConnected) {
    if (state.panel.getAttribute('data-vendor') === view.vendor && state.panel.getAttribute('data-kind') === view.kind) return;
    updatePanel(state.panel, view, t);
  } else {
    const anchor = findAnchor(site, document);
    if (!anchor) return;
    removePanel();
    state.panel = createPanel(document, view, t);
    placePanel(state.panel, anchor);
  }
  void loadFacts(state.panel, view.vendor);
}

/**
 * With `debug: true` in the extension's storage (see README), each decision is logged to the
 * console with the signals that fired. Off by default; the page cannot read extension storage.
 */
async function debugLog(signals: ProductSignals | undefined, decision: Decision): Promise<void> {
  try {
    const { debug } = await browser.storage.local.get('debug');
    if (debug === true) console.debug('[Unwarranted]', decision.detection ?? 'no panel', decision.signals, signals);
  } catch {
    // Storage unavailable (extension reloading): no log, nothing else affected.
  }
}

/** Fills in the verdicts; ignores an answer that arrives after the panel moved to another vendor. */
async function loadFacts(panel: HTMLElement, vendor: PanelView['vendor']): Promise<void> {
  const locale = browser.i18n.getUILanguage();
  try {
    const facts = await requestVendorFacts(vendor);
    if (panel.getAttribute('data-vendor') !== vendor) return;
    if (facts) showFacts(panel, facts, { t, locale, language: contentLanguage(locale) });
    else showError(panel, t);
  } catch {
    if (panel.getAttribute('data-vendor') === vendor) showError(panel, t);
  }
}

state.stop?.abort();
const stop = new AbortController();
state.stop = stop;
delete state.signature;
run();
watchProduct({
  areas: () => {
    const site = siteForUrl(new URL(location.href));
    return (site?.watch ?? []).flatMap((selector) => [...document.querySelectorAll(selector)].slice(0, 1));
  },
  panel: () => state.panel,
  onChange: run,
  signal: stop.signal,
});
