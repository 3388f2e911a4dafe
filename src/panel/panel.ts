/**
 * The panel on a product page: a Shadow DOM host so the shop's CSS cannot restyle it, filled
 * with text nodes only (never HTML built from data). It shows the vendor and kind at once and
 * the verdict card when the facts arrive from the background.
 */
import type { Kind, VendorId } from '../dataset/schema';
import type { Signal } from '../detect/detect';
import type { MessageKey, Translate } from '../shared/i18n';
import type { PanelAnchor } from '../sites/types';
import css from './panel.css?inline';
import { type CardContext, renderVendorCard, severity, type VendorFacts } from './vendor-card';

export interface PanelView {
  vendor: VendorId;
  vendorName: string;
  kind: Kind;
  /** What detection matched, for "why am I seeing this". */
  signals: readonly Signal[];
}

const SIGNAL_KEYS: Partial<Record<Signal['type'], MessageKey>> = {
  line: 'signal_line',
  brand: 'signal_brand',
  'title-brand': 'signal_title_brand',
  kind: 'signal_kind',
  context: 'signal_context',
  kit: 'signal_kit',
};

export const PANEL_ATTRIBUTE = 'data-unwarranted';

const KIND_KEYS = {
  doorbell: 'kind_doorbell',
  camera: 'kind_camera',
  floodlight: 'kind_floodlight',
  'baby-monitor': 'kind_baby_monitor',
  'pet-camera': 'kind_pet_camera',
  'smart-display': 'kind_smart_display',
  kit: 'kind_kit',
} as const;

function element<K extends keyof HTMLElementTagNameMap>(document: Document, tag: K, className: string, text: string) {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function parts(host: HTMLElement): { panel: Element; body: Element } | undefined {
  const panel = host.shadowRoot?.querySelector('.panel');
  const body = panel?.querySelector('.body');
  return panel && body ? { panel, body } : undefined;
}

/** Creates the host element with its shadow content; not yet in the page. */
export function createPanel(document: Document, view: PanelView, t: Translate): HTMLElement {
  const host = document.createElement('div');
  host.setAttribute(PANEL_ATTRIBUTE, 'panel');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const panel = document.createElement('section');
  panel.className = 'panel';
  panel.setAttribute('aria-label', t('panel_label'));
  panel.append(
    element(document, 'p', 'brand', t('ext_name')),
    element(document, 'h2', 'headline', ''),
    element(document, 'div', 'body', ''),
    element(document, 'details', 'why', ''),
  );
  shadow.append(style, panel);
  updatePanel(host, view, t);
  return host;
}

/** Shows a (new) product: vendor and kind now, facts once they arrive. */
export function updatePanel(host: HTMLElement, view: PanelView, t: Translate): void {
  host.setAttribute('data-vendor', view.vendor);
  host.setAttribute('data-kind', view.kind);
  const found = parts(host);
  if (!found) return;
  const headline = found.panel.querySelector('.headline');
  if (headline) headline.textContent = t('panel_headline', [view.vendorName, t(KIND_KEYS[view.kind])]);
  found.panel.removeAttribute('data-severity');
  found.body.replaceChildren(element(host.ownerDocument, 'p', 'note', t('panel_loading')));
  found.panel.querySelector('.why')?.replaceChildren(...whyContent(host.ownerDocument, view, t));
}

/** "Why am I seeing this?": the signals that made detection show the panel, in words. */
function whyContent(document: Document, view: PanelView, t: Translate): Node[] {
  const list = document.createElement('ul');
  list.className = 'list';
  for (const signal of view.signals) {
    const key = SIGNAL_KEYS[signal.type];
    if (key) list.append(element(document, 'li', 'signal', t(key, signal.detail)));
  }
  return [
    element(document, 'summary', 'details-summary', t('why_summary')),
    element(document, 'p', 'note', t('why_intro')),
    list,
    element(document, 'p', 'note', t('why_wrong')),
  ];
}

export function showFacts(host: HTMLElement, facts: VendorFacts, context: Omit<CardContext, 'document'>): void {
  const found = parts(host);
  if (!found) return;
  found.panel.setAttribute('data-severity', severity(facts.vendor.verdicts));
  found.body.replaceChildren(renderVendorCard({ ...context, document: host.ownerDocument }, facts));
}

export function showError(host: HTMLElement, t: Translate): void {
  parts(host)?.body.replaceChildren(element(host.ownerDocument, 'p', 'note', t('panel_error')));
}

export function placePanel(host: HTMLElement, anchor: PanelAnchor): void {
  if (anchor.position === 'prepend') anchor.element.prepend(host);
  else if (anchor.position === 'before') anchor.element.before(host);
  else anchor.element.after(host);
}
