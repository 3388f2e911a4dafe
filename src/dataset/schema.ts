/**
 * The dataset's single source of truth: zod schemas, and the TypeScript types derived from them.
 * Only build scripts, tests and extension pages import this file; the content script receives
 * data that was validated before it was bundled, so it never ships the zod runtime.
 *
 * Rules that protect users from a wrong accusation live here, so that every way data enters
 * (bundled file, update, import) is held to them: every claim has a source, every source an
 * https URL, every known verdict cites claims, every text exists in every language (shared/languages.ts).
 *
 * Why it is long: the schema is one connected set of rules (claims cite sources, verdicts cite
 * claims, ids are unique across vendors); kept in one file, each cross-reference is visible next
 * to what it refers to.
 */
import { z } from 'zod';
import { words } from '../shared/normalize.ts';
import { type Language, LANGUAGES } from '../shared/languages.ts';
import { KINDS, VENDOR_IDS } from './schema-ids.ts';

export const SCHEMA_VERSION = 1;

export const VendorId = z.enum(VENDOR_IDS);
export type VendorId = z.infer<typeof VendorId>;
export const Kind = z.enum(KINDS);
export type Kind = z.infer<typeof Kind>;

// ---------------------------------------------------------------------------------------------
// Building blocks

/** A day, a month or a year: sources often give only "2022-09". */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

/** An https URL with a host; nothing else may reach a link in the panel. */
export const HttpsUrl = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'expected an https:// URL');

/** Half of a UTF-16 pair without the other half: shows as garbage, and no honest text holds one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (value: string) => !LONE_SURROGATE.test(value);
const BROKEN_TEXT = 'contains a broken character (an unpaired UTF-16 surrogate)';

const Text = z.string().trim().min(1).max(2000).refine(wellFormed, BROKEN_TEXT);

/** Text we wrote, in every language of the UI (shared/languages.ts). */
export const LocalizedText = z.strictObject(
  Object.fromEntries(LANGUAGES.map((language) => [language, Text])) as Record<Language, typeof Text>,
);
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A name: a proper name the same in every language ("The Verge"), or, where it is a description
 * ("Flock Safety integration", "EUR-Lex (Publications Office of the European Union)"), one per
 * language, so no English leaks into another language's UI.
 */
export const Name = z.union([Text, LocalizedText]);
export type Name = z.infer<typeof Name>;

export const ClaimId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case claim id');

export const Source = z.strictObject({
  url: HttpsUrl,
  publisher: Name,
  /**
   * The headline as published (in its own language); in [brackets] our description, where the
   * headline could not be checked: a description is ours to translate, so it may be localized.
   */
  title: Name,
  /** Publication date; null for living pages that carry none (vendor help pages, policies). */
  published: PartialDate.nullable(),
});
export type Source = z.infer<typeof Source>;

export const CLAIM_TOPICS = [
  'police-disclosure',
  'law-enforcement-policy',
  'police-partnership',
  'encryption',
  'storage',
  'transparency',
  'incident',
  'regulator',
  'company',
  'feature',
] as const;

export const Claim = z.strictObject({
  id: ClaimId,
  topic: z.enum(CLAIM_TOPICS),
  /** When it happened (or when it was stated). */
  date: PartialDate,
  /**
   * confirmed: reported as fact; disputed: contested by the vendor or others (say by whom in the
   * summary); ended: was true, no longer is; superseded: replaced by a newer claim.
   */
  status: z.enum(['confirmed', 'disputed', 'ended', 'superseded']),
  /** primary: read at the original publisher or the vendor; secondary: read in a copy or summary. */
  evidence: z.enum(['primary', 'secondary']),
  summary: LocalizedText,
  sources: z.array(Source).min(1, 'a claim needs at least one source'),
  /**
   * Claims of the same vendor a reader should see with this one (a rebuttal, a correction). The
   * UI links them by date, so texts never say "see the next entry", which depends on the order.
   */
  seeAlso: z.array(ClaimId).optional(),
});
export type Claim = z.infer<typeof Claim>;

const Claims = z.array(ClaimId);

/** A verdict: a value, the claims behind it, and an optional note (scope, caveats). */
function verdict<T extends readonly [string, ...string[]]>(values: T) {
  return z.strictObject({
    value: z.enum(values),
    claims: Claims,
    note: LocalizedText.optional(),
  });
}

const YesNo = ['yes', 'no', 'unknown'] as const;

export const Verdicts = z.strictObject({
  /**
   * Footage given to police without a warrant and without the owner's consent.
   * documented: the vendor or an authority reported cases; policy-allows: written policy permits it
   * (emergencies) but no case is documented; no-known-case: the vendor says it requires a warrant
   * and nothing contradicts it; unknown: nothing reliable found.
   */
  policeDisclosure: z.strictObject({
    value: z.enum(['documented', 'policy-allows', 'no-known-case', 'unknown']),
    claims: Claims,
    note: LocalizedText.optional(),
    cases: z
      .array(
        z.strictObject({
          count: z.number().int().positive().nullable(),
          region: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO country code'),
          from: PartialDate,
          to: PartialDate,
          claim: ClaimId,
        }),
      )
      .default([]),
  }),
  warrantRequired: verdict(YesNo),
  emergencyException: verdict(YesNo),
  usersNotified: verdict(['yes', 'unless-prohibited', 'no', 'unknown'] as const),
  e2ee: verdict(['default', 'opt-in', 'not-offered', 'unknown'] as const),
  cloudByDefault: verdict(YesNo),
  localOnly: verdict(['yes', 'partial', 'no', 'unknown'] as const),
  transparencyReport: verdict(YesNo).extend({
    url: HttpsUrl.optional(),
    /**
     * The years (or months) the reports cover, set only where the cited claims say so ("the
     * report on 2020"); the year a report was published is not its period.
     */
    period: z
      .strictObject({ from: PartialDate, to: PartialDate })
      .refine((period) => period.from <= period.to, 'expected a period that does not end before it starts')
      .optional(),
  }),
  euStorage: verdict(['eu', 'outside-eu', 'local', 'unknown'] as const),
});
export type Verdicts = z.infer<typeof Verdicts>;

export const Partnership = z.strictObject({
  name: Name,
  status: z.enum(['active', 'ended', 'announced', 'cancelled', 'unknown']),
  start: PartialDate.optional(),
  end: PartialDate.optional(),
  summary: LocalizedText,
  claims: Claims.min(1, 'a partnership must cite a claim'),
});

export const Action = z.strictObject({
  text: LocalizedText,
  url: HttpsUrl.optional(),
  claims: Claims.default([]),
});

// ---------------------------------------------------------------------------------------------
// Recognition: how a vendor's products look on a shop page

/**
 * A phrase as shops print it. Matching is done on normalised words (see shared/normalize.ts),
 * so case, accents and punctuation do not matter. Inside a line pattern a `#` in a word stands
 * for a model number: digits, then letters or digits ("tapo c#" matches "Tapo C200").
 */
const Phrase = z.string().trim().min(2).max(80).refine(wellFormed, BROKEN_TEXT);

export const ProductLine = z.strictObject({
  name: z.string().trim().min(2).max(80).refine(wellFormed, BROKEN_TEXT),
  match: z.array(Phrase).min(1),
  kind: Kind,
});
export type ProductLine = z.infer<typeof ProductLine>;

export const Recognition = z.strictObject({
  /** Brand strings that name this vendor on their own ("Ring", "eufy Security", "WYZE"). */
  brands: z.array(Phrase).min(1),
  /** Parent or umbrella brands ("Google", "Anker") that name the vendor only with a product line. */
  parentBrands: z.array(Phrase).default([]),
  /**
   * `cameras`: the vendor sells (almost) only cameras and alarm gear, so a camera word suffices.
   * `mixed`: it also sells phones, lamps, vacuums…, so a product line or a security context is needed.
   */
  focus: z.enum(['cameras', 'mixed']),
  /** The kind to report when a title only says "camera" (e.g. pet cameras for Furbo). */
  defaultKind: Kind.default('camera'),
  lines: z.array(ProductLine).default([]),
  /** Words that mean a product of this brand is not one of its cameras (Ring → "ring light"). */
  notOurs: z.array(Phrase).default([]),
});
export type Recognition = z.infer<typeof Recognition>;

// ---------------------------------------------------------------------------------------------
// Vendor and dataset

export const Vendor = z.strictObject({
  id: VendorId,
  /** The brand as shops spell it ("eufy", "TP-Link"): a proper name, the same in every language. */
  name: Text,
  /** What the entry covers, where the name alone would mislead ("Echo Show and other Amazon devices with a camera"). */
  scope: LocalizedText.optional(),
  /**
   * Parent company as it is publicly named, e.g. "Amazon.com, Inc."; localized where it carries
   * our words ("(ownership not verified)").
   */
  parent: Name,
  /** ISO country code of the headquarters, or null when unknown. */
  headquarters: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  recognition: Recognition,
  verdicts: Verdicts,
  partnerships: z.array(Partnership).default([]),
  actions: z.array(Action).default([]),
  claims: z.array(Claim),
});
export type Vendor = z.infer<typeof Vendor>;

export const General = z.strictObject({
  /** How an EU customer can complain to a data-protection authority (GDPR Art. 77). */
  complaint: z.strictObject({
    text: LocalizedText,
    sources: z.array(Source).min(1),
  }),
});

export const Dataset = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/, 'expected a version like 2026.11.23'),
    reviewed: IsoDate,
    general: General,
    vendors: z.array(Vendor).min(1),
  })
  .superRefine((data, ctx) => {
    checkIds(data, ctx);
    checkBrands(data, ctx);
    data.vendors.forEach((vendor, index) => {
      checkCitations(vendor, ['vendors', index], ctx);
    });
  });
export type Dataset = z.infer<typeof Dataset>;

type Context = z.RefinementCtx;

function checkIds(data: { vendors: readonly Vendor[] }, ctx: Context): void {
  const vendorIds = new Set<string>();
  const claimIds = new Set<string>();
  data.vendors.forEach((vendor, index) => {
    if (vendorIds.has(vendor.id)) {
      ctx.addIssue({ code: 'custom', path: ['vendors', index, 'id'], message: `duplicate vendor id "${vendor.id}"` });
    }
    vendorIds.add(vendor.id);
    vendor.claims.forEach((claim, claimIndex) => {
      if (claimIds.has(claim.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['vendors', index, 'claims', claimIndex, 'id'],
          message: `duplicate claim id "${claim.id}"`,
        });
      }
      claimIds.add(claim.id);
    });
  });
}

/** A brand string must name one vendor only, or detection could not tell them apart. */
function checkBrands(data: { vendors: readonly Vendor[] }, ctx: Context): void {
  const owners = new Map<string, string>();
  data.vendors.forEach((vendor, index) => {
    const { brands, parentBrands } = vendor.recognition;
    for (const brand of [...brands, ...parentBrands]) {
      const key = words(brand).join(' ');
      const owner = owners.get(key);
      if (owner !== undefined && owner !== vendor.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['vendors', index, 'recognition'],
          message: `brand "${brand}" is claimed by both "${owner}" and "${vendor.id}"`,
        });
      }
      owners.set(key, vendor.id);
    }
  });
}

/** Every cited claim exists in the vendor's own claims; every known verdict cites one. */
function checkCitations(vendor: Vendor, path: (string | number)[], ctx: Context): void {
  const own = new Set(vendor.claims.map((claim) => claim.id));
  const cite = (ids: readonly string[], at: (string | number)[]) => {
    ids.forEach((id, i) => {
      if (!own.has(id)) {
        ctx.addIssue({ code: 'custom', path: [...path, ...at, i], message: `cites unknown claim "${id}"` });
      }
    });
  };
  for (const [name, verdict] of Object.entries(vendor.verdicts)) {
    cite(verdict.claims, ['verdicts', name, 'claims']);
    if (verdict.value !== 'unknown' && verdict.claims.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'verdicts', name, 'claims'],
        message: `verdict "${verdict.value}" cites no claim`,
      });
    }
  }
  vendor.verdicts.policeDisclosure.cases.forEach((item, i) => {
    cite([item.claim], ['verdicts', 'policeDisclosure', 'cases', i, 'claim']);
  });
  vendor.partnerships.forEach((item, i) => {
    cite(item.claims, ['partnerships', i, 'claims']);
  });
  vendor.actions.forEach((item, i) => {
    cite(item.claims, ['actions', i, 'claims']);
  });
  vendor.claims.forEach((claim, i) => {
    cite(claim.seeAlso ?? [], ['claims', i, 'seeAlso']);
  });
}

/** Formats zod issues as "path: message" lines, for build errors and test output. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
}
