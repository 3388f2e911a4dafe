/**
 * Per vendor, the two headline verdicts: the content script carries them (pipeline/data.ts), so the
 * panel shows its answer at once, at its final size; the claims and sources come from the
 * background when the shopper opens a section.
 */
import type { PerLanguage } from '../shared/languages.ts';
import type { Dataset, VendorId, Verdicts } from './schema.ts';

export interface CaseSummary {
  count: number | null;
  region: string;
  from: string;
  to: string;
  /** The claim behind the case is disputed. */
  disputed: boolean;
}

export interface VerdictSummary {
  policeDisclosure: { value: Verdicts['policeDisclosure']['value']; cases: CaseSummary[]; note?: PerLanguage<string> };
  e2ee: { value: Verdicts['e2ee']['value']; note?: PerLanguage<string> };
}

export interface VendorSummary {
  id: VendorId;
  name: string;
  verdicts: VerdictSummary;
}

export function summarizeVerdicts(vendor: Dataset['vendors'][number]): VerdictSummary {
  const disputed = new Set(vendor.claims.filter((claim) => claim.status === 'disputed').map((claim) => claim.id));
  const { policeDisclosure, e2ee } = vendor.verdicts;
  return {
    policeDisclosure: {
      value: policeDisclosure.value,
      cases: policeDisclosure.cases.map(({ count, region, from, to, claim }) => ({
        count,
        region,
        from,
        to,
        disputed: disputed.has(claim),
      })),
      ...(policeDisclosure.note ? { note: policeDisclosure.note } : {}),
    },
    e2ee: { value: e2ee.value, ...(e2ee.note ? { note: e2ee.note } : {}) },
  };
}
