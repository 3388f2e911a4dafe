/**
 * The options page's "Panel on shop pages": language, collapsed panel, shops where it shows, and the
 * vendors hidden on shop pages. Each change is saved at once; a write the browser refuses puts the
 * control back to what is stored and says so (the section's status line, #saved).
 */
import { DEFAULT_SETTINGS, readSettings, readStoredSettings, setVendorHidden, type Settings, writeSettings } from '../runtime/settings.ts';
import { isLanguageSetting, type LanguageSetting } from '../shared/i18n.ts';
import { LANGUAGE_NAMES, LANGUAGES } from '../shared/languages.ts';
import { SHOPS } from '../shops/index.ts';
import { hiddenEntries, renderHiddenList } from './hidden-list.ts';
import { type OptionsPage, type Status, whenDone } from './page.ts';

/** The settings, or the defaults and `readable: false` if the browser could not read its storage. */
export async function loadSettings(): Promise<{ settings: Settings; readable: boolean }> {
  try {
    return { settings: await readStoredSettings(), readable: true };
  } catch {
    return { settings: DEFAULT_SETTINGS, readable: false };
  }
}

/** A control that shows a setting's value. */
export interface Control<T> {
  read(): T;
  show(value: T): void;
}

/**
 * Returns the change listener of `control`: it saves what the control shows with `write`, and if
 * that fails shows the value last saved again and reports that nothing was changed.
 */
export function saveOnChange<T>(
  { ui }: OptionsPage,
  status: Status,
  control: Control<T>,
  write: (value: T) => Promise<void>,
): (event: Event) => void {
  let saved = control.read();
  return whenDone(async () => {
    const next = control.read();
    try {
      await write(next);
    } catch {
      control.show(saved);
      status.fail('error_setting_not_saved');
      return;
    }
    saved = next;
    status.say(ui.t('options_saved'), 'ok');
  }, status);
}

/** "auto" (the browser's language), then each language by its own name. */
export function languageOptions({ ui, h }: OptionsPage): HTMLOptionElement[] {
  return [
    h('option', { value: 'auto' }, ui.t('options_language_auto')),
    ...LANGUAGES.map((code) => h('option', { value: code, attrs: { lang: code } }, LANGUAGE_NAMES[code])),
  ];
}

/**
 * Fills and wires the panel settings. `settings` as loaded; unreadable settings are reported and
 * their controls disabled, since saving defaults would overwrite what is stored.
 */
export function settingsSection(
  page: OptionsPage,
  status: Status,
  { settings, readable }: { settings: Settings; readable: boolean },
  vendors: () => readonly { id: string; name: string }[],
): void {
  const { get, h } = page;
  const language = get('language', 'select');
  language.replaceChildren(...languageOptions(page));
  language.value = settings.language;
  const languageControl: Control<LanguageSetting> = {
    read: () => (isLanguageSetting(language.value) ? language.value : 'auto'),
    show: (value) => {
      language.value = value;
    },
  };
  language.addEventListener(
    'change',
    saveOnChange(page, status, languageControl, (value) => writeSettings({ language: value })),
  );

  const collapsed = get('collapsed', 'input');
  collapsed.checked = settings.panelCollapsed;
  collapsed.addEventListener(
    'change',
    saveOnChange(page, status, checkbox(collapsed), (value) => writeSettings({ panelCollapsed: value })),
  );

  const unassessed = get('show-unassessed', 'input');
  unassessed.checked = settings.showUnassessed;
  unassessed.addEventListener(
    'change',
    saveOnChange(page, status, checkbox(unassessed), (value) => writeSettings({ showUnassessed: value })),
  );

  const disabled = new Set(settings.disabledShops);
  const shops = SHOPS.map((shop) => ({
    id: shop.id,
    name: shop.name,
    box: h('input', { type: 'checkbox', checked: !disabled.has(shop.id), data: { shop: shop.id } }),
  }));
  // Shops this build does not know stay as stored.
  const unknown = settings.disabledShops.filter((id) => !shops.some((shop) => shop.id === id));
  const disabledShops = () => [...unknown, ...shops.filter(({ box }) => !box.checked).map(({ id }) => id)];
  for (const { box } of shops)
    box.addEventListener(
      'change',
      saveOnChange(page, status, checkbox(box), () => writeSettings({ disabledShops: disabledShops() })),
    );
  get('shops', 'div').replaceChildren(...shops.map(({ name, box }) => h('label', null, box, ` ${name}`)));

  hiddenList(page, status, settings, vendors);

  if (!readable) {
    for (const control of [language, collapsed, unassessed, ...shops.map(({ box }) => box)]) control.disabled = true;
    status.fail('error_storage_unreadable');
  }
}

export function checkbox(box: HTMLInputElement): Control<boolean> {
  return {
    read: () => box.checked,
    show: (value) => {
      box.checked = value;
    },
  };
}

function hiddenList(page: OptionsPage, status: Status, settings: Settings, vendors: () => readonly { id: string; name: string }[]): void {
  const list = page.get('hidden', 'ul');
  const show = (current: Settings) => {
    renderHiddenList(
      list,
      hiddenEntries(current, vendors(), page.ui.locale),
      page,
      whenDone(async (vendor) => {
        try {
          await setVendorHidden(vendor, false);
        } catch {
          status.fail('error_setting_not_saved');
          return;
        }
        show(await readSettings());
        status.say(page.ui.t('options_saved'), 'ok');
      }, status),
    );
  };
  show(settings);
}
