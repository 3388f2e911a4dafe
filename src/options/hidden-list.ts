/**
 * The options page's list of vendors hidden on shop pages, by their name in the dataset in use:
 * hidden for good, or hidden until something new is known. Each has "show again", which ends
 * either kind of hiding (shared/settings.ts, setVendorHidden).
 */
import type { VendorId } from '../dataset/schema-ids.ts';
import type { Ui } from '../runtime/locales.ts';
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
export function renderHiddenList(list: HTMLElement, entries: readonly HiddenEntry[], ui: Ui, showAgain: (vendor: VendorId) => void): void {
  if (entries.length === 0) {
    const none = document.createElement('li');
    none.textContent = ui.t('options_hidden_none');
    list.replaceChildren(none);
    return;
  }
  list.replaceChildren(
    ...entries.map((entry) => {
      const item = document.createElement('li');
      item.dataset['vendor'] = entry.vendor;
      item.dataset['hidden'] = entry.until;
      const name = document.createElement('span');
      name.className = 'hidden-name';
      name.textContent = entry.name;
      const how = document.createElement('span');
      how.className = 'hidden-how';
      how.textContent = ui.t(entry.until === 'always' ? 'options_hidden_always' : 'options_hidden_until_new');
      const show = document.createElement('button');
      show.type = 'button';
      show.textContent = ui.t('popup_show_again');
      show.addEventListener('click', () => {
        showAgain(entry.vendor);
      });
      item.append(name, ' — ', how, ' ', show);
      return item;
    }),
  );
}
