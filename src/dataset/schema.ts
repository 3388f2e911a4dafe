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
import { KINDS, LOCAL_MEDIA, PLATFORM_IDS, VENDOR_IDS } from './schema-ids.ts';
import { counts } from './severity.ts';

export const SCHEMA_VERSION = 1;

export const VendorId = z.enum(VENDOR_IDS);
export type VendorId = z.infer<typeof VendorId>;
export const Kind = z.enum(KINDS);
export type Kind = z.infer<typeof Kind>;
export const PlatformId = z.enum(PLATFORM_IDS);
export type PlatformId = z.infer<typeof PlatformId>;

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

export const FINDINGS = ['footage-misuse', 'false-encryption-claim', 'video-exposed', 'none'] as const;
export type Finding = (typeof FINDINGS)[number];

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
  /**
   * What an incident or regulator action established about customers' footage, for the headline
   * (docs/verdicts.md): footage-misuse: staff or contractors accessed or used customers' video
   * without permission; false-encryption-claim: the vendor's claims about encryption were false;
   * video-exposed: a security failure let others see customers' video; none: nothing of the kind
   * (a flaw fixed with no known exposure, a fine about something else). Only established facts:
   * a lawsuit's allegations are `none` until a court, regulator or the vendor confirms them.
   */
  finding: z.enum(FINDINGS).optional(),
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
   * (emergencies) but no case is documented; no-known-case: the vendor says it discloses only on
   * legal process (warrantRequired says whether that is a warrant) and nothing contradicts it;
   * unknown: nothing reliable found.
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

/**
 * The vendor's own instructions, per language where it publishes them in that language; English is
 * the fallback (a language without a page of its own gets the English one).
 */
export const LocalizedUrl = z.strictObject(
  Object.fromEntries(LANGUAGES.map((language) => [language, language === 'en' ? HttpsUrl : HttpsUrl.optional()])) as {
    en: typeof HttpsUrl;
  } & Record<Exclude<Language, 'en'>, z.ZodOptional<typeof HttpsUrl>>,
);
export type LocalizedUrl = z.infer<typeof LocalizedUrl>;

export const Action = z.strictObject({
  text: LocalizedText,
  url: z.union([HttpsUrl, LocalizedUrl]).optional(),
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

/**
 * What applies to one product line where the vendor-level answer is too coarse; the panel leads
 * with it when detection recognised the line. Each field only where a cited claim says so.
 */
export const LineFacts = z
  .strictObject({
    /** End-to-end encryption of this line's recordings. */
    e2ee: z.enum(['default', 'opt-in', 'not-offered']).optional(),
    /** Where it can record without the vendor's cloud; empty: it cannot. */
    localRecording: z.array(z.enum(LOCAL_MEDIA)).optional(),
    /** Whether it records at all without a paid plan. */
    subscriptionToRecord: z.enum(['yes', 'no']).optional(),
    /** Recording platforms it works with (the dataset's `platforms`), e.g. HomeKit Secure Video. */
    platforms: z.array(PlatformId).optional(),
    /** Works as a camera over Matter, or support was announced but not confirmed as shipping. */
    matter: z.enum(['yes', 'announced']).optional(),
    /** Scope and caveats (models, regions, firmware). */
    note: LocalizedText.optional(),
    claims: Claims.min(1, 'line facts must cite a claim'),
  })
  .refine(
    (facts) =>
      [facts.e2ee, facts.localRecording, facts.subscriptionToRecord, facts.platforms, facts.matter].some((fact) => fact !== undefined),
    'line facts need at least one fact',
  );
export type LineFacts = z.infer<typeof LineFacts>;

export const ProductLine = z.strictObject({
  name: z.string().trim().min(2).max(80).refine(wellFormed, BROKEN_TEXT),
  match: z.array(Phrase).min(1),
  kind: Kind,
  facts: LineFacts.optional(),
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
  /**
   * Cloud platforms only: the app names that identify the platform anywhere in a camera's product
   * text ("Smart Life app", "CloudEdge"), whatever brand is on the box.
   */
  apps: z.array(Phrase).default([]),
});
export type Recognition = z.infer<typeof Recognition>;

// ---------------------------------------------------------------------------------------------
// Vendor and dataset

/** A brand's use of a cloud platform: the platform's id and the claims that say so. */
export const CloudPlatformUse = z.strictObject({
  id: VendorId,
  /** `all`: the claims say the brand's cameras use it; `some`: only that some of them do. */
  extent: z.enum(['all', 'some']),
  claims: Claims.min(1, 'a cloud platform a brand uses must cite a claim'),
});

export const Vendor = z.strictObject({
  id: VendorId,
  /**
   * `brand`: a camera brand. `cloud-platform`: the app and cloud behind cameras sold under many
   * brands (Tuya / Smart Life): the footage goes where the app's cloud is, whatever the box says.
   */
  type: z.enum(['brand', 'cloud-platform']).default('brand'),
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
  /** The cloud platforms whose app and cloud this brand's cameras use. */
  cloudPlatforms: z.array(CloudPlatformUse).default([]),
  actions: z.array(Action).default([]),
  claims: z.array(Claim),
});
export type Vendor = z.infer<typeof Vendor>;

/**
 * A recording platform modelled once (Apple HomeKit Secure Video): what it gives a camera that
 * supports it, whatever the camera's vendor. Product lines point to it (LineFacts.platforms).
 */
export const Platform = z.strictObject({
  id: PlatformId,
  name: Text,
  parent: Name,
  /** What it does with the recordings, in a sentence or two. */
  summary: LocalizedText,
  e2ee: verdict(['default', 'opt-in', 'not-offered', 'unknown'] as const),
  /** What the owner needs for it (hub, plan). */
  requirements: LocalizedText.optional(),
  actions: z.array(Action).default([]),
  claims: z.array(Claim),
});
export type Platform = z.infer<typeof Platform>;

/** ISO 3166-1 alpha-2, as a shop's country-code domain gives it (`shops/country.ts`). */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code like "FR"');

/** ISO 3166-2, a country's subdivision: "DE-BY" for Bavaria. */
export const RegionCode = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'expected an ISO 3166-2 code like "DE-BY"');

/** A country's data protection authority, where a shopper lodges a complaint (Art. 77 GDPR in the EU). */
export const Authority = z.strictObject({
  country: CountryCode,
  /**
   * Where each region of a country has its own authority for complaints about companies (the
   * German Länder), the region it is for; the panel then lets the shopper choose theirs.
   */
  region: z.strictObject({ code: RegionCode, name: LocalizedText }).optional(),
  /** Its official name, in its own language, as it writes it. */
  name: Text,
  /** The abbreviation it goes by ("CNIL"), where it has one. */
  short: Text.optional(),
  url: HttpsUrl,
  /**
   * What `url` is: the authority's page on lodging a complaint; its page for reporting a violation,
   * where it takes reports but no complaints in which the shopper is a party (Switzerland's EDÖB);
   * or (where neither was read) its home page.
   */
  page: z.enum(['complaint', 'report', 'home']),
  sources: z.array(Source).min(1),
});
export type Authority = z.infer<typeof Authority>;

/** One authority per country, or one per region of it (all of that country's with a region of that country). */
function checkAuthorities(list: readonly Authority[], ctx: Context): void {
  const seen = new Set<string>();
  list.forEach((authority, index) => {
    const key = authority.region?.code ?? authority.country;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index], message: `${key} has two authorities` });
    seen.add(key);
    if (authority.region && !authority.region.code.startsWith(`${authority.country}-`))
      ctx.addIssue({ code: 'custom', path: [index, 'region', 'code'], message: `${authority.region.code} is not in ${authority.country}` });
    // Said once per country, at its first entry.
    const first = list.findIndex((other) => other.country === authority.country) === index;
    if (first && list.some((other) => other.country === authority.country && !other.region !== !authority.region))
      ctx.addIssue({ code: 'custom', path: [index], message: `${authority.country} has both a national authority and regional ones` });
  });
}

export const General = z.strictObject({
  /** How a customer can complain to a data protection authority (GDPR Art. 77 in the EU). */
  complaint: z.strictObject({
    text: LocalizedText,
    sources: z.array(Source).min(1),
    /**
     * Per country of a supported shop, its authority (or its regions' authorities): the panel
     * names the one of the shop's country.
     */
    authorities: z.array(Authority).default([]).superRefine(checkAuthorities),
    /**
     * Where every EU and EEA country's authority is listed (the EDPB's members): the panel points
     * there where the shop's country has none in `authorities` (amazon.com, amazon.ca) and in the popup.
     */
    directory: z.strictObject({ url: HttpsUrl, sources: z.array(Source).min(1) }).optional(),
  }),
});
export type General = z.infer<typeof General>;

export const Dataset = z
  .strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/, 'expected a version like 2026.11.23'),
    reviewed: IsoDate,
    general: General,
    platforms: z.array(Platform).default([]),
    vendors: z.array(Vendor).min(1),
  })
  .superRefine((data, ctx) => {
    checkIds(data, ctx);
    checkBrands(data, ctx);
    const platforms = new Set(data.platforms.map((platform) => platform.id));
    data.vendors.forEach((vendor, index) => {
      checkCitations(vendor, ['vendors', index], ctx);
      checkConsistency(vendor, ['vendors', index], ctx);
      vendor.recognition.lines.forEach((line, i) => {
        for (const id of line.facts?.platforms ?? []) {
          if (!platforms.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: ['vendors', index, 'recognition', 'lines', i, 'facts'],
              message: `unknown platform "${id}"`,
            });
          }
        }
      });
    });
    data.platforms.forEach((platform, index) => {
      checkCitations(platform, ['platforms', index], ctx);
    });
    checkCloudPlatforms(data.vendors, ctx);
  });
export type Dataset = z.infer<typeof Dataset>;

type Context = z.RefinementCtx;

function checkIds(data: { vendors: readonly Vendor[]; platforms: readonly Platform[] }, ctx: Context): void {
  const claimIds = new Set<string>();
  const records = [
    ['vendors', data.vendors],
    ['platforms', data.platforms],
  ] as const;
  for (const [list, items] of records) {
    const ids = new Set<string>();
    items.forEach((item, index) => {
      if (ids.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: [list, index, 'id'],
          message: `duplicate ${list === 'vendors' ? 'vendor' : 'platform'} id "${item.id}"`,
        });
      }
      ids.add(item.id);
      // Claim ids are unique across vendors and platforms: reports and "hide until new" name them alone.
      item.claims.forEach((claim, claimIndex) => {
        if (claimIds.has(claim.id)) {
          ctx.addIssue({ code: 'custom', path: [list, index, 'claims', claimIndex, 'id'], message: `duplicate claim id "${claim.id}"` });
        }
        claimIds.add(claim.id);
      });
    });
  }
}

/**
 * A brand points only to records that are cloud platforms, and cites its own claims for it; only a
 * cloud platform has app names, and a cloud platform uses no other.
 */
function checkCloudPlatforms(vendors: readonly Vendor[], ctx: Context): void {
  const types = new Map(vendors.map((vendor) => [vendor.id, vendor.type]));
  vendors.forEach((vendor, index) => {
    const own = new Set(vendor.claims.map((claim) => claim.id));
    if (vendor.type === 'brand' && vendor.recognition.apps.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['vendors', index, 'recognition', 'apps'], message: 'only a cloud platform has app names' });
    }
    vendor.cloudPlatforms.forEach((use, i) => {
      const at = ['vendors', index, 'cloudPlatforms', i];
      if (types.get(use.id) !== 'cloud-platform') {
        ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: `"${use.id}" is no cloud platform in the dataset` });
      }
      if (vendor.type === 'cloud-platform') {
        ctx.addIssue({ code: 'custom', path: at, message: 'a cloud platform does not point to another' });
      }
      use.claims.forEach((id, c) => {
        if (!own.has(id)) {
          ctx.addIssue({ code: 'custom', path: [...at, 'claims', c], message: `cites unknown claim "${id}"` });
        }
      });
    });
  });
}

/** A brand string must name one vendor only, or detection could not tell them apart. */
function checkBrands(data: { vendors: readonly Vendor[] }, ctx: Context): void {
  const owners = new Map<string, string>();
  data.vendors.forEach((vendor, index) => {
    const { brands, parentBrands, apps } = vendor.recognition;
    for (const brand of [...brands, ...parentBrands, ...apps]) {
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

/** What cites claims: a vendor, or a platform (which has only its e2ee verdict and actions). */
type Citing = Pick<Vendor, 'claims' | 'actions'> & {
  verdicts?: Vendor['verdicts'];
  e2ee?: Platform['e2ee'];
  partnerships?: Vendor['partnerships'];
  recognition?: Vendor['recognition'];
};

/** Every cited claim exists in the record's own claims; every known verdict cites one. */
function checkCitations(record: Citing, path: (string | number)[], ctx: Context): void {
  const own = new Set(record.claims.map((claim) => claim.id));
  const cite = (ids: readonly string[], at: (string | number)[]) => {
    ids.forEach((id, i) => {
      if (!own.has(id)) {
        ctx.addIssue({ code: 'custom', path: [...path, ...at, i], message: `cites unknown claim "${id}"` });
      }
    });
  };
  const verdicts: [string, { value: string; claims: string[] }][] = [
    ...Object.entries(record.verdicts ?? {}),
    ...(record.e2ee ? [['e2ee', record.e2ee] as [string, { value: string; claims: string[] }]] : []),
  ];
  for (const [name, verdict] of verdicts) {
    const at = record.verdicts ? ['verdicts', name, 'claims'] : [name, 'claims'];
    cite(verdict.claims, at);
    if (verdict.value !== 'unknown' && verdict.claims.length === 0) {
      ctx.addIssue({ code: 'custom', path: [...path, ...at], message: `verdict "${verdict.value}" cites no claim` });
    }
  }
  record.verdicts?.policeDisclosure.cases.forEach((item, i) => {
    cite([item.claim], ['verdicts', 'policeDisclosure', 'cases', i, 'claim']);
  });
  record.partnerships?.forEach((item, i) => {
    cite(item.claims, ['partnerships', i, 'claims']);
  });
  record.actions.forEach((item, i) => {
    cite(item.claims, ['actions', i, 'claims']);
  });
  record.recognition?.lines.forEach((line, i) => {
    cite(line.facts?.claims ?? [], ['recognition', 'lines', i, 'facts', 'claims']);
  });
  record.claims.forEach((claim, i) => {
    cite(claim.seeAlso ?? [], ['claims', i, 'seeAlso']);
  });
}

/**
 * A record must not contradict itself (docs/verdicts.md, "Checks"): every incident or regulator
 * action says what it established, so none is left out of the headline by oversight; a documented
 * case and a known verdict rest on claims reported as fact, not on disputed or superseded ones.
 */
function checkConsistency(vendor: Vendor, path: (string | number)[], ctx: Context): void {
  const byId = new Map(vendor.claims.map((claim) => [claim.id, claim]));
  vendor.claims.forEach((claim, i) => {
    if ((claim.topic === 'incident' || claim.topic === 'regulator') && counts(claim) && claim.finding === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'claims', i, 'finding'],
        message: `${claim.topic} claim "${claim.id}" must say its finding (footage-misuse, false-encryption-claim, video-exposed or none)`,
      });
    }
  });
  const police = vendor.verdicts.policeDisclosure;
  if ((police.value === 'documented') !== police.cases.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: [...path, 'verdicts', 'policeDisclosure'],
      message:
        police.value === 'documented' ? '"documented" needs at least one case' : `cases are listed, but the verdict is "${police.value}"`,
    });
  }
  police.cases.forEach((item, i) => {
    const claim = byId.get(item.claim);
    if (claim && !counts(claim)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'verdicts', 'policeDisclosure', 'cases', i, 'claim'],
        message: `a documented case cannot rest on the ${claim.status} claim "${claim.id}"`,
      });
    }
  });
  for (const [name, verdict] of Object.entries(vendor.verdicts)) {
    const cited = verdict.claims.flatMap((id) => byId.get(id) ?? []);
    if (verdict.value !== 'unknown' && cited.length > 0 && !cited.some(counts)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'verdicts', name, 'claims'],
        message: `verdict "${verdict.value}" rests only on disputed or superseded claims`,
      });
    }
  }
}

/** Formats zod issues as "path: message" lines, for build errors and test output. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('\n');
}
