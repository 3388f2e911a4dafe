/**
 * The panel on a product page. A Shadow DOM host whose styles are reset, so the shop's CSS cannot
 * hide or restyle it, filled with text nodes only. It gives its answer at once and at its final
 * size (headline and verdicts come with the content script); sections fill in when the facts
 * arrive from the background, inside collapsed <details>, so nothing below the panel moves.
 */
import type { Kind, VendorId } from '../dataset/schema.ts';
import type { Signal } from '../detect/detect.ts';
import type { ProductView } from '../pipeline/view.ts';
import type { MessageKey } from '../shared/i18n.ts';
import type { PanelAnchor } from '../shops/types.ts';
import css from './panel.css?inline';
import type { VendorFacts } from '../dataset/facts.ts';
import { severity } from '../dataset/severity.ts';
import { type CardContext, datasetLine, node, renderHeadline, renderSections, renderVerdicts, reportLink, type Sections } from './vendor-card.ts';

/** What the panel shows: the pipeline's view of the product page. */
export type PanelView = ProductView;

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
  /** The prefilled "Report a mistake" address for a vendor and subject, where the build has one. */
  report?: (vendor: VendorId, about: string) => string | undefined;
}

export const PANEL_ATTRIBUTE = 'data-unwarranted';

const KIND_KEYS = {
  doorbell: 'kind_doorbell',
  camera: 'kind_camera',
  floodlight: 'kind_floodlight',
  'baby-monitor': 'kind_baby_monitor',
  'pet-camera': 'kind_pet_camera',
  'smart-display': 'kind_smart_display',
  kit: 'kind_kit',
} as const satisfies Record<Kind, MessageKey>;

const SIGNAL_KEYS: Partial<Record<Signal['type'], MessageKey>> = {
  line: 'signal_line',
  brand: 'signal_brand',
  'title-brand': 'signal_title_brand',
  kind: 'signal_kind',
  context: 'signal_context',
  kit: 'signal_kit',
};

/**
 * Our own references into each panel, never looked up by selector; the facts are kept so that a
 * re-render (settings, undo, another product) does not lose them.
 */
const panels = new WeakMap<
  HTMLElement,
  {
    root: HTMLElement;
    sections?: Sections;
    facts?: VendorFacts;
    /** Claims new since the user hid the vendor until something new is known. */
    fresh?: ReadonlySet<string>;
    freshNote?: HTMLElement;
    why?: HTMLDetailsElement;
    options?: PanelOptions;
  }
>();

/** Whether this copy of the script made the panel (a second injection has its own references). */
export function ownsPanel(host: HTMLElement): boolean {
  return panels.has(host);
}

/** Clicks the page synthesises must not change the user's settings. */
const trusted = (event: Event) => event.isTrusted;

function whySection(context: CardContext, view: PanelView): HTMLDetailsElement {
  const { t } = context;
  const details = node(context, 'details', 'section why');
  const items = node(context, 'ul', 'list');
  for (const signal of view.signals) {
    const key = SIGNAL_KEYS[signal.type];
    if (key) items.append(node(context, 'li', 'signal', t(key, [signal.detail, view.vendorName])));
  }
  const wrong = node(context, 'p', 'note', t('why_wrong'));
  const report = reportLink(context, 'detection');
  if (report) wrong.append(' ', report);
  details.append(node(context, 'summary', 'section-summary', t('why_summary')), node(context, 'p', 'note', t('why_intro')), items, wrong);
  return details;
}

function render(host: HTMLElement, view: PanelView, options: PanelOptions): void {
  const entry = panels.get(host);
  if (!entry) return;
  const context = cardContext(host, view, options);
  const { t } = context;
  host.setAttribute('data-vendor', view.vendor);
  host.setAttribute('data-kind', view.kind);

  const panel = node(context, 'section', 'panel');
  panel.dataset['severity'] = severity(view.verdicts);
  panel.setAttribute('aria-label', t('panel_label'));

  const toggle = node(context, 'button', 'toggle');
  toggle.type = 'button';
  toggle.setAttribute('aria-controls', 'unwarranted-body');
  const body = node(context, 'div', 'body');
  body.id = 'unwarranted-body';
  const setCollapsed = (collapsed: boolean) => {
    body.hidden = collapsed;
    toggle.setAttribute('aria-expanded', String(!collapsed));
    toggle.textContent = t(collapsed ? 'panel_expand' : 'panel_collapse');
  };
  setCollapsed(options.collapsed);
  toggle.addEventListener('click', (event) => {
    if (!trusted(event)) return;
    const collapsed = !body.hidden;
    setCollapsed(collapsed);
    options.onCollapse(collapsed);
  });

  const header = node(context, 'div', 'header');
  const titles = node(context, 'div', 'titles');
  titles.append(
    node(context, 'p', 'brand', t('ext_name')),
    node(context, 'h2', 'product', t('panel_headline', [view.vendorName, t(KIND_KEYS[view.kind])])),
  );
  header.append(titles, toggle);

  const sections = renderSections(context, true);
  const hideButton = (key: 'panel_hide_vendor' | 'panel_hide_until_new', className: string, untilNew: boolean) => {
    const button = node(context, 'button', className, t(key, view.vendorName));
    button.type = 'button';
    button.addEventListener('click', (event) => {
      if (!trusted(event)) return;
      if (untilNew) options.onHideUntilNew(view.vendor);
      else options.onHideVendor(view.vendor);
      showHidden(host, view, options, untilNew);
    });
    return button;
  };
  const choices = node(context, 'div', 'choices');
  choices.append(hideButton('panel_hide_until_new', 'hide-until-new', true), hideButton('panel_hide_vendor', 'hide', false));
  const footer = node(context, 'div', 'footer');
  const meta = datasetLine(context, options.version, options.reviewed);
  const report = reportLink(context, 'record');
  if (report) meta.append(' · ', report);
  footer.append(meta, choices);
  const why = whySection(context, view);
  const freshNote = node(context, 'p', 'fresh-note');
  freshNote.hidden = true;
  body.append(freshNote, renderVerdicts(context, view.verdicts), sections.root, why, footer);

  panel.append(header, renderHeadline(context, view.vendorName, view.verdicts), body);
  entry.root.replaceChildren(panel);
  entry.sections = sections;
  entry.why = why;
  entry.freshNote = freshNote;
  entry.options = options;
  if (entry.facts?.vendor.id === view.vendor) fill(host, entry.facts, entry.fresh);
  else delete entry.fresh;
}

function cardContext(host: HTMLElement, view: Pick<PanelView, 'vendor'>, options: PanelOptions): CardContext {
  const { report } = options;
  return { ...options.context, document: host.ownerDocument, ...(report ? { report: (about: string) => report(view.vendor, about) } : {}) };
}

function fill(host: HTMLElement, facts: VendorFacts, fresh: ReadonlySet<string> | undefined): void {
  const entry = panels.get(host);
  if (!entry) return;
  entry.facts = facts;
  if (fresh) entry.fresh = fresh;
  entry.sections?.fill(facts, entry.fresh);
  const note = entry.freshNote;
  if (note && entry.options) {
    const count = entry.fresh?.size ?? 0;
    note.hidden = count === 0;
    note.textContent = count === 0 ? '' : entry.options.context.t('panel_new_facts', [facts.vendor.name, String(count)]);
  }
}

/** After either kind of hiding: a one-line note with an undo, until the next page. */
function showHidden(host: HTMLElement, view: PanelView, options: PanelOptions, untilNew: boolean): void {
  const entry = panels.get(host);
  if (!entry) return;
  const context = cardContext(host, view, options);
  const note = node(context, 'div', 'panel hidden-note');
  const undo = node(context, 'button', 'undo', context.t('panel_undo'));
  undo.type = 'button';
  undo.addEventListener('click', (event) => {
    if (!trusted(event)) return;
    options.onUndoHide(view.vendor);
    render(host, view, options);
  });
  note.append(node(context, 'span', 'note', context.t(untilNew ? 'panel_hidden_until_new_note' : 'panel_hidden_note', view.vendorName)), ' ', undo);
  entry.root.replaceChildren(note);
  delete entry.sections;
  undo.focus();
}

/**
 * Creates the host element with its shadow content; not yet in the page. A `pending` panel takes
 * its place but stays invisible until revealPanel() (the user's settings may still remove it).
 */
export function createPanel(document: Document, view: PanelView, options: PanelOptions, pending = false): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute(PANEL_ATTRIBUTE, 'panel');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const root = document.createElement('div');
  root.className = pending ? 'root pending' : 'root';
  shadow.append(style, root);
  panels.set(host, { root });
  render(host, view, options);
  return host;
}

export function revealPanel(host: HTMLElement): void {
  panels.get(host)?.root.classList.remove('pending');
}

/** Shows another product in an existing panel (variant switch, client-side navigation). */
export function updatePanel(host: HTMLElement, view: PanelView, options: PanelOptions): void {
  render(host, view, options);
}

/**
 * The same product read again with more of the page (the first look may come before the page
 * finished loading): only "why am I seeing this" changes, in place, open or not.
 */
export function updateSignals(host: HTMLElement, view: PanelView): void {
  const entry = panels.get(host);
  if (!entry?.why || !entry.options) return;
  const why = whySection(cardContext(host, view, entry.options), view);
  why.open = entry.why.open;
  entry.why.replaceWith(why);
  entry.why = why;
}

/** The facts for the sections; `fresh` marks claims new since the vendor was hidden until news. */
export function showFacts(host: HTMLElement, facts: VendorFacts, fresh?: ReadonlySet<string>): void {
  fill(host, facts, fresh);
}

export function showError(host: HTMLElement): void {
  panels.get(host)?.sections?.fail();
}

export function placePanel(host: HTMLElement, anchor: PanelAnchor): void {
  if (anchor.position === 'prepend') anchor.element.prepend(host);
  else if (anchor.position === 'before') anchor.element.before(host);
  else anchor.element.after(host);
}
