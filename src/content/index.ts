/**
 * Content script: shop adapter → detection → panel. Runs on the supported shops' product URLs
 * (see manifest.json), so the common case — not a camera — costs one read of
 * a few elements. Then it watches for the shop swapping the product in place.
 */
import generated from 'virtual:unwarranted/content';
import { type ContentData, summarizeVerdicts } from '../dataset/summary';
import { type Decision, detect, type ProductSignals } from '../detect/detect';
import { loadMatcher } from '../detect/matcher';
import { usePreformatted } from '../panel/format';
import { createPanel, ownsPanel, type PanelOptions, type PanelView, placePanel, showError, showFacts, updatePanel } from '../panel/panel';
import { browserUi, type Ui, uiFor } from '../shared/locales';
import { reportTab, requestMessages, requestVendorFacts } from '../shared/messages';
import { DEFAULT_SETTINGS, readSettings, type Settings, setVendorHidden, writeSettings } from '../shared/settings';
import { siteForUrl } from '../sites';
import { findAnchor, readProduct } from '../sites/read';
import { watchProduct } from './watch';

/** Validated by the build before it was generated, so the cast only restores the type. */
const data = generated as ContentData;
const matcher = loadMatcher(data.matcher);
usePreformatted(data.formats);

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
  stop?: AbortController;
}
const STATE_KEY = Symbol.for('unwarranted.content');
const scope = globalThis as unknown as Record<symbol, ContentState | undefined>;
const state: ContentState = (scope[STATE_KEY] ??= {});

function removePanel(report = true): void {
  if (state.panel && report) void reportTab(null).catch(() => undefined);
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
  const vendor = detection ? data.vendors.find((candidate) => candidate.id === detection.vendor) : undefined;
  if (!site || !detection || !vendor) {
    removePanel();
    // Explaining a rejection needs the debug flag from storage: asked only where a vendor was seen.
    if (decision?.signals.some((signal) => ['line', 'brand', 'title-brand'].includes(signal.type))) {
      void readSettings().then((settings) => {
        debugLog(settings, signals, decision);
      });
    }
    return;
  }
  const view: PanelView = {
    vendor: vendor.id,
    vendorName: vendor.name,
    kind: detection.kind,
    verdicts: vendor.verdicts,
    signals: decision?.signals ?? [],
  };
  // The panel goes in now, in this task, with default settings: before the page's first layout,
  // so nothing below it moves. The user's settings follow a few milliseconds later.
  show(site, view, panelOptions(DEFAULT_SETTINGS, browserUi()));
  void readSettings().then(async (settings) => {
    debugLog(settings, signals, decision);
    if (state.signature !== signature) return;
    if (settings.hiddenVendors.includes(view.vendor) || settings.disabledShops.includes(site.id)) {
      removePanel();
      return;
    }
    if (!settings.panelCollapsed && settings.language === 'auto') return;
    const options = panelOptions(settings, await uiFor(settings.language, requestMessages));
    if (state.signature !== signature || !state.panel || !state.view) return;
    // Keep what newer facts may have set (verdicts, dataset version).
    state.options = { ...options, version: state.options?.version ?? options.version, reviewed: state.options?.reviewed ?? options.reviewed };
    updatePanel(state.panel, state.view, state.options);
  });
}

function panelOptions(settings: Settings, { t, locale, language }: Ui): PanelOptions {
  return {
    context: { t, locale, language },
    version: data.version,
    reviewed: data.reviewed,
    collapsed: settings.panelCollapsed,
    onCollapse: (collapsed) => {
      if (state.options) state.options = { ...state.options, collapsed };
      void writeSettings({ panelCollapsed: collapsed });
    },
    onHideVendor: (vendor) => void setVendorHidden(vendor, true),
    onUndoHide: (vendor) => void setVendorHidden(vendor, false),
  };
}

function show(site: NonNullable<ReturnType<typeof siteForUrl>>, view: PanelView, options: PanelOptions): void {
  const previous = state.view;
  state.view = view;
  state.options = options;
  // A panel made by an earlier injection of this script cannot be driven from here: replace it.
  if (state.panel?.isConnected && ownsPanel(state.panel)) {
    if (previous?.vendor === view.vendor && previous.kind === view.kind) {
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
    state.panel = createPanel(document, view, options);
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
  try {
    const facts = await requestVendorFacts(vendor);
    if (panel !== state.panel || state.view?.vendor !== vendor) return;
    if (!facts) {
      showError(panel);
      return;
    }
    // An installed update may say more than the verdicts bundled with this script.
    if (facts.version !== data.version && state.options) {
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
 * Injected at document_start, so the script is ready when the DOM is: it reads the page the
 * moment DOMContentLoaded fires, and the panel is in place before the page's first full layout.
 */
function start(): void {
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
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
