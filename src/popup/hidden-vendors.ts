/**
 * Which vendors are hidden on shop pages, as the popup reads it, and "show again", its one write:
 * failures are told in words (failures.ts) instead of turning into silent defaults.
 */
import type { VendorId } from '../dataset/schema-ids.ts';
import { DEFAULT_SETTINGS, readStoredSettings, setVendorHidden, type Settings } from '../runtime/settings.ts';
import { Failure, type Failures } from './failures.ts';

/** The stored settings; a failed read throws Failure('error_storage_unreadable') (readSettings() would hide it). */
async function readOrFail(): Promise<Settings> {
  try {
    return await readStoredSettings();
  } catch (error) {
    throw new Failure('error_storage_unreadable', { cause: error });
  }
}

/** The settings to show: on a failed read the user is told, and the popup goes on with the defaults. */
export async function settingsForDisplay(failures: Failures): Promise<Settings> {
  try {
    return await readOrFail();
  } catch (error) {
    failures.report(error);
    return DEFAULT_SETTINGS;
  }
}

/** Hidden on shop pages either way: for good, or until something new is known. */
export const isHidden = (settings: Settings, vendor: string): boolean =>
  settings.hiddenVendors.some((id) => id === vendor) || vendor in settings.hiddenUntilNew;

/** Shows a vendor on shop pages again; throws a Failure if that was not saved (nothing is written after a failed read). */
export async function showAgain(vendor: VendorId): Promise<void> {
  try {
    await setVendorHidden(vendor, false);
  } catch (error) {
    throw new Failure('error_setting_not_saved', { cause: error });
  }
}
