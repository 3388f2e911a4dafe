/**
 * The panel on a product page. A Shadow DOM host whose styles are reset, so the shop's CSS cannot
 * hide or restyle it, filled with text nodes only. It gives its answer at once and at its final
 * size (headline and verdicts come with the content script); sections fill in when the facts
 * arrive from the background, inside collapsed <details>, so nothing below the panel moves.
 */
import type { Kind, VendorId } from '../dataset/schema';
import type { VerdictSummary } from '../dataset/summary';
import type { Signal } from '../detect/detect';
import type { MessageKey } from '../shared/i18n';
import type { PanelAnchor } from '../sites/types';
import css from './panel.css?inline';
import {
  type CardContext, datasetLine, node, renderHeadline, renderSections, renderVerdicts, type Sections, severity,
  type VendorFacts,
} from './vendor-card';

export interface PanelView {
  vendor: VendorId;
  vendorName: string;
  kind: Kind;
  verdicts: VerdictSummary;
  /** What detection matched, for "why am I seeing this". */
  signals: readonly Signal[];
}

export interface PanelOptions {
  context: Omit<CardContext, 'document'>;
  version: string;
  reviewed: string;
  collapsed: boolean;
  onCollapse: (collapsed: boolean) => void;
  onHideVendor: (vendor: VendorId) => void;
  onUndoHide: (vendor: VendorId) => void;
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
const panels = new WeakMap<HTMLElement, { root: HTMLElement; sections?: Sections; facts?: VendorFacts; why?: HTMLDetailsElement; options?: PanelOptions }>();

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
    if (key) items.append(node(context, 'li', 'signal', t(key, signal.detail)));
  }
  details.append(
    node(context, 'summary', 'section-summary', t('why_summary')),
    node(context, 'p', 'note', t('why_intro')),
    items,
    node(context, 'p', 'note', t('why_wrong')),
  );
  return details;
}

function render(host: HTMLElement, view: PanelView, options: PanelOptions): void {
  const entry = panels.get(host);
  if (!entry) return;
  const context: CardContext = { ...options.context, document: host.ownerDocument };
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
  const hide = node(context, 'button', 'hide', t('panel_hide_vendor', view.vendorName));
  hide.type = 'button';
  hide.addEventListener('click', (event) => {
    if (!trusted(event)) return;
    options.onHideVendor(view.vendor);
    showHidden(host, view, options);
  });
  const footer = node(context, 'div', 'footer');
  footer.append(datasetLine(context, options.version, options.reviewed), hide);
  const why = whySection(context, view);
  body.append(renderVerdicts(context, view.verdicts), sections.root, why, footer);

  panel.append(header, renderHeadline(context, view.vendorName, view.verdicts), body);
  entry.root.replaceChildren(panel);
  entry.sections = sections;
  entry.why = why;
  entry.options = options;
  if (entry.facts?.vendor.id === view.vendor) sections.fill(entry.facts);
}

/** After "don't show for this vendor": a one-line note with an undo, until the next page. */
function showHidden(host: HTMLElement, view: PanelView, options: PanelOptions): void {
  const entry = panels.get(host);
  if (!entry) return;
  const context = { ...options.context, document: host.ownerDocument };
  const note = node(context, 'div', 'panel hidden-note');
  const undo = node(context, 'button', 'undo', context.t('panel_undo'));
  undo.type = 'button';
  undo.addEventListener('click', (event) => {
    if (!trusted(event)) return;
    options.onUndoHide(view.vendor);
    render(host, view, options);
  });
  note.append(node(context, 'span', 'note', context.t('panel_hidden_note', view.vendorName)), ' ', undo);
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
  const why = whySection({ ...entry.options.context, document: host.ownerDocument }, view);
  why.open = entry.why.open;
  entry.why.replaceWith(why);
  entry.why = why;
}

export function showFacts(host: HTMLElement, facts: VendorFacts): void {
  const entry = panels.get(host);
  if (!entry) return;
  entry.facts = facts;
  entry.sections?.fill(facts);
}

export function showError(host: HTMLElement): void {
  panels.get(host)?.sections?.fail();
}

export function placePanel(host: HTMLElement, anchor: PanelAnchor): void {
  if (anchor.position === 'prepend') anchor.element.prepend(host);
  else if (anchor.position === 'before') anchor.element.before(host);
  else anchor.element.after(host);
}
