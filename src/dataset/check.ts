/**
 * Checks beyond the schema that depend on the day they run (no date may lie in the future), and
 * the per-vendor and per-platform statistics `npm run dataset:check` prints. Shared with the
 * update pipeline.
 */
import type { Dataset, PartialDate, Platform, Vendor } from './schema.ts';
import { type Headline, headline } from './severity.ts';

export interface VendorStats {
  id: string;
  claims: number;
  sources: number;
  unknownVerdicts: number;
  verdicts: number;
  /** Both headline verdicts (police disclosure, end-to-end encryption) have an answer. */
  headlineKnown: boolean;
  headline: Headline;
  oldestSource: PartialDate | null;
}

/** Dates that lie after `today` (YYYY-MM-DD), as "path: date" lines. */
export function futureDates(dataset: Dataset, today: string): string[] {
  const problems: string[] = [];
  const check = (path: string, date: string | null | undefined) => {
    // A partial date is in the future only if its earliest day is: "2026-11" is fine on 2026-11-23.
    if (date && date > today.slice(0, date.length)) problems.push(`${path}: ${date} is in the future`);
  };
  check('reviewed', dataset.reviewed);
  dataset.general.complaint.sources.forEach((source, i) => {
    check(`general.complaint.sources.${i}.published`, source.published);
  });
  dataset.vendors.forEach((vendor, v) => {
    vendor.claims.forEach((claim, c) => {
      check(`vendors.${v}.claims.${c}.date`, claim.date);
      claim.sources.forEach((source, s) => {
        check(`vendors.${v}.claims.${c}.sources.${s}.published`, source.published);
      });
    });
    vendor.partnerships.forEach((item, p) => {
      check(`vendors.${v}.partnerships.${p}.start`, item.start);
      check(`vendors.${v}.partnerships.${p}.end`, item.end);
    });
    vendor.verdicts.policeDisclosure.cases.forEach((item, k) => {
      check(`vendors.${v}.verdicts.policeDisclosure.cases.${k}.to`, item.to);
    });
    check(`vendors.${v}.verdicts.transparencyReport.period.to`, vendor.verdicts.transparencyReport.period?.to);
  });
  dataset.platforms.forEach((platform, p) => {
    platform.claims.forEach((claim, c) => {
      check(`platforms.${p}.claims.${c}.date`, claim.date);
      claim.sources.forEach((source, s) => {
        check(`platforms.${p}.claims.${c}.sources.${s}.published`, source.published);
      });
    });
  });
  return problems;
}

export interface PlatformStats {
  id: string;
  name: string;
  claims: number;
  e2ee: Platform['e2ee']['value'];
  /** Vendors with a product line that works with the platform. */
  usedBy: string[];
}

export function platformStats(dataset: Pick<Dataset, 'platforms' | 'vendors'>): PlatformStats[] {
  return dataset.platforms.map((platform) => ({
    id: platform.id,
    name: platform.name,
    claims: platform.claims.length,
    e2ee: platform.e2ee.value,
    usedBy: dataset.vendors
      .filter((vendor) => vendor.recognition.lines.some((line) => line.facts?.platforms?.includes(platform.id)))
      .map((vendor) => vendor.id),
  }));
}

export interface CloudPlatformStats {
  id: string;
  name: string;
  /** Brands whose record points to the platform (Vendor.cloudPlatforms). */
  usedBy: string[];
}

/** The cloud platforms (vendor records of type `cloud-platform`) and the brands that point to each. */
export function cloudPlatformStats(vendors: readonly Vendor[]): CloudPlatformStats[] {
  return vendors
    .filter((vendor) => vendor.type === 'cloud-platform')
    .map((platform) => ({
      id: platform.id,
      name: platform.name,
      usedBy: vendors.filter((vendor) => vendor.cloudPlatforms.some((use) => use.id === platform.id)).map((vendor) => vendor.id),
    }));
}

export function vendorStats(vendor: Vendor): VendorStats {
  const sources = vendor.claims.flatMap((claim) => claim.sources);
  const dates = sources
    .map((source) => source.published)
    .filter((date): date is string => date !== null)
    .sort();
  return {
    id: vendor.id,
    claims: vendor.claims.length,
    sources: new Set(sources.map((source) => source.url)).size,
    unknownVerdicts: Object.values(vendor.verdicts).filter((verdict) => verdict.value === 'unknown').length,
    verdicts: Object.keys(vendor.verdicts).length,
    headlineKnown: vendor.verdicts.policeDisclosure.value !== 'unknown' && vendor.verdicts.e2ee.value !== 'unknown',
    headline: headline(vendor),
    oldestSource: dates[0] ?? null,
  };
}
