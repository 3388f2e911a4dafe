/**
 * The panel on a product page. A Shadow DOM host whose styles are reset, so the shop's CSS cannot
 * hide or restyle it, filled with text nodes only. It gives its answer at once and at its final
 * size (headline and verdicts come with the content script); sections fill in when the facts
 * arrive from the background, inside collapsed <details>, so nothing below the panel moves.
 * Drawn by panel-render.ts; what it keeps per host is panel-state.ts.
 */
import type { VendorFacts } from '../dataset/facts.ts';
import { createH } from '../shared/h.ts';
import type { PanelAnchor } from '../shops/types.ts';
import css from './panel.css?inline';
import { isUnassessed } from '../pipeline/view.ts';
import { render } from './panel-render.ts';
import { renderUnassessed } from './unassessed.ts';
import { cardContext, fill, type PanelOptions, type PanelView, panels } from './panel-state.ts';
import { whySection } from './why-section.ts';

export type { PanelOptions, PanelView } from './panel-state.ts';

export const PANEL_ATTRIBUTE = 'data-unwarranted';

/** Whether this copy of the script made the panel (a second injection has its own references). */
export function ownsPanel(host: HTMLElement): boolean {
  return panels.has(host);
}

/**
 * Creates the host element with its shadow content; not yet in the page. A `pending` panel takes
 * its place but stays invisible until revealPanel() (the user's settings may still remove it).
 */
export function createPanel(document: Document, view: PanelView, options: PanelOptions, pending = false): HTMLElement {
  const h = createH(document);
  const host = h('div', { attrs: { [PANEL_ATTRIBUTE]: 'panel' } });
  const root = h('div', { className: pending ? 'root pending' : 'root' });
  host.attachShadow({ mode: 'open' }).append(h('style', null, css), root);
  panels.set(host, { root });
  draw(host, view, options);
  return host;
}

function draw(host: HTMLElement, view: PanelView, options: PanelOptions): void {
  if (isUnassessed(view)) renderUnassessed(host, view, options);
  else render(host, view, options);
}

export function revealPanel(host: HTMLElement): void {
  panels.get(host)?.root.classList.remove('pending');
}

/** Shows another product in an existing panel (variant switch, client-side navigation). */
export function updatePanel(host: HTMLElement, view: PanelView, options: PanelOptions): void {
  draw(host, view, options);
}

/**
 * The same product read again with more of the page (the first look may come before the page
 * finished loading): only "why am I seeing this" changes, in place, open or not.
 */
export function updateSignals(host: HTMLElement, view: PanelView): void {
  const entry = panels.get(host);
  if (isUnassessed(view)) {
    if (entry?.options) renderUnassessed(host, view, entry.options);
    return;
  }
  if (!entry?.why || !entry.options) return;
  const why = whySection(cardContext(host, view, entry.options), view);
  why.open = entry.why.open;
  entry.why.replaceWith(why);
  entry.why = why;
}

/** The facts for the sections; `fresh` marks claims that are new since the vendor was hidden until news. */
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
