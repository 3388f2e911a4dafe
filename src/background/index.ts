/**
 * Background service worker: answers the content script and the popup from the dataset in use,
 * keeps the toolbar badge in step with what each tab shows, and — only if the user opted in —
 * checks weekly for a dataset update, which it keeps for the user to review in the options page.
 */
import locales from 'virtual:unwarranted/locales';
import browser, { type Runtime } from 'webextension-polyfill';
import { vendorFacts } from '../dataset/facts.ts';
import type { VendorId } from '../dataset/schema-ids.ts';
import { type ActiveDataset, loadActiveDataset, STORED_KEY } from '../update/active.ts';
import { headline, type Severity } from '../dataset/severity.ts';
import { parseMessage } from '../runtime/messages.ts';
import { readSettings } from '../runtime/settings.ts';
import { WEEKLY_CHECK_ALARM } from '../shared/alarms.ts';
import { setWeeklyCheck, weeklyCheckSet } from '../update/schedule.ts';
import { runScheduledCheck } from './scheduled-check.ts';

let active: Promise<ActiveDataset> | undefined;
const activeDataset = () => (active ??= loadActiveDataset());
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && STORED_KEY in changes) active = undefined;
});

const BADGE: Record<Severity, { text: string; color: string }> = {
  red: { text: '!', color: '#b3261e' },
  amber: { text: '!', color: '#8a4b00' },
  green: { text: '✓', color: '#1e6b2a' },
  grey: { text: '?', color: '#5c5c66' },
};

/** What each tab shows; kept in memory and in session storage, which survives worker restarts. */
const tabVendors = new Map<number, VendorId>();
const sessionKey = (tabId: number) => `tab:${String(tabId)}`;

async function showOnBadge(tabId: number, vendor: VendorId | null): Promise<void> {
  if (vendor === null) {
    tabVendors.delete(tabId);
    await browser.storage.session.remove(sessionKey(tabId)).catch(() => undefined);
    await browser.action.setBadgeText({ tabId, text: '' });
    await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('ext_name') });
    return;
  }
  tabVendors.set(tabId, vendor);
  await browser.storage.session.set({ [sessionKey(tabId)]: vendor }).catch(() => undefined);
  const record = (await activeDataset()).dataset.vendors.find((candidate) => candidate.id === vendor);
  if (!record) return;
  const level = headline(record).severity;
  await browser.action.setBadgeText({ tabId, text: BADGE[level].text });
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE[level].color });
  await browser.action.setTitle({ tabId, title: browser.i18n.getMessage(`badge_title_${level}`, record.name) });
}

async function tabVendor(tabId: number): Promise<VendorId | null> {
  const known = tabVendors.get(tabId);
  if (known) return known;
  const items: Record<string, unknown> = await browser.storage.session.get(sessionKey(tabId)).catch(() => ({}));
  const stored = items[sessionKey(tabId)];
  return typeof stored === 'string' ? (stored as VendorId) : null;
}

/** Our popup or options page (also when opened as a tab), not a content script in a shop page. */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return (sender.url ?? '').startsWith(browser.runtime.getURL(''));
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Only our own content scripts and pages may ask; anything else gets no answer.
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  switch (message?.type) {
    case 'getVendorFacts':
      return activeDataset().then(({ dataset }) => vendorFacts(dataset, message.vendor));
    case 'getMessages':
      return Promise.resolve(locales[message.language]);
    case 'tabShows':
      return sender.tab?.id === undefined ? undefined : showOnBadge(sender.tab.id, message.vendor);
    case 'getTabVendor':
      return fromExtensionPage(sender) ? tabVendor(message.tabId) : undefined;
    default:
      return undefined;
  }
});

// A tab that loads another page shows nothing until its content script says otherwise.
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A tab closed meanwhile rejects the badge calls: nothing left to update.
  if (change.status === 'loading') showOnBadge(tabId, null).catch(() => undefined);
});
browser.tabs.onRemoved.addListener((tabId) => {
  tabVendors.delete(tabId);
  void browser.storage.session.remove(sessionKey(tabId)).catch(() => undefined);
});

browser.alarms.onAlarm.addListener((alarm) => {
  // A check that fails (storage, permissions) leaves nothing waiting; the next week tries again.
  if (alarm.name === WEEKLY_CHECK_ALARM) runScheduledCheck().catch(() => undefined);
});

// Browsers may drop alarms when the extension is updated: restore the opted-in weekly check.
readSettings()
  .then(async (settings) => {
    if (settings.autoUpdate && !(await weeklyCheckSet())) await setWeeklyCheck(true);
  })
  // Without alarms the options page shows the weekly check as off, so the user can turn it on again.
  .catch(() => undefined);
