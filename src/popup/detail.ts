/**
 * The detail view: one vendor's verdict card (the panel's own component) with "show again" when the
 * vendor is hidden on shop pages, or the comparison table. Each starts with a Back button, which
 * takes the focus.
 */
import { vendorFacts } from '../dataset/facts.ts';
import { summarizeVerdicts } from '../dataset/summary.ts';
import { renderVendorCard } from '../panel/vendor-card.ts';
import type { Settings } from '../runtime/settings.ts';
import { REPORT_TARGET, reportHref } from '../shared/report.ts';
import { compareTable } from './compare-table.ts';
import type { PopupContext, Vendor } from './context.ts';
import { isHidden, showAgain } from './hidden-vendors.ts';
import { platformDetail } from './platform-detail.ts';

export interface DetailHooks {
  /** Settings as shown (hidden vendors); reports a failed read itself. */
  settings(): Promise<Settings>;
  /** Shows the detail, or the results again. */
  show(view: 'results' | 'detail'): void;
  /** A vendor is shown on shop pages again (saved). */
  shownAgain(): Promise<void>;
}

export interface Detail {
  openVendor(id: string): Promise<void>;
  openComparison(vendors: readonly Vendor[]): void;
}

export function createDetail(context: PopupContext, detail: HTMLElement, hooks: DetailHooks): Detail {
  const { h, ui, failures } = context;

  const backButton = () =>
    h(
      'button',
      {
        type: 'button',
        on: {
          click: () => {
            hooks.show('results');
          },
        },
      },
      ui.t('popup_back'),
    );

  function display(...parts: HTMLElement[]): void {
    detail.replaceChildren(backButton(), ...parts);
    detail.scrollTop = 0;
    hooks.show('detail');
    detail.querySelector('button')?.focus();
  }

  /** Shows the vendor on shop pages again; if that is not saved, the button stays and the user is told why. */
  const showAgainButton = (id: Vendor['id']) => {
    const button = h('button', { type: 'button' }, ui.t('popup_show_again'));
    button.addEventListener(
      'click',
      failures.guard(async () => {
        await showAgain(id);
        failures.clear();
        button.remove();
        await hooks.shownAgain();
      }),
    );
    return button;
  };

  async function openVendor(id: string): Promise<void> {
    const platform = context.dataset.platforms.find((candidate) => candidate.id === id);
    if (platform) {
      display(
        ...platformDetail(context, platform, (vendor) => {
          failures.run(() => openVendor(vendor));
        }),
      );
      return;
    }
    const facts = vendorFacts(context.dataset, id);
    if (!facts) return;
    const settings = await hooks.settings();
    const { vendor } = facts;
    const report = (about: string) =>
      reportHref(REPORT_TARGET, { vendor: vendor.id, about, version: facts.version, language: ui.language }, ui.t('report_body_prompt'));
    display(
      h('h2', 'detail-name', vendor.name),
      ...(vendor.scope ? [h('p', 'detail-scope', vendor.scope[ui.language])] : []),
      renderVendorCard({ ...context.card, report }, facts, summarizeVerdicts(vendor)),
      ...(isHidden(settings, vendor.id) ? [showAgainButton(vendor.id)] : []),
    );
  }

  return {
    openVendor,
    openComparison: (vendors) => {
      display(compareTable(h, ui, vendors));
    },
  };
}
