/**
 * The vendors chosen for comparison (at most three) and the bar that lists them under the
 * results: each with a ✕ that removes it, the button that opens the table, and a note (a status
 * region) that says when the limit is reached.
 */
import type { PopupContext, Vendor } from './context.ts';

export const MAX_COMPARE = 3;

export interface CompareBarElements {
  bar: HTMLElement;
  chosen: HTMLUListElement;
  open: HTMLButtonElement;
  note: HTMLElement;
}

export interface CompareHooks {
  /** The bar is shown under the results only, not over a detail. */
  detailShown(): boolean;
  /** A vendor was removed with its ✕. */
  removed(id: string): void;
}

export interface Comparison {
  has(id: string): boolean;
  /** Adds or removes a vendor; returns whether it is chosen now (not when the limit is reached). */
  toggle(id: string): boolean;
  vendors(): Vendor[];
  /** Draws the bar again (after a change of view). */
  update(): void;
}

export function createComparison(context: PopupContext, elements: CompareBarElements, hooks: CompareHooks): Comparison {
  const { h, ui } = context;
  const chosen = new Set<string>();
  const nameOf = (id: string) => context.vendor(id)?.name ?? id;

  const removeButton = (id: string) =>
    h(
      'button',
      {
        type: 'button',
        className: 'compare-remove',
        data: { vendor: id },
        attrs: { 'aria-label': ui.t('popup_compare_remove', nameOf(id)) },
        on: {
          click: () => {
            chosen.delete(id);
            elements.note.textContent = '';
            update();
            hooks.removed(id);
          },
        },
      },
      h('span', 'compare-remove-name', nameOf(id)),
      h('span', { className: 'compare-remove-mark', attrs: { 'aria-hidden': 'true' } }, '✕'),
    );

  function update(): void {
    elements.bar.hidden = chosen.size === 0 || hooks.detailShown();
    elements.open.hidden = chosen.size < 2;
    elements.open.textContent = ui.t('popup_compare_view', String(chosen.size));
    elements.chosen.replaceChildren(...[...chosen].map((id) => h('li', null, removeButton(id))));
  }

  function toggle(id: string): boolean {
    if (chosen.has(id)) {
      chosen.delete(id);
      elements.note.textContent = '';
    } else if (chosen.size < MAX_COMPARE) {
      chosen.add(id);
      elements.note.textContent = '';
    } else {
      // Seen next to the chosen vendors, and read out (the note is a status region).
      elements.note.textContent = ui.t('popup_compare_limit', nameOf(id));
    }
    update();
    return chosen.has(id);
  }

  return {
    has: (id) => chosen.has(id),
    toggle,
    vendors: () => [...chosen].map(context.vendor).filter((vendor): vendor is Vendor => vendor !== undefined),
    update,
  };
}
