/**
 * The user's settings in storage.local, read defensively: a missing, partial or corrupted value
 * falls back to its default instead of breaking the panel.
 */
import { ext } from './ext-api.ts';
import { VENDOR_IDS, type VendorId } from '../dataset/schema-ids.ts';
import { isLanguageSetting, type LanguageSetting } from '../shared/i18n.ts';

export interface Settings {
  /** The panel opens collapsed to its headline. */
  panelCollapsed: boolean;
  /** The grey "not assessed" panel on security cameras of brands the dataset has no record of. */
  showUnassessed: boolean;
  /** Vendors the user chose not to see the panel for. */
  hiddenVendors: VendorId[];
  /**
   * Vendors hidden "until something new is known": the fingerprints of the vendor's claims when
   * the user hid it (dataset/fingerprint.ts). A dataset that adds or changes a claim brings the
   * panel back once, with what is new marked.
   */
  hiddenUntilNew: Partial<Record<VendorId, string[]>>;
  language: LanguageSetting;
  /** Log detection decisions to the console. */
  debug: boolean;
  /** Shops (spec ids) where the panel is switched off. */
  disabledShops: string[];
  /** Weekly check for a dataset update (opt-in; only in a build with an update address, see update/config.ts). */
  autoUpdate: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  panelCollapsed: false,
  showUnassessed: true,
  hiddenVendors: [],
  hiddenUntilNew: {},
  language: 'auto',
  debug: false,
  disabledShops: [],
  autoUpdate: false,
};
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
const vendorIds = new Set<string>(VENDOR_IDS);

export function parseSettings(raw: Record<string, unknown>): Settings {
  const hidden = Array.isArray(raw['hiddenVendors']) ? raw['hiddenVendors'] : [];
  return {
    panelCollapsed: raw['panelCollapsed'] === true,
    showUnassessed: raw['showUnassessed'] !== false,
    hiddenVendors: [...new Set(hidden.filter((id): id is VendorId => typeof id === 'string' && vendorIds.has(id)))],
    hiddenUntilNew: parseHiddenUntilNew(raw['hiddenUntilNew']),
    language: isLanguageSetting(raw['language']) ? raw['language'] : 'auto',
    debug: raw['debug'] === true,
    disabledShops: Array.isArray(raw['disabledShops']) ? raw['disabledShops'].filter((id): id is string => typeof id === 'string') : [],
    autoUpdate: raw['autoUpdate'] === true,
    // An `updateUrl` stored by earlier development versions is not read: the address is fixed at build time.
  };
}

function parseHiddenUntilNew(raw: unknown): Settings['hiddenUntilNew'] {
  return Object.fromEntries(
    Object.entries(typeof raw === 'object' && raw !== null ? raw : {})
      .filter(([vendor, fingerprints]) => vendorIds.has(vendor) && Array.isArray(fingerprints))
      .map(([vendor, fingerprints]: [string, unknown[]]) => [vendor, fingerprints.filter((value) => typeof value === 'string')]),
  );
}

/** The stored settings; throws when storage cannot be read (pages that must say so use this). */
export async function readStoredSettings(): Promise<Settings> {
  return parseSettings(await ext().storage.local.get(SETTING_KEYS));
}

/** The stored settings, or the defaults when storage cannot be read (the panel has nowhere to say so). */
export async function readSettings(): Promise<Settings> {
  try {
    return await readStoredSettings();
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function writeSettings(patch: Partial<Settings>): Promise<void> {
  await ext().storage.local.set(patch);
}

/** Hides a vendor for good, or shows it again (which also ends hiding it until something new is known). */
export async function setVendorHidden(vendor: VendorId, hidden: boolean): Promise<void> {
  // A failed read must not become a write of the defaults' empty lists, which would show every other hidden vendor again.
  const { hiddenVendors, hiddenUntilNew } = await readStoredSettings();
  const next = hidden ? [...new Set([...hiddenVendors, vendor])] : hiddenVendors.filter((id) => id !== vendor);
  const untilNew = Object.fromEntries(Object.entries(hiddenUntilNew).filter(([id]) => id !== vendor));
  await writeSettings({ hiddenVendors: next, hiddenUntilNew: untilNew });
}

/**
 * Hides a vendor until a dataset adds or changes one of its claims: `seen` are the fingerprints of
 * the claims the user has seen (dataset/fingerprint.ts).
 */
export async function setVendorHiddenUntilNew(vendor: VendorId, seen: readonly string[]): Promise<void> {
  const { hiddenVendors, hiddenUntilNew } = await readStoredSettings();
  await writeSettings({
    hiddenVendors: hiddenVendors.filter((id) => id !== vendor),
    hiddenUntilNew: { ...hiddenUntilNew, [vendor]: [...seen] },
  });
}
