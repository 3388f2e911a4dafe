/**
 * The results list: the vendors a query finds (typo-tolerant, see search/search.ts) in rank order,
 * or all of them by name; the vendor on the active tab first; a brand we have no record of gets a
 * checklist instead. One result is active (aria-current): the one Enter opens.
 */
import { nameIn } from '../dataset/names.ts';
import { summarizeVerdicts } from '../dataset/summary.ts';
import { renderHeadline } from '../panel/vendor-card.ts';
import type { Settings } from '../runtime/settings.ts';
import { buildIndex, search } from '../search/search.ts';
import { formatNumber } from '../shared/format.ts';
import { type MessageKey, plural } from '../shared/i18n.ts';
import type { PopupContext } from './context.ts';
import { isHidden } from './hidden-vendors.ts';
import { platformResult } from './platform-detail.ts';

/** What to check about a brand we have no record of. */
const UNCOVERED_CHECKS = [
  'popup_uncovered_local',
  'popup_uncovered_e2ee',
  'popup_uncovered_cloud',
  'popup_uncovered_storage',
] as const satisfies readonly MessageKey[];

export interface ResultsElements {
  list: HTMLUListElement;
  /** Announcements for screen readers. */
  status: HTMLElement;
}

export interface ResultsHooks {
  /** Settings as shown (hidden vendors); reports a failed read itself. */
  settings(): Promise<Settings>;
  compared(id: string): boolean;
  /** Compare pressed: whether the vendor is chosen now. */
  toggleCompare(id: string): boolean;
  open(id: string): void;
}

export interface Results {
  /** Lists what `query` finds, the first result active. */
  render(query: string): Promise<void>;
  /** Makes another result active, `by` places down (negative: up), wrapping around. */
  move(by: number): void;
  /** The active result's vendor. */
  active(): string | undefined;
  /** Marks the vendor's Compare button as not pressed (removed from the comparison elsewhere). */
  unpress(id: string): void;
}

export function createResults(context: PopupContext, elements: ResultsElements, hooks: ResultsHooks): Results {
  const { h, ui, dataset, detected } = context;
  // Recording platforms (HomeKit Secure Video) are found by their name and parent company ("Apple").
  const index = buildIndex([
    ...dataset.vendors,
    ...dataset.platforms.map((platform) => ({
      id: platform.id,
      name: platform.name,
      parent: platform.parent,
      recognition: { brands: [platform.name], parentBrands: [], lines: [] },
    })),
  ]);
  const byName = [...dataset.vendors].sort((a, b) => a.name.localeCompare(b.name)).map((vendor) => vendor.id);
  let shown: string[] = [];
  let active = 0;
  /** Renders started; an older one that finishes late does not overwrite a newer one. */
  let renders = 0;

  /** The vendors to list, and those found only through their parent company ("Hikvision" → EZVIZ). */
  function find(query: string): { ids: string[]; viaParent: Set<string> } {
    const found = query.trim() ? search(index, query, 12) : [];
    const viaParent = new Set(found.filter((result) => result.viaParent).map((result) => result.id));
    const list = query.trim() ? found.map((result) => result.id) : byName;
    // The vendor on the current page first.
    const ids =
      detected && context.vendor(detected) && (!query.trim() || list.includes(detected))
        ? [detected, ...list.filter((id) => id !== detected)]
        : list;
    return { ids, viaParent };
  }

  function resultItem(id: string, hidden: boolean, viaParent: boolean): HTMLLIElement {
    const item = h('li', { id: `result-${id}`, className: 'result', data: { unwarranted: 'result', vendor: id } });
    const platform = dataset.platforms.find((candidate) => candidate.id === id);
    if (platform)
      return platformResult(context, item, platform, (platformId) => {
        hooks.open(platformId);
      });
    const vendor = context.vendor(id);
    if (!vendor) return item;
    const headline = renderHeadline(context.card, vendor.name, summarizeVerdicts(vendor));
    const tags = [id === detected && 'popup_on_this_page', hidden && 'popup_hidden_vendor'] as const;
    const open = h(
      'button',
      {
        type: 'button',
        className: 'result-open',
        on: {
          click: () => {
            hooks.open(id);
          },
        },
      },
      h('span', 'result-name', vendor.name),
      vendor.scope && h('span', 'result-scope', vendor.scope[ui.language]),
      viaParent && h('span', 'result-parent', ui.t('popup_parent_relation', [vendor.name, nameIn(vendor.parent, ui.language)])),
      platformNote(vendor),
      h('span', { className: headline.className, data: { severity: headline.dataset['severity'] ?? '' } }, headline.textContent),
      ...tags.map((tag) => tag && h('span', 'result-tag', ui.t(tag))),
    );
    const toggle = h(
      'button',
      {
        type: 'button',
        className: 'compare-toggle',
        attrs: { 'aria-pressed': String(hooks.compared(id)), 'aria-label': `${ui.t('popup_compare')}: ${vendor.name}` },
        on: {
          click: (event) => {
            event.stopPropagation();
            toggle.setAttribute('aria-pressed', String(hooks.toggleCompare(id)));
          },
        },
      },
      ui.t('popup_compare'),
    );
    item.append(open, toggle);
    return item;
  }

  /**
   * A cloud platform: the brands the dataset knows to use it. A brand that uses one: which. Both
   * from the dataset's cited pointers (Vendor.cloudPlatforms).
   */
  function platformNote(vendor: (typeof dataset.vendors)[number]): HTMLElement | undefined {
    if (vendor.type === 'cloud-platform') {
      const users = dataset.vendors.filter((other) => other.cloudPlatforms.some((use) => use.id === vendor.id)).map((other) => other.name);
      return users.length > 0 ? h('span', 'result-platform', ui.t('popup_platform_brands', users.join(', '))) : undefined;
    }
    const uses = vendor.cloudPlatforms.flatMap((use) => {
      const name = context.vendor(use.id)?.name;
      return name ? [ui.t(use.extent === 'some' ? 'popup_uses_platform_some' : 'popup_uses_platform', name)] : [];
    });
    return uses.length > 0 ? h('span', 'result-platform', uses.join(' · ')) : undefined;
  }

  /** A brand we have no record of: say so, and what to find out before buying it. */
  const uncoveredItem = (query: string) =>
    h(
      'li',
      'uncovered',
      h('p', 'uncovered-title', ui.t('popup_no_results', query.trim())),
      h('p', 'uncovered-check', ui.t('popup_uncovered_check')),
      h('ul', 'list', ...UNCOVERED_CHECKS.map((key) => h('li', null, ui.t(key)))),
    );

  function move(by: number, from = active): void {
    const items = [...elements.list.querySelectorAll<HTMLElement>('[data-unwarranted="result"]')];
    if (items.length === 0) return;
    active = (from + by + items.length) % items.length;
    items.forEach((item, position) => {
      if (position === active) item.setAttribute('aria-current', 'true');
      else item.removeAttribute('aria-current');
    });
    items[active]?.scrollIntoView({ block: 'nearest' });
    const name = items[active]?.querySelector('.result-name')?.textContent;
    if (name) elements.status.textContent = name;
  }

  async function render(query: string): Promise<void> {
    const ticket = ++renders;
    const settings = await hooks.settings();
    if (ticket !== renders) return;
    const { ids, viaParent } = find(query);
    shown = ids;
    elements.list.replaceChildren(...ids.map((id) => resultItem(id, isHidden(settings, id), viaParent.has(id))));
    if (ids.length === 0) {
      elements.list.append(uncoveredItem(query));
      elements.status.textContent = ui.t('popup_no_results', query.trim());
    } else
      elements.status.textContent = plural(ui.t, ui.language, 'popup_results_count', ids.length, [formatNumber(ids.length, ui.locale)]);
    move(0, 0);
  }

  return {
    render,
    move,
    active: () => shown[active],
    unpress: (id) => {
      for (const toggle of elements.list.querySelectorAll(`[data-vendor="${CSS.escape(id)}"] .compare-toggle`))
        toggle.setAttribute('aria-pressed', 'false');
    },
  };
}
