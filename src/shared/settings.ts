/**
 * The user's settings in storage.local, read defensively: a missing, partial or corrupted value
 * falls back to its default instead of breaking the panel.
 */
import { ext } from './ext-api';
import { VENDOR_IDS, type VendorId } from '../dataset/schema-ids';
import { DEFAULT_UPDATE_URL } from '../update/default-url';
import { isLanguageSetting, type LanguageSetting } from './i18n';

export interface Settings {
  /** The panel opens collapsed to its headline. */
  panelCollapsed: boolean;
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
  /** Weekly check for a dataset update (opt-in). */
  autoUpdate: boolean;
  /** Where updates are fetched from (https). */
  updateUrl: string;
}

export const DEFAULT_SETTINGS: Settings = {
  panelCollapsed: false,
  hiddenVendors: [],
  hiddenUntilNew: {},
  language: 'auto',
  debug: false,
  disabledShops: [],
  autoUpdate: false,
  updateUrl: DEFAULT_UPDATE_URL,
};
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];
const vendorIds = new Set<string>(VENDOR_IDS);

export function parseSettings(raw: Record<string, unknown>): Settings {
  const hidden = Array.isArray(raw['hiddenVendors']) ? raw['hiddenVendors'] : [];
  return {
    panelCollapsed: raw['panelCollapsed'] === true,
    hiddenVendors: [...new Set(hidden.filter((id): id is VendorId => typeof id === 'string' && vendorIds.has(id)))],
    hiddenUntilNew: parseHiddenUntilNew(raw['hiddenUntilNew']),
    language: isLanguageSetting(raw['language']) ? raw['language'] : 'auto',
    debug: raw['debug'] === true,
    disabledShops: Array.isArray(raw['disabledShops']) ? raw['disabledShops'].filter((id): id is string => typeof id === 'string') : [],
    autoUpdate: raw['autoUpdate'] === true,
    updateUrl: typeof raw['updateUrl'] === 'string' && /^https:\/\/[^/\s]+/.test(raw['updateUrl']) ? raw['updateUrl'] : DEFAULT_UPDATE_URL,
  };
}

function parseHiddenUntilNew(raw: unknown): Settings['hiddenUntilNew'] {
  const result: Settings['hiddenUntilNew'] = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return result;
  for (const [vendor, fingerprints] of Object.entries(raw)) {
    if (!vendorIds.has(vendor) || !Array.isArray(fingerprints)) continue;
    result[vendor as VendorId] = fingerprints.filter((value): value is string => typeof value === 'string');
  }
  return result;
}

export async function readSettings(): Promise<Settings> {
  try {
    return parseSettings(await ext().storage.local.get(SETTING_KEYS));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function writeSettings(patch: Partial<Settings>): Promise<void> {
  await ext().storage.local.set(patch);
}

export async function setVendorHidden(vendor: VendorId, hidden: boolean): Promise<void> {
  const { hiddenVendors } = await readSettings();
  const next = hidden ? [...new Set([...hiddenVendors, vendor])] : hiddenVendors.filter((id) => id !== vendor);
  await writeSettings({ hiddenVendors: next });
}
