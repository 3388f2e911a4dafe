/**
 * The panel's controller: runs the pipeline (pipeline/decide.ts) on the page and drives the panel
 * through the phases of lifecycle.ts, kept with what else one page needs in one state object
 * (ControllerState). Tied to an AbortSignal: once aborted (a second injection took over) it does
 * nothing more, and late answers (settings, facts) are dropped. The facts of the vendor shown are
 * asked of the background once per panel: they fill in the sections, re-render the verdicts when an
 * installed update knows more, and bring back a vendor hidden until something new is known.
 *
 * Why it is long: looking, placing the panel and taking in the facts share the state object and its
 * "still the same panel?" checks; apart, each would need them handed over.
 */
import type { VendorFacts } from '../dataset/facts.ts';
import { newClaimIds } from '../dataset/fingerprint.ts';
import type { VendorId } from '../dataset/schema-ids.ts';
import { summarizeLines, summarizeVerdicts } from '../dataset/summary.ts';
import {
  createPanel,
  ownsPanel,
  type PanelOptions,
  placePanel,
  revealPanel,
  showError,
  showFacts,
  updatePanel,
  updateSignals,
} from '../panel/panel.ts';
import type { PipelineData } from '../pipeline/data.ts';
import { decidePage, lineView, sawVendor } from '../pipeline/decide.ts';
import { isUnassessed, type PanelView, type ProductView } from '../pipeline/view.ts';
import { browserUi } from '../runtime/locales.ts';
import { reportTab, requestVendorFacts } from '../runtime/messages.ts';
import { DEFAULT_SETTINGS, setVendorHiddenUntilNew } from '../runtime/settings.ts';
import { shopCountry } from '../shops/country.ts';
import { findAnchor } from '../shops/read.ts';
import type { ShopSpec } from '../shops/types.ts';
import { type ControllerState, hasPanel, type LifecycleEvent, lookNeeded, type PanelPhase, transition } from './lifecycle.ts';
import { debugLog, panelOptions, type Prefs, quietly, refreshPrefs, wanted } from './prefs.ts';

export interface Controller {
  /** Runs the pipeline and brings the panel in line with it; `force` decides again for the same product. */
  look: (force?: boolean) => void;
  /** The panel element, in the page or removed by it; undefined in the other phases. */
  panel: () => HTMLElement | undefined;
}

export function createController(document: Document, data: PipelineData, state: ControllerState, signal: AbortSignal): Controller {
  const dispatch = (event: LifecycleEvent<HTMLElement>) => {
    state.phase = transition(state.phase, event);
  };
  const panelNow = () => (hasPanel(state.phase) ? state.phase.panel : undefined);
  /** The panel's phase if it still passes `test`: an answer that comes after the page moved on is dropped. */
  const still = (test: (phase: PanelPhase<HTMLElement>) => boolean) => {
    const phase = state.phase;
    return !signal.aborted && hasPanel(phase) && test(phase) ? phase : undefined;
  };
  const render = (panel: HTMLElement, view: PanelView, options: PanelOptions) => {
    dispatch({ type: 'rendered', view, options });
    updatePanel(panel, view, options);
  };

  function removePanel(signature: string): void {
    const panel = panelNow();
    if (panel) {
      quietly(reportTab(null));
      panel.remove();
    }
    dispatch({ type: 'absent', signature });
  }

  function look(force = false): void {
    if (signal.aborted) return;
    const page = decidePage({ url: new URL(location.href), document }, data, { disabledShops: state.prefs?.settings.disabledShops ?? [] });
    const signals = 'signals' in page ? page.signals : undefined;
    const signature = `${location.href}\n${signals?.title ?? ''}\n${signals?.brand ?? ''}`;
    const removals = lookNeeded(state.phase, { signature, inPage: panelNow()?.isConnected ?? false, now: performance.now(), force });
    if (!removals) return;
    const fresh = sawVendor(page) || page.stage === 'not-assessed' ? refreshPrefs(state, signal) : undefined;
    void fresh?.then(({ settings }) => {
      debugLog(settings, page);
    });
    const known = state.prefs;
    const view: PanelView | undefined = page.stage === 'view' ? page.view : page.stage === 'not-assessed' ? page.unassessed : undefined;
    if (!view || !('shop' in page) || !fresh || (known && !wanted(known.settings, page.shop, view))) {
      removePanel(signature);
      return;
    }
    const { shop } = page;
    const same = (phase: PanelPhase<HTMLElement>) => phase.signature === signature;
    // The panel goes in now, in this task, at its final size: before the frame that would paint
    // what follows it, so nothing the shopper has seen moves. Before the first read of the
    // settings it keeps its place but shows nothing, so a vendor the user hid never flashes up.
    // The vendor whose record is shown; none for the not-assessed panel, which cannot be hidden until new.
    const vendor = isUnassessed(view) ? undefined : view.vendor;
    const mayStayAway = vendor !== undefined && known?.settings.hiddenUntilNew[vendor] !== undefined && !state.returned.has(vendor);
    show(signature, shop, view, optionsFor(known), !known || mayStayAway, removals);
    void fresh.then(async (prefs) => {
      const { settings, ui } = prefs;
      const phase = still(same);
      if (!phase) return;
      if (!wanted(settings, shop, view)) {
        removePanel(signature);
        return;
      }
      const shown = phase.options;
      if (settings.panelCollapsed !== shown.collapsed || ui.language !== shown.context.language) {
        // Keep what newer facts may have set (verdicts, dataset version).
        render(phase.panel, phase.view, { ...optionsFor(prefs), version: shown.version, reviewed: shown.reviewed });
      }
      const seen = vendor === undefined || state.returned.has(vendor) ? undefined : settings.hiddenUntilNew[vendor];
      if (vendor && seen && !(await returnsWithNews(vendor, seen))) {
        if (still(same)) removePanel(signature);
        return;
      }
      // The panel may have moved on to another product while the facts were asked for.
      const now = still(same);
      if (now) {
        revealPanel(now.panel);
        dispatch({ type: 'revealed', panel: now.panel });
      }
    });
  }

  function show(
    signature: string,
    shop: ShopSpec,
    view: PanelView,
    options: PanelOptions,
    pending: boolean,
    removals: readonly number[],
  ): void {
    const phase = state.phase;
    let panel = panelNow();
    let visible = !pending;
    // A panel made by an earlier injection of this script cannot be driven from here: replace it.
    const kept = hasPanel(phase) && panel?.isConnected && ownsPanel(panel) ? phase : undefined;
    // The same product read with more of the page: only "why am I seeing this" changes.
    const sameProduct = kept?.view.vendor === view.vendor && kept.view.kind === view.kind;
    if (kept && panel) {
      visible = kept.name === 'shown';
      if (sameProduct) {
        updateSignals(panel, view);
        options = kept.options;
      } else updatePanel(panel, view, options);
    } else {
      const anchor = findAnchor(shop, document);
      // Dropped without a report: the badge changes with the next panel, or with none.
      panel?.remove();
      if (!anchor) {
        // Tried again on each look, until the page has grown its anchor.
        dispatch({ type: 'waiting-anchor', signature });
        return;
      }
      panel = createPanel(document, view, options, pending);
      placePanel(panel, anchor);
    }
    dispatch({ type: 'placed', signature, panel, view, options, visible, removals });
    const vendor = isUnassessed(view) ? null : view.vendor;
    quietly(reportTab(vendor));
    if (!sameProduct && vendor) void loadFacts(panel, vendor);
  }

  function factsFor(vendor: VendorId): Promise<VendorFacts | null> {
    if (state.facts?.vendor !== vendor) state.facts = { vendor, answer: requestVendorFacts(vendor) };
    return state.facts.answer;
  }

  /** Fills in the sections of a panel just placed or changed to another vendor. */
  async function loadFacts(panel: HTMLElement, vendor: VendorId): Promise<void> {
    delete state.facts;
    const ours = (phase: PanelPhase<HTMLElement>) => phase.panel === panel && phase.view.vendor === vendor;
    try {
      const facts = await factsFor(vendor);
      const phase = still(ours);
      if (!phase || isUnassessed(phase.view)) return;
      const view: ProductView = phase.view;
      if (!facts) {
        showError(panel);
        return;
      }
      // An installed update may say more than the verdicts bundled with this script.
      if (facts.version !== data.recognition().data.version) {
        render(
          panel,
          {
            ...view,
            verdicts: summarizeVerdicts(facts.vendor),
            ...(view.line ? { line: lineView(summarizeLines(facts.vendor), view.line.name) } : {}),
          },
          { ...phase.options, version: facts.version, reviewed: facts.reviewed },
        );
      }
      showFacts(panel, facts);
    } catch {
      if (still(ours)) showError(panel);
    }
  }

  /**
   * For a vendor hidden until something new is known: whether the dataset in use adds or changes a
   * claim the user has not seen. If so, the panel comes back once, with those claims marked, and
   * what is known now counts as seen.
   */
  async function returnsWithNews(vendor: VendorId, seen: readonly string[]): Promise<boolean> {
    const facts = await factsFor(vendor).catch(() => null);
    const phase = still((shown) => shown.view.vendor === vendor);
    const fresh = facts && phase ? newClaimIds(facts.fingerprints, seen) : [];
    if (!facts || !phase || fresh.length === 0) return false;
    showFacts(phase.panel, facts, new Set(fresh));
    // Shown for the rest of this page (variants of the product included), hidden again on the next.
    state.returned.add(vendor);
    quietly(setVendorHiddenUntilNew(vendor, facts.fingerprints));
    return true;
  }

  function optionsFor(prefs: Prefs | undefined): PanelOptions {
    const latest = () => still(() => true);
    return panelOptions(prefs?.settings ?? DEFAULT_SETTINGS, prefs?.ui ?? browserUi(), data.recognition().data, {
      latest: () => latest()?.options,
      collapsed: (collapsed) => {
        const phase = latest();
        if (phase) dispatch({ type: 'rendered', view: phase.view, options: { ...phase.options, collapsed } });
      },
      facts: factsFor,
      country: shopCountry(location.hostname),
    });
  }

  return { look, panel: panelNow };
}
