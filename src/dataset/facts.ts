/** What the background answers for a vendor: its record, general advice and alternatives. */
import type { Alternative, VendorFacts } from '../panel/vendor-card';
import { claimFingerprints } from './fingerprint';
import type { Dataset } from './schema';

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
