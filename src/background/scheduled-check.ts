/**
 * The weekly dataset check, off by default and only in a build with an update address
 * (update/config.ts). It runs only while the user has opted in and granted access to that
 * address's host; it never installs anything: a verified update waits in storage until the user
 * reviews its changes in the options page (update/pending.ts).
 */
import browser from 'webextension-polyfill';
import { readSettings } from '../runtime/settings.ts';
import { loadActiveDataset } from '../update/active.ts';
import { UPDATE_HOST_PERMISSION, UPDATE_URL } from '../update/config.ts';
import { storePendingUpdate } from '../update/pending.ts';
import { prepareUpdate } from '../update/prepare.ts';
import { setWeeklyCheck } from '../update/schedule.ts';

const LAST_CHECK_KEY = 'lastUpdateCheck';

export async function runScheduledCheck(): Promise<void> {
  const settings = await readSettings();
  if (!settings.autoUpdate || UPDATE_URL === null || UPDATE_HOST_PERMISSION === null) {
    await setWeeklyCheck(false);
    return;
  }
  if (!(await browser.permissions.contains({ origins: [UPDATE_HOST_PERMISSION] }))) return;
  const { dataset } = await loadActiveDataset();
  const result = await prepareUpdate(UPDATE_URL, dataset);
  await browser.storage.local.set({
    [LAST_CHECK_KEY]: { at: new Date().toISOString(), result: result.ok ? 'update-ready' : result.reason },
  });
  if (!result.ok) return;
  await storePendingUpdate({
    text: result.text,
    signature: result.signature,
    keyId: result.keyId,
    source: result.source,
    changes: result.changes,
  });
}
