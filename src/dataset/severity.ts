/**
 * The headline: how serious a vendor's record is, and the main reason, in words. The rules are the
 * table in docs/verdicts.md, in its order: the first row whose condition holds gives the colour and
 * the reason; tests/unit/dataset/severity.test.ts covers every row. Computed from the whole record
 * (verdicts and claims' findings) wherever a record is at hand, and shipped to the content script
 * already decided (dataset/summary.ts), so shop pages carry no rules.
 */
import type { Claim, Finding, Vendor } from './schema.ts';

export type Severity = 'red' | 'amber' | 'green' | 'grey';

/** The main reason for a headline; the panel says it in words (message `headline_<reason>`). */
export type HeadlineReason =
  | 'disclosures'
  | 'footage-misuse'
  | 'false-encryption-claim'
  | 'emergency-policy'
  | 'video-exposed'
  | 'no-e2ee'
  | 'e2ee-default'
  | 'local-default'
  | 'no-known-case'
  | 'unknown';

export interface Headline {
  severity: Severity;
  reason: HeadlineReason;
}

/** What the rules read of a record. */
export type AssessedRecord = Pick<Vendor, 'verdicts' | 'claims'>;

/**
 * A claim counts for the headline, and can stand behind a verdict or a case (schema.ts), when it was
 * reported as fact: confirmed, or true until it ended.
 */
export const counts = (claim: Pick<Claim, 'status'>): boolean => claim.status === 'confirmed' || claim.status === 'ended';

/** The findings the record's counted claims establish. */
export function findings(record: Pick<Vendor, 'claims'>): Set<Finding> {
  return new Set(record.claims.flatMap((claim) => (counts(claim) && claim.finding ? [claim.finding] : [])));
}

/** Recording stays at home unless the owner turns a cloud on. */
export const localByDefault = ({ verdicts }: Pick<Vendor, 'verdicts'>): boolean =>
  verdicts.cloudByDefault.value === 'no' && verdicts.localOnly.value === 'yes';

/** The rows of docs/verdicts.md, in order. */
const RULES: readonly [HeadlineReason, Severity, (record: AssessedRecord, found: Set<Finding>) => boolean][] = [
  ['disclosures', 'red', ({ verdicts }) => verdicts.policeDisclosure.value === 'documented'],
  ['footage-misuse', 'red', (_, found) => found.has('footage-misuse')],
  ['false-encryption-claim', 'red', (_, found) => found.has('false-encryption-claim')],
  ['emergency-policy', 'amber', ({ verdicts }) => verdicts.policeDisclosure.value === 'policy-allows'],
  ['video-exposed', 'amber', (_, found) => found.has('video-exposed')],
  ['no-e2ee', 'amber', (record) => ['opt-in', 'not-offered'].includes(record.verdicts.e2ee.value) && !localByDefault(record)],
  ['e2ee-default', 'green', ({ verdicts }) => verdicts.e2ee.value === 'default'],
  ['local-default', 'green', localByDefault],
  ['no-known-case', 'grey', ({ verdicts }) => verdicts.policeDisclosure.value === 'no-known-case'],
  ['unknown', 'grey', () => true],
];

export function headline(record: AssessedRecord): Headline {
  const found = findings(record);
  for (const [reason, severity, holds] of RULES) {
    if (holds(record, found)) return { severity, reason };
  }
  return { severity: 'grey', reason: 'unknown' };
}

/** Every reason and its colour, in the table's order (for tests and docs). */
export const HEADLINE_ROWS: readonly Headline[] = RULES.map(([reason, severity]) => ({ reason, severity }));
