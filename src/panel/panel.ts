/**
 * The panel on a product page: a Shadow DOM host so the shop's CSS cannot restyle it, filled
 * with text nodes only (never HTML built from data).
 */
import type { Kind, VendorId } from '../dataset/schema';
import type { PanelAnchor } from '../sites/types';
import type { Translate } from '../shared/i18n';
import css from './panel.css?inline';

export interface PanelView {
  vendor: VendorId;
  vendorName: string;
  kind: Kind;
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
} as const;

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className: string,
  text: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
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
  shadow.append(style, panel);
  updatePanel(host, view, t);
  return host;
}

/** Re-renders an existing panel for another product (variant switch, client-side navigation). */
export function updatePanel(host: HTMLElement, view: PanelView, t: Translate): void {
  host.setAttribute('data-vendor', view.vendor);
  host.setAttribute('data-kind', view.kind);
  const panel = host.shadowRoot?.querySelector('.panel');
  if (!panel) return;
  const document = host.ownerDocument;
  panel.replaceChildren(
    element(document, 'p', 'brand', t('ext_name')),
    element(document, 'h2', 'headline', t('panel_headline', [view.vendorName, t(KIND_KEYS[view.kind])])),
    element(document, 'p', 'note', t('panel_facts_pending', view.vendorName)),
  );
}

export function placePanel(host: HTMLElement, anchor: PanelAnchor): void {
  if (anchor.position === 'prepend') anchor.element.prepend(host);
  else if (anchor.position === 'before') anchor.element.before(host);
  else anchor.element.after(host);
}
