/**
 * What the panel keeps about each host it made: our own references into its shadow content (never
 * looked up by selector), the options it was drawn with, and the facts, so that a re-render
 * (settings, undo, another product) does not lose them.
 */
import type { VendorFacts } from '../dataset/facts.ts';
import type { VendorId } from '../dataset/schema.ts';
import type { PanelView } from '../pipeline/view.ts';
import type { CardContext } from './context.ts';
import type { Sections } from './sections.ts';
import { fillNotes } from './verdicts.ts';

/** What the panel shows: the pipeline's view of the product page. */
export type { PanelView };

export interface PanelOptions {
  context: Omit<CardContext, 'document' | 'report'>;
  version: string;
  reviewed: string;
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  onHideVendor: (vendor: VendorId) => void;
  /** "Hide until something new is known". */
  onHideUntilNew: (vendor: VendorId) => void;
  /** Undoes either kind of hiding. */
  onUndoHide: (vendor: VendorId) => void;
  /** The prefilled "Report a mistake" address for a vendor (`unknown`: a brand we have no record of) and subject. */
  report?: (vendor: VendorId | 'unknown', about: string) => string | undefined;
}

export interface PanelEntry {
  root: HTMLElement;
  sections?: Sections;
  facts?: VendorFacts;
  /** Claims new since the user hid the vendor until something new is known. */
  fresh?: ReadonlySet<string>;
  freshNote?: HTMLElement;
  /** The two verdicts, whose notes (`later`) come with the facts. */
  verdicts?: HTMLElement;
  why?: HTMLDetailsElement;
  options?: PanelOptions;
  /** The not-assessed panel was opened on this page. */
  unassessedOpen?: boolean;
}

export const panels = new WeakMap<HTMLElement, PanelEntry>();

/** Clicks the page synthesises must not change the user's settings. */
export const trusted = (event: Event) => event.isTrusted;

/** The card's context in the host's document, with "Report a mistake" about this vendor. */
export function cardContext(host: HTMLElement, view: Pick<PanelView, 'vendor' | 'kind'>, options: PanelOptions): CardContext {
  const { report } = options;
  return {
    ...options.context,
    document: host.ownerDocument,
    kind: view.kind,
    ...(report ? { report: (about: string) => report(view.vendor, about) } : {}),
  };
}

/** Puts the facts into the sections, and says how many are new since the vendor was hidden. */
export function fill(host: HTMLElement, facts: VendorFacts, fresh: ReadonlySet<string> | undefined): void {
  const entry = panels.get(host);
  if (!entry) return;
  entry.facts = facts;
  if (fresh) entry.fresh = fresh;
  entry.sections?.fill(facts, entry.fresh);
  if (entry.verdicts && entry.options) fillNotes(entry.verdicts, facts.vendor.verdicts, entry.options.context.language);
  const note = entry.freshNote;
  if (note && entry.options) {
    const count = entry.fresh?.size ?? 0;
    note.hidden = count === 0;
    note.textContent = count === 0 ? '' : entry.options.context.t('panel_new_facts', [facts.vendor.name, String(count)]);
  }
}
