/**
 * The weekly dataset check, off by default and only in a build with an update address
 * (update/config.ts). It runs only while the user has opted in and granted access to that
 * address's host; it never installs anything: a verified update waits in storage until the user
 * reviews its changes in the options page.
 */
import browser from 'webextension-polyfill';
import { loadActiveDataset } from '../dataset/store';
import { readSettings } from '../shared/settings';
import { UPDATE_HOST_PERMISSION, UPDATE_URL } from '../update/config';
import { prepareUpdate } from '../update/prepare';

export const WEEKLY_CHECK_ALARM = 'weekly-dataset-check';
export const PENDING_KEY = 'pendingUpdate';
const LAST_CHECK_KEY = 'lastUpdateCheck';

/** Starts or stops the weekly check; a build without an update address never starts it. */
export async function setWeeklyCheck(enabled: boolean): Promise<void> {
  if (enabled && UPDATE_URL !== null) await browser.alarms.create(WEEKLY_CHECK_ALARM, { delayInMinutes: 60, periodInMinutes: 7 * 24 * 60 });
  else await browser.alarms.clear(WEEKLY_CHECK_ALARM);
}

export async function runScheduledCheck(): Promise<void> {
  const settings = await readSettings();
  if (!settings.autoUpdate || UPDATE_URL === null || UPDATE_HOST_PERMISSION === null) {
    await setWeeklyCheck(false);
    return;
  }
  if (!(await browser.permissions.contains({ origins: [UPDATE_HOST_PERMISSION] }))) return;
  const { dataset } = await loadActiveDataset();
  const result = await prepareUpdate(UPDATE_URL, dataset);
  await browser.storage.local.set({ [LAST_CHECK_KEY]: { at: new Date().toISOString(), result: result.ok ? 'update-ready' : result.reason } });
  if (!result.ok) return;
  await browser.storage.local.set({
    [PENDING_KEY]: { text: result.text, signature: result.signature, keyId: result.keyId, source: result.source, changes: result.changes },
  });
}
