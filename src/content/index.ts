/**
 * Content script: shop adapter → detection → panel. Runs on the supported shops' product URLs
 * (see manifest.json), so the common case — not a camera — costs one read of
 * a few elements. Then it watches for the shop swapping the product in place.
 */
import generated from 'virtual:unwarranted/content';
import packedVendorWords from 'virtual:unwarranted/vendor-words';
import { newClaimIds } from '../dataset/fingerprint.ts';
import type { VendorId } from '../dataset/schema.ts';
import { summarizeVerdicts } from '../dataset/summary.ts';
import type { ContentData } from '../pipeline/data.ts';
import { type Decision, detect, type ProductSignals } from '../detect/detect.ts';
import { loadMatcher, type Matcher } from '../detect/matcher.ts';
import { mayNameVendor, parseVendorWords, type VendorWords } from '../detect/vendor-words.ts';
import { usePreformatted } from '../shared/format.ts';
import { createPanel, ownsPanel, type PanelOptions, type PanelView, placePanel, revealPanel, showError, showFacts, updatePanel, updateSignals } from '../panel/panel.ts';
import type { VendorFacts } from '../dataset/facts.ts';
import { browserUi, type Ui, uiFor } from '../runtime/locales.ts';
import { reportTab, requestMessages, requestVendorFacts } from '../runtime/messages.ts';
import { REPORT_TARGET, reportHref } from '../shared/report.ts';
import { DEFAULT_SETTINGS, readSettings, type Settings, setVendorHidden, setVendorHiddenUntilNew, writeSettings } from '../runtime/settings.ts';
import { shopForUrl } from '../shops/index.ts';
import { findAnchor, loadProgress, readProduct } from '../shops/read.ts';
import type { ShopSpec } from '../shops/types.ts';
import { watchProduct } from './watch.ts';

let loaded: { data: ContentData; matcher: Matcher } | undefined;
/**
 * The data, parsed at the first look at a product, not when the script starts: on shops that
 * route on the client the script runs on every page, most of which are no product.
 */
function content(): { data: ContentData; matcher: Matcher } {
  if (!loaded) {
    const data = generated();
    loaded = { data, matcher: loadMatcher(data.matcher) };
    usePreformatted(data.formats);
  }
  return loaded;
}

let vendorWords: VendorWords | undefined;
/** Whether detection could find a vendor here: a page that names none never loads the data. */
function worthDetecting(signals: ProductSignals): boolean {
  return mayNameVendor(signals, (vendorWords ??= parseVendorWords(packedVendorWords)));
}

/** The shop spec for this page, looked up once per URL. */
let siteCache: { href: string; site: ShopSpec | undefined } | undefined;
function siteHere(): ShopSpec | undefined {
  if (siteCache?.href !== location.href) siteCache = { href: location.href, site: shopForUrl(new URL(location.href)) };
  return siteCache.site;
}

/**
 * State kept on the isolated world's global, so that a second injection of this script takes
 * over the first one's panel and stops its watcher instead of adding another.
 */
interface ContentState {
  panel?: HTMLElement;
  /** What the panel shows and how, to re-render it when the facts are newer. */
  view?: PanelView;
  options?: PanelOptions;
  /** What the panel shows: URL, title and brand it was computed from. */
  signature?: string;
  /** When something else removed the panel lately (performance.now()). */
  removals?: number[];
  stop?: AbortController;
  /** Vendors hidden until something new is known that came back on this page with news. */
  returned?: Set<VendorId>;
  /** The facts asked of the background for the vendor shown. */
  facts?: { vendor: VendorId; answer: Promise<VendorFacts | null> };
}
const STATE_KEY = Symbol.for('unwarranted.content');
const scope = globalThis as unknown as Record<symbol, ContentState | undefined>;
const state: ContentState = (scope[STATE_KEY] ??= {});

const panelShown = () => state.panel !== undefined;
/** Read afresh after an await: the panel may have been replaced or removed meanwhile. */
const currentPanel = (): HTMLElement | undefined => state.panel;

function removePanel(report = true): void {
  if (state.panel && report) void reportTab(null).catch(() => undefined);
  state.panel?.remove();
  delete state.panel;
}

/** The user's settings and the UI language they choose, as the panel needs them. */
interface Prefs {
  settings: Settings;
  ui: Ui;
}

/**
 * Read only where a vendor was seen (opening storage costs a page a millisecond or two), and
 * afresh on each such look, so that a change made in the options page applies to the next product.
 */
let prefs: Prefs | undefined;
let prefsRequest: Promise<Prefs> | undefined;
function refreshPrefs(): Promise<Prefs> {
  prefsRequest ??= readSettings()
    .then(async (settings) => {
      // Another language's messages come from the background, asked only when the user chose one.
      prefs = { settings, ui: await uiFor(settings.language, requestMessages) };
      return prefs;
    })
    .finally(() => {
      prefsRequest = undefined;
    });
  return prefsRequest;
}

const MAX_REINSERTS = 3;
const REINSERT_WINDOW_MS = 10_000;

function run(): void {
  const site = siteHere();
  const signals = site && !prefs?.settings.disabledShops.includes(site.id) ? readProduct(site, document) : undefined;
  const signature = `${location.href}\n${signals?.title ?? ''}\n${signals?.brand ?? ''}`;
  if (signature === state.signature) {
    if (state.panel === undefined || state.panel.isConnected) return;
    // The page removed the panel. A re-render does that now and then: put it back. A page that
    // keeps removing it is not fought: at most a few times in a while.
    // Only real re-insertions count, so the window empties and a busy page gets its panel back later.
    const now = performance.now();
    const recent = (state.removals ?? []).filter((at) => now - at < REINSERT_WINDOW_MS);
    if (recent.length >= MAX_REINSERTS) return;
    state.removals = [...recent, now];
  } else {
    state.removals = [];
  }
  state.signature = signature;

  const decision = site && signals && worthDetecting(signals) ? detect(signals, content().matcher) : undefined;
  const detection = decision?.detection ?? null;
  const vendor = detection ? content().data.vendors.find((candidate) => candidate.id === detection.vendor) : undefined;
  const sawVendor = decision?.signals.some((signal) => ['line', 'brand', 'title-brand'].includes(signal.type)) ?? false;
  const fresh = sawVendor ? refreshPrefs() : undefined;
  void fresh?.then(({ settings }) => {
    debugLog(settings, signals, decision);
  });
  if (!site || !detection || !vendor || !fresh) {
    removePanel();
    return;
  }
  const view: PanelView = {
    vendor: vendor.id,
    vendorName: vendor.name,
    kind: detection.kind,
    verdicts: vendor.verdicts,
    signals: decision?.signals ?? [],
  };
  const known = prefs;
  if (known && !wanted(known.settings, site, view)) {
    removePanel();
    return;
  }
  // The panel goes in now, in this task, at its final size: before the frame that would paint
  // what follows it, so nothing the shopper has seen moves. Before the first read of the
  // settings it keeps its place but shows nothing, so a vendor the user hid never flashes up.
  const mayStayAway = known?.settings.hiddenUntilNew[view.vendor] !== undefined && !state.returned?.has(view.vendor);
  show(site, view, panelOptions(known?.settings ?? DEFAULT_SETTINGS, known?.ui ?? browserUi()), !known || mayStayAway);
  void fresh.then(async ({ settings, ui }) => {
    if (state.signature !== signature || !state.panel || !state.view || !state.options) return;
    if (!wanted(settings, site, view)) {
      removePanel();
      return;
    }
    const shown = state.options;
    if (settings.panelCollapsed !== shown.collapsed || ui.language !== shown.context.language) {
      const options = panelOptions(settings, ui);
      // Keep what newer facts may have set (verdicts, dataset version).
      state.options = { ...options, version: shown.version, reviewed: shown.reviewed };
      updatePanel(state.panel, state.view, state.options);
    }
    const seen = state.returned?.has(view.vendor) ? undefined : settings.hiddenUntilNew[view.vendor];
    if (seen && !(await returnsWithNews(view.vendor, seen))) {
      if (state.signature === signature) removePanel();
      return;
    }
    // The panel may have moved on to another product while the facts were asked for.
    const panel = currentPanel();
    if (state.signature === signature && panel) revealPanel(panel);
  });
}

/**
 * For a vendor hidden until something new is known: whether the dataset in use adds or changes a
 * claim the user has not seen. If so, the panel comes back once, with those claims marked, and
 * what is known now counts as seen.
 */
async function returnsWithNews(vendor: VendorId, seen: readonly string[]): Promise<boolean> {
  const facts = await factsFor(vendor).catch(() => null);
  if (!facts || !state.panel || state.view?.vendor !== vendor) return false;
  const fresh = newClaimIds(facts.fingerprints, seen);
  if (fresh.length === 0) return false;
  showFacts(state.panel, facts, new Set(fresh));
  // Shown for the rest of this page (variants of the product included), hidden again on the next.
  (state.returned ??= new Set()).add(vendor);
  quietly(setVendorHiddenUntilNew(vendor, facts.fingerprints));
  return true;
}

/** The facts of the vendor shown, asked of the background once per panel. */
function factsFor(vendor: VendorId): Promise<VendorFacts | null> {
  if (state.facts?.vendor !== vendor) state.facts = { vendor, answer: requestVendorFacts(vendor) };
  return state.facts.answer;
}

async function hideUntilNew(vendor: VendorId): Promise<void> {
  const facts = await factsFor(vendor).catch(() => null);
  await setVendorHiddenUntilNew(vendor, facts?.fingerprints ?? []);
}

/** Whether the user wants a panel for this vendor on this shop. */
function wanted(settings: Settings, site: ShopSpec, view: PanelView): boolean {
  return !settings.hiddenVendors.includes(view.vendor) && !settings.disabledShops.includes(site.id);
}

// A failed settings write leaves the setting as it was; the panel has nowhere better to say so.
function quietly(write: Promise<void>): void {
  write.catch(() => undefined);
}

function panelOptions(settings: Settings, { t, locale, language }: Ui): PanelOptions {
  const version = content().data.version;
  return {
    context: { t, locale, language },
    version,
    reviewed: content().data.reviewed,
    collapsed: settings.panelCollapsed,
    onCollapse: (collapsed) => {
      if (state.options) state.options = { ...state.options, collapsed };
      quietly(writeSettings({ panelCollapsed: collapsed }));
    },
    onHideVendor: (vendor) => {
      quietly(setVendorHidden(vendor, true));
    },
    onHideUntilNew: (vendor) => {
      quietly(hideUntilNew(vendor));
    },
    onUndoHide: (vendor) => {
      quietly(setVendorHidden(vendor, false));
    },
    report: (vendor, about) =>
      reportHref(REPORT_TARGET, { vendor, about, version: state.options?.version ?? version, language }, t('report_body_prompt')),
  };
}

function show(site: ShopSpec, view: PanelView, options: PanelOptions, pending: boolean): void {
  const previous = state.view;
  state.view = view;
  state.options = options;
  // A panel made by an earlier injection of this script cannot be driven from here: replace it.
  if (state.panel?.isConnected && ownsPanel(state.panel)) {
    if (previous?.vendor === view.vendor && previous.kind === view.kind) {
      updateSignals(state.panel, view);
      void reportTab(view.vendor).catch(() => undefined);
      return;
    }
    updatePanel(state.panel, view, options);
  } else {
    const anchor = findAnchor(site, document);
    if (!anchor) {
      // Try again when the page has grown its anchor.
      delete state.signature;
      return;
    }
    removePanel(false);
    state.panel = createPanel(document, view, options, pending);
    placePanel(state.panel, anchor);
  }
  void reportTab(view.vendor).catch(() => undefined);
  void loadFacts(state.panel, view.vendor);
}

/** With `debug: true` in the extension's storage (see README), each decision goes to the console. */
function debugLog(settings: Settings, signals: ProductSignals | undefined, decision: Decision | undefined): void {
  if (settings.debug && decision) console.debug('[Unwarranted]', decision.detection ?? 'no panel', decision.signals, signals);
}

/** Fills in the sections; ignores an answer that arrives after the panel moved to another vendor. */
async function loadFacts(panel: HTMLElement, vendor: PanelView['vendor']): Promise<void> {
  delete state.facts;
  try {
    const facts = await factsFor(vendor);
    if (panel !== state.panel || state.view?.vendor !== vendor) return;
    if (!facts) {
      showError(panel);
      return;
    }
    // An installed update may say more than the verdicts bundled with this script.
    if (facts.version !== content().data.version && state.options) {
      state.view = { ...state.view, verdicts: summarizeVerdicts(facts.vendor) };
      state.options = { ...state.options, version: facts.version, reviewed: facts.reviewed };
      updatePanel(panel, state.view, state.options);
    }
    showFacts(panel, facts);
  } catch {
    if (panel === state.panel && state.view?.vendor === vendor) showError(panel);
  }
}

/**
 * While the page is still being parsed, look again before each frame is painted, but detect only
 * when the parts detection reads have appeared since the last look: the panel goes in before the
 * first paint that shows the product title, so the content below it never moves (on a slow or big
 * page the browser paints long before DOMContentLoaded).
 */
function watchParsing(site: ShopSpec): void {
  let seen: string | undefined;
  const frame = () => {
    if (document.readyState !== 'loading') return;
    const progress = loadProgress(site, document);
    if (progress !== undefined && progress !== seen) {
      seen = progress;
      run();
    }
    // Once the panel is in, DOMContentLoaded checks it against the whole page.
    if (!panelShown()) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** From DOMContentLoaded on: one check of the whole page, then watch for in-place changes. */
function start(): void {
  state.stop?.abort();
  const stop = new AbortController();
  state.stop = stop;
  delete state.signature;
  run();
  watchProduct({
    areas: () => {
      const site = siteHere();
      return (site?.watch ?? []).flatMap((selector) => [...document.querySelectorAll(selector)].slice(0, 1));
    },
    panel: () => state.panel,
    onChange: run,
    signal: stop.signal,
  });
}

if (document.readyState === 'loading') {
  const site = siteHere();
  if (site) watchParsing(site);
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else {
  start();
}
