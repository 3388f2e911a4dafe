/**
 * The panel's lifecycle on one page, as data: the controller's one state object (ControllerState),
 * its phases, and a pure transition function the controller (controller.ts) feeds with what it did.
 * No DOM here: `P` is the panel element, so the transitions are unit-tested with plain objects
 * (tests/unit/content/lifecycle.test.ts).
 *
 * Phases (every one but `idle` remembers the signature — URL, title, brand — it was decided for):
 * - `idle`: nothing decided yet.
 * - `absent`: decided, no panel (no camera, a hidden vendor, a switched-off shop, hidden until new).
 * - `waiting-anchor`: a panel is wanted but the page has no place for it yet; every look retries.
 * - `pending`: the panel is in the page, holding its place but invisible, until the settings are
 *   known (a vendor the user hid must never flash up) and a vendor hidden until new has news.
 * - `shown`: the panel is in the page and visible.
 *
 * Transitions (event → phase):
 * - look (lookNeeded): same signature and the panel still in the page, or no panel → nothing to do;
 *   the page removed the panel → put it back, at most MAX_REINSERTS times in REINSERT_WINDOW_MS;
 *   `waiting-anchor`, a forced look (DOMContentLoaded) or another signature → decide again.
 * - `absent` (no panel wanted, or the settings removed it) → absent.
 * - `waiting-anchor` → waiting-anchor (no place for the panel yet; the panel, if any, was dropped).
 * - `placed` (a panel created, or the panel updated for another look) → pending | shown.
 * - `rendered` (same look: newer facts, collapse, language) → same phase, new view and options.
 * - `revealed` (settings allow it, the vendor has news) → shown, if it is still the same panel.
 * Stopping is not a phase: the controller's AbortSignal ends the watcher and drops late answers.
 *
 * Beside the phase, the settings: unknown until detection first saw a vendor on the page, then
 * read afresh (`reading`) on each look that sees one, and kept (`prefs`).
 */
import type { VendorFacts } from '../dataset/facts.ts';
import type { VendorId } from '../dataset/schema-ids.ts';
import type { PanelOptions } from '../panel/panel.ts';
import type { PanelView } from '../pipeline/view.ts';
import type { Prefs } from './prefs.ts';

export const MAX_REINSERTS = 3;
export const REINSERT_WINDOW_MS = 10_000;

export interface PanelPhase<P> {
  name: 'pending' | 'shown';
  signature: string;
  panel: P;
  view: PanelView;
  options: PanelOptions;
  /** When the page removed the panel lately and it was put back (performance.now()). */
  removals: readonly number[];
}

export type Phase<P> = { name: 'idle' } | { name: 'absent' | 'waiting-anchor'; signature: string } | PanelPhase<P>;

/** Everything the controller knows about the page, in one place. */
export interface ControllerState<P = HTMLElement> {
  phase: Phase<P>;
  /** The settings as last read; undefined until a vendor was first seen. */
  prefs?: Prefs;
  /** A read of the settings under way (one at a time). */
  reading?: Promise<Prefs>;
  /** Vendors hidden until something new is known that came back on this page with news. */
  returned: Set<VendorId>;
  /** The facts asked of the background for the vendor shown, once per panel. */
  facts?: { vendor: VendorId; answer: Promise<VendorFacts | null> };
}

export type LifecycleEvent<P> =
  | { type: 'absent' | 'waiting-anchor'; signature: string }
  | { type: 'placed'; signature: string; panel: P; view: PanelView; options: PanelOptions; visible: boolean; removals: readonly number[] }
  | { type: 'rendered'; view: PanelView; options: PanelOptions }
  | { type: 'revealed'; panel: P };

export const hasPanel = <P>(phase: Phase<P>): phase is PanelPhase<P> => phase.name === 'pending' || phase.name === 'shown';

export interface Look {
  signature: string;
  /** The phase's panel is still in the page. */
  inPage: boolean;
  now: number;
  /** Decide again even for the same signature (DOMContentLoaded: the whole page is there now). */
  force?: boolean;
}

/**
 * Whether a look must decide again: false when nothing changed (or the page keeps removing the
 * panel), else the re-insertions to remember — only real ones count, so the window empties and a
 * busy page gets its panel back later.
 */
export function lookNeeded<P>(phase: Phase<P>, { signature, inPage, now, force = false }: Look): readonly number[] | false {
  if (force || phase.name === 'idle' || phase.name === 'waiting-anchor' || phase.signature !== signature) return [];
  if (!hasPanel(phase) || inPage) return false;
  const recent = phase.removals.filter((at) => now - at < REINSERT_WINDOW_MS);
  return recent.length >= MAX_REINSERTS ? false : [...recent, now];
}

export function transition<P>(phase: Phase<P>, event: LifecycleEvent<P>): Phase<P> {
  switch (event.type) {
    case 'absent':
    case 'waiting-anchor':
      return { name: event.type, signature: event.signature };
    case 'placed': {
      const { signature, panel, view, options, removals } = event;
      return { name: event.visible ? 'shown' : 'pending', signature, panel, view, options, removals };
    }
    case 'rendered':
      return hasPanel(phase) ? { ...phase, view: event.view, options: event.options } : phase;
    case 'revealed':
      return hasPanel(phase) && phase.panel === event.panel ? { ...phase, name: 'shown' } : phase;
  }
}
