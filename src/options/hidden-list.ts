/**
 * The options page's list of vendors hidden on shop pages, by their name in the dataset in use:
 * hidden for good, or hidden until something new is known. Each has "show again", which ends
 * either kind of hiding (runtime/settings.ts, setVendorHidden).
 */
import type { VendorId } from '../dataset/schema-ids.ts';
import type { Ui } from '../runtime/locales.ts';
import type { H } from '../shared/h.ts';
import type { Settings } from '../runtime/settings.ts';

export interface HiddenEntry {
  vendor: VendorId;
  /** The vendor's name in the dataset in use; its id if that dataset no longer has it. */
  name: string;
  until: 'always' | 'new';
}

/** One entry per hidden vendor (hidden for good wins over hidden until new), sorted by name. */
export function hiddenEntries(
  settings: Pick<Settings, 'hiddenVendors' | 'hiddenUntilNew'>,
  vendors: readonly { id: string; name: string }[],
  locale: string,
): HiddenEntry[] {
  const names = new Map(vendors.map((vendor) => [vendor.id, vendor.name]));
  const until = new Map<VendorId, HiddenEntry['until']>();
  for (const vendor of Object.keys(settings.hiddenUntilNew) as VendorId[]) until.set(vendor, 'new');
  for (const vendor of settings.hiddenVendors) until.set(vendor, 'always');
  return [...until]
    .map(([vendor, kind]) => ({ vendor, name: names.get(vendor) ?? vendor, until: kind }))
    .sort((a, b) => a.name.localeCompare(b.name, locale, { sensitivity: 'base' }));
}

/** Fills `list` with the entries, each with a "show again" button that calls `showAgain`. */
export function renderHiddenList(
  list: HTMLElement,
  entries: readonly HiddenEntry[],
  { ui, h }: { ui: Ui; h: H },
  showAgain: (vendor: VendorId) => void,
): void {
  if (entries.length === 0) {
    list.replaceChildren(h('li', null, ui.t('options_hidden_none')));
    return;
  }
  list.replaceChildren(
    ...entries.map((entry) =>
      h(
        'li',
        { data: { vendor: entry.vendor, hidden: entry.until } },
        h('span', 'hidden-name', entry.name),
        ' — ',
        h('span', 'hidden-how', ui.t(entry.until === 'always' ? 'options_hidden_always' : 'options_hidden_until_new')),
        ' ',
        h(
          'button',
          {
            type: 'button',
            on: {
              click: () => {
                showAgain(entry.vendor);
              },
            },
          },
          ui.t('popup_show_again'),
        ),
      ),
    ),
  );
}
