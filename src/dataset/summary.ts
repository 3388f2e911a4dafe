/**
 * Per vendor, the two headline verdicts: the content script carries them (pipeline/data.ts), so the
 * panel shows its answer at once, at its final size; the claims and sources come from the
 * background when the shopper opens a section.
 */
import type { PerLanguage } from '../shared/languages.ts';
import type { LocalMedium, PlatformId } from './schema-ids.ts';
import type { Dataset, LineFacts, VendorId, Verdicts } from './schema.ts';
import { type Headline, headline } from './severity.ts';

export interface CaseSummary {
  count: number | null;
  region: string;
  from: string;
  to: string;
  /** The claim behind the case is disputed. */
  disputed: boolean;
}

/**
 * A verdict's note: its text, or `later` where the text comes with the facts from the background
 * (the content script carries no free text, whose size grows with every language).
 */
export type SummaryNote = PerLanguage<string> | 'later';

export interface VerdictSummary {
  /** Colour and main reason (dataset/severity.ts), decided from the whole record. */
  headline: Headline;
  policeDisclosure: {
    value: Verdicts['policeDisclosure']['value'];
    /** Whether the vendor's policy names a warrant or court order (its warrantRequired verdict). */
    warrant: boolean;
    cases: CaseSummary[];
    note?: SummaryNote;
  };
  e2ee: { value: Verdicts['e2ee']['value']; note?: SummaryNote };
}

/** The summary as the content script ships it: each note only announced (`later`). */
export function withNotesLater(summary: VerdictSummary): VerdictSummary {
  const later = <T extends { note?: SummaryNote }>(verdict: T): T => (verdict.note ? { ...verdict, note: 'later' } : verdict);
  return { ...summary, policeDisclosure: later(summary.policeDisclosure), e2ee: later(summary.e2ee) };
}

/** What applies to one product line, for the panel's first lines (the sentences are UI messages). */
export interface LineSummary {
  e2ee?: NonNullable<LineFacts['e2ee']>;
  local?: LocalMedium[];
  subscription?: NonNullable<LineFacts['subscriptionToRecord']>;
  platforms?: PlatformId[];
  matter?: NonNullable<LineFacts['matter']>;
}

export interface VendorSummary {
  id: VendorId;
  name: string;
  verdicts: VerdictSummary;
  /** Per product line name, its own facts, where it has some. */
  lines?: Record<string, LineSummary>;
  /** Set for a cloud platform's record (Vendor.type). */
  cloudPlatform?: true;
  /** The cloud platforms the vendor's cameras (`some`: some of them) use (Vendor.cloudPlatforms). */
  cloudPlatforms?: { id: VendorId; some?: true }[];
}

/** The product lines' own facts, by line name; undefined when no line has any. */
export function summarizeLines(vendor: Pick<Dataset['vendors'][number], 'recognition'>): Record<string, LineSummary> | undefined {
  const entries = vendor.recognition.lines.flatMap((line): [string, LineSummary][] => {
    const facts = line.facts;
    if (!facts) return [];
    const summary: LineSummary = {};
    if (facts.e2ee) summary.e2ee = facts.e2ee;
    if (facts.localRecording) summary.local = facts.localRecording;
    if (facts.subscriptionToRecord) summary.subscription = facts.subscriptionToRecord;
    if (facts.platforms?.length) summary.platforms = facts.platforms;
    if (facts.matter) summary.matter = facts.matter;
    return [[line.name, summary]];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export function summarizeVerdicts(vendor: Dataset['vendors'][number]): VerdictSummary {
  const disputed = new Set(vendor.claims.filter((claim) => claim.status === 'disputed').map((claim) => claim.id));
  const { policeDisclosure, e2ee, warrantRequired } = vendor.verdicts;
  return {
    headline: headline(vendor),
    policeDisclosure: {
      value: policeDisclosure.value,
      warrant: warrantRequired.value === 'yes',
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
