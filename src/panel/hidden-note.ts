/** After either kind of hiding: a one-line note with an undo in place of the panel, until the next page. */
import { createH } from '../shared/h.ts';
import { type PanelOptions, panels, trusted } from './panel-state.ts';
import type { ProductView } from '../pipeline/view.ts';

/** `redraw` puts the panel back after the undo. */
export function showHidden(host: HTMLElement, view: ProductView, options: PanelOptions, untilNew: boolean, redraw: () => void): void {
  const entry = panels.get(host);
  if (!entry) return;
  const { t } = options.context;
  const h = createH(host.ownerDocument);
  const undo = h(
    'button',
    {
      className: 'undo',
      type: 'button',
      on: {
        click: (event) => {
          if (!trusted(event)) return;
          options.onUndoHide(view.vendor);
          redraw();
        },
      },
    },
    t('panel_undo'),
  );
  entry.root.replaceChildren(
    h(
      'div',
      'panel hidden-note',
      h('span', 'note', t(untilNew ? 'panel_hidden_until_new_note' : 'panel_hidden_note', view.vendorName)),
      ' ',
      undo,
    ),
  );
  delete entry.sections;
  undo.focus();
}
