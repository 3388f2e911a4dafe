/**
 * The messages extension parts send each other, typed and checked in one place.
 * Content script → background: a vendor's facts, UI messages of a chosen language, and what the
 * tab shows (for the toolbar badge). Popup → background: what the active tab shows.
 */
import { ext } from './ext-api.ts';
import { VENDOR_IDS, type VendorId } from '../dataset/schema-ids.ts';
import type { VendorFacts } from '../dataset/facts.ts';
import type { BundledMessages } from '../shared/i18n.ts';
import { isLanguage, type Language } from '../shared/languages.ts';

export type Message =
  | { type: 'getVendorFacts'; vendor: VendorId }
  | { type: 'getMessages'; language: Language }
  | { type: 'tabShows'; vendor: VendorId | null }
  | { type: 'getTabVendor'; tabId: number };

const vendorIds = new Set<string>(VENDOR_IDS);
const isVendor = (value: unknown): value is VendorId => typeof value === 'string' && vendorIds.has(value);

/** The message, if it is one of ours with well-formed fields; anything else is ignored. */
export function parseMessage(message: unknown): Message | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const fields = message as Record<string, unknown>;
  switch (fields['type']) {
    case 'getVendorFacts':
      return isVendor(fields['vendor']) ? { type: 'getVendorFacts', vendor: fields['vendor'] } : undefined;
    case 'getMessages':
      return isLanguage(fields['language']) ? { type: 'getMessages', language: fields['language'] } : undefined;
    case 'tabShows':
      return fields['vendor'] === null || isVendor(fields['vendor']) ? { type: 'tabShows', vendor: fields['vendor'] } : undefined;
    case 'getTabVendor':
      return Number.isInteger(fields['tabId']) ? { type: 'getTabVendor', tabId: fields['tabId'] as number } : undefined;
    default:
      return undefined;
  }
}

function send<T>(message: Message): Promise<T> {
  return ext().runtime.sendMessage<Message, T>(message);
}

/** The vendor's facts from the dataset in use, or null if the vendor is not in it. */
export const requestVendorFacts = (vendor: VendorId) => send<VendorFacts | null>({ type: 'getVendorFacts', vendor });
export const requestMessages = (language: Language) => send<BundledMessages | null>({ type: 'getMessages', language });
/** Tells the background what this tab shows, for the toolbar badge (null: no camera). */
export const reportTab = (vendor: VendorId | null) => send<undefined>({ type: 'tabShows', vendor });
export const requestTabVendor = (tabId: number) => send<VendorId | null>({ type: 'getTabVendor', tabId });
