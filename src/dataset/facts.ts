/** What the background answers for a vendor: its record, general advice and alternatives. */
import { claimFingerprints } from './fingerprint.ts';
import type { Dataset, Vendor } from './schema.ts';

export interface Alternative {
  id: Vendor['id'];
  name: string;
  reason: 'e2ee-default' | 'local-only';
}

export interface VendorFacts {
  vendor: Vendor;
  general: Dataset['general'];
  version: string;
  reviewed: string;
  /** Vendors in the dataset that encrypt end to end by default or record locally. */
  alternatives: Alternative[];
  /**
   * Fingerprints of the vendor's claims (dataset/fingerprint.ts), made by the background so the
   * content script need not carry the hashing: "hide until something new is known" compares them.
   */
  fingerprints: string[];
}

/** Vendors whose recordings are end-to-end encrypted by default, or that record locally. */
export function alternatives(dataset: Dataset, except: string): Alternative[] {
  return dataset.vendors.flatMap((vendor): Alternative[] => {
    if (vendor.id === except || vendor.verdicts.policeDisclosure.value === 'documented') return [];
    if (vendor.verdicts.e2ee.value === 'default') return [{ id: vendor.id, name: vendor.name, reason: 'e2ee-default' }];
    if (vendor.verdicts.localOnly.value === 'yes') return [{ id: vendor.id, name: vendor.name, reason: 'local-only' }];
    return [];
  });
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
