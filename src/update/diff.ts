/** What an update changes, in terms a maintainer or user can check at a glance. */
import type { Dataset, Verdicts } from '../dataset/schema.ts';

export interface DatasetChanges {
  vendorsAdded: string[];
  vendorsRemoved: string[];
  verdictsChanged: { vendor: string; verdict: string; from: string; to: string }[];
  claimsAdded: number;
  claimsRemoved: number;
  fromVersion: string;
  toVersion: string;
}

/** Only versions and vendors are compared, so a full Dataset or just those two fields will do. */
type Side = Pick<Dataset, 'version' | 'vendors'>;

export function diffDatasets(current: Side, next: Side): DatasetChanges {
  const before = new Map(current.vendors.map((vendor) => [vendor.id, vendor]));
  const after = new Set(next.vendors.map((vendor) => vendor.id));
  const verdictsChanged: DatasetChanges['verdictsChanged'] = [];
  for (const vendor of next.vendors) {
    const old = before.get(vendor.id);
    if (!old) continue;
    for (const name of Object.keys(vendor.verdicts) as (keyof Verdicts)[]) {
      const from = old.verdicts[name].value;
      const to = vendor.verdicts[name].value;
      if (from !== to) verdictsChanged.push({ vendor: vendor.id, verdict: name, from, to });
    }
  }
  // Claim ids are unique across the dataset (schema), so sets of ids count claims exactly.
  const claimIds = (data: Side) => new Set(data.vendors.flatMap((vendor) => vendor.claims.map((claim) => claim.id)));
  const oldClaims = claimIds(current);
  const newClaims = claimIds(next);
  return {
    vendorsAdded: next.vendors.filter((vendor) => !before.has(vendor.id)).map((vendor) => vendor.id),
    vendorsRemoved: current.vendors.filter((vendor) => !after.has(vendor.id)).map((vendor) => vendor.id),
    verdictsChanged,
    claimsAdded: [...newClaims].filter((id) => !oldClaims.has(id)).length,
    claimsRemoved: [...oldClaims].filter((id) => !newClaims.has(id)).length,
    fromVersion: current.version,
    toVersion: next.version,
  };
}
