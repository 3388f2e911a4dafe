/**
 * Background service worker: answers the content script's requests for vendor facts from the
 * dataset in use, so the content script stays small.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { bundledDataset } from '../dataset/bundled';
import type { VendorFacts } from '../panel/vendor-card';
import { isGetVendorFacts } from '../shared/messages';

function vendorFacts(vendorId: string): VendorFacts | null {
  const dataset = bundledDataset;
  const vendor = dataset.vendors.find((candidate) => candidate.id === vendorId);
  return vendor ? { vendor, general: dataset.general, version: dataset.version, reviewed: dataset.reviewed } : null;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own content scripts and pages may ask; anything else gets no answer.
  if (sender.id !== browser.runtime.id || !isGetVendorFacts(message)) return undefined;
  return Promise.resolve(vendorFacts(message.vendor));
});
