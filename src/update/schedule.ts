/**
 * Starts or stops the weekly dataset check (off by default; the background runs it when the alarm
 * fires). A build without an update address never starts it.
 */
import browser from 'webextension-polyfill';
import { WEEKLY_CHECK_ALARM } from '../shared/alarms.ts';
import { UPDATE_URL } from './config.ts';

export async function setWeeklyCheck(enabled: boolean): Promise<void> {
  if (enabled && UPDATE_URL !== null) await browser.alarms.create(WEEKLY_CHECK_ALARM, { delayInMinutes: 60, periodInMinutes: 7 * 24 * 60 });
  else await browser.alarms.clear(WEEKLY_CHECK_ALARM);
}

/** Whether the weekly check is set (browsers may drop alarms when the extension is updated). */
export async function weeklyCheckSet(): Promise<boolean> {
  return (await browser.alarms.get(WEEKLY_CHECK_ALARM)) !== undefined;
}
