/** What the background answers for a vendor: its record, general advice and alternatives. */
import { claimFingerprints } from './fingerprint.ts';
import type { Dataset, Kind, Vendor } from './schema.ts';
import { headline } from './severity.ts';

export interface Alternative {
  id: Vendor['id'];
  name: string;
  /** Why it is one: its green headline's reason (docs/verdicts.md). */
  reason: 'e2ee-default' | 'local-default';
  /** The kinds of product it makes (its product lines'), so a doorbell is offered for a doorbell. */
  kinds: Kind[];
}

export interface VendorFacts {
  vendor: Vendor;
  general: Dataset['general'];
  version: string;
  reviewed: string;
  /** Vendors with a green headline; alternativesFor() picks those that fit the product. */
  alternatives: Alternative[];
  /**
   * Fingerprints of the vendor's claims (dataset/fingerprint.ts), made by the background so the
   * content script need not carry the hashing: "hide until something new is known" compares them.
   */
  fingerprints: string[];
}

/** The kinds of product a vendor makes: its product lines' and the kind its plain "camera" means. */
export function offeredKinds(vendor: Pick<Vendor, 'recognition'>): Kind[] {
  return [...new Set([vendor.recognition.defaultKind, ...vendor.recognition.lines.map((line) => line.kind)])];
}

/**
 * Every vendor but `except` whose headline is green (end-to-end encrypted or local by default, and
 * nothing red or amber): the same rule as the colour, so no card recommends what another card
 * shows grey. End-to-end encryption first, then by name.
 */
export function alternatives(dataset: Dataset, except: string): Alternative[] {
  return dataset.vendors
    .flatMap((vendor): Alternative[] => {
      const { reason } = headline(vendor);
      if (vendor.id === except || (reason !== 'e2ee-default' && reason !== 'local-default')) return [];
      return [{ id: vendor.id, name: vendor.name, reason, kinds: offeredKinds(vendor) }];
    })
    .sort((a, b) => Number(a.reason !== 'e2ee-default') - Number(b.reason !== 'e2ee-default') || a.name.localeCompare(b.name, 'en'));
}

/**
 * The alternatives that make one of `kinds` (the product's kind on a shop page, the vendor's kinds
 * in the popup): a battery doorbell is not replaced by a pet camera. At most `limit`.
 */
export function alternativesFor(list: readonly Alternative[], kinds: readonly Kind[], limit = 3): Alternative[] {
  return list.filter((alternative) => alternative.kinds.some((kind) => kinds.includes(kind))).slice(0, limit);
}

export function vendorFacts(dataset: Dataset, vendorId: string): VendorFacts | null {
  const vendor = dataset.vendors.find((candidate) => candidate.id === vendorId);
  if (!vendor) return null;
  return {
    vendor,
    general: dataset.general,
    version: dataset.version,
    reviewed: dataset.reviewed,
    alternatives: alternatives(dataset, vendor.id),
    fingerprints: claimFingerprints(vendor.claims),
  };
}
