/**
 * The messages extension parts send each other, typed in one place. Content script → background:
 * ask for a vendor's facts (the content script does not carry the dataset).
 */
import browser from 'webextension-polyfill';
import type { VendorId } from '../dataset/schema';
import type { VendorFacts } from '../panel/vendor-card';
import type { BundledMessages, UiLanguage } from './i18n';

export interface GetVendorFacts {
  type: 'getVendorFacts';
  vendor: VendorId;
}

/** Content script → background: the UI messages of a language the user picked in the options. */
export interface GetMessages {
  type: 'getMessages';
  language: UiLanguage;
}

export type Message = GetVendorFacts | GetMessages;

export function isGetMessages(message: unknown): message is GetMessages {
  if (typeof message !== 'object' || message === null) return false;
  const { type, language } = message as Record<string, unknown>;
  return type === 'getMessages' && (language === 'en' || language === 'de');
}

export function requestMessages(language: UiLanguage): Promise<BundledMessages | null> {
  const message: GetMessages = { type: 'getMessages', language };
  return browser.runtime.sendMessage<GetMessages, BundledMessages | null>(message);
}

export function isGetVendorFacts(message: unknown): message is GetVendorFacts {
  if (typeof message !== 'object' || message === null) return false;
  const { type, vendor } = message as Record<string, unknown>;
  return type === 'getVendorFacts' && typeof vendor === 'string' && vendor.length < 40;
}

/** The vendor's facts from the dataset in use, or null if the vendor is not in it. */
export function requestVendorFacts(vendor: VendorId): Promise<VendorFacts | null> {
  const message: GetVendorFacts = { type: 'getVendorFacts', vendor };
  return browser.runtime.sendMessage<GetVendorFacts, VendorFacts | null>(message);
}
