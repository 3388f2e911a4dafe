/**
 * Background service worker: answers the content script's requests for vendor facts from the
 * dataset in use, so the content script stays small.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { bundledDataset } from '../dataset/bundled';
import { vendorFacts } from '../dataset/facts';
import locales from 'virtual:unwarranted/locales';
import type { BundledMessages, UiLanguage } from '../shared/i18n';
import { isGetMessages, isGetVendorFacts } from '../shared/messages';

const messages = locales as Record<UiLanguage, BundledMessages>;

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own content scripts and pages may ask; anything else gets no answer.
  if (sender.id !== browser.runtime.id) return undefined;
  if (isGetVendorFacts(message)) return Promise.resolve(vendorFacts(bundledDataset, message.vendor));
  if (isGetMessages(message)) return Promise.resolve(messages[message.language]);
  return undefined;
});
