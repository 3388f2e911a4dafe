/**
 * How serious a vendor's record is, from its two headline verdicts, and which headline says so.
 * Shared by the panel, the popup and the toolbar badge (background), so it knows no DOM.
 */
import type { MessageKey } from '../shared/i18n.ts';
import type { VerdictSummary } from './summary.ts';

export type Severity = 'red' | 'amber' | 'green' | 'grey';

/**
 * red: documented disclosures without warrant or consent; amber: policy allows them, or video is
 * not end-to-end encrypted by default; green: encrypted by default and no known case; grey: not
 * enough known to say.
 */
export function severity(verdicts: {
  policeDisclosure: { value: VerdictSummary['policeDisclosure']['value'] };
  e2ee: { value: VerdictSummary['e2ee']['value'] };
}): Severity {
  const police = verdicts.policeDisclosure.value;
  const e2ee = verdicts.e2ee.value;
  if (police === 'documented') return 'red';
  if (police === 'policy-allows' || e2ee === 'opt-in' || e2ee === 'not-offered') return 'amber';
  if (e2ee === 'default' && police === 'no-known-case') return 'green';
  return 'grey';
}

export function headlineKey(verdicts: VerdictSummary): MessageKey {
  switch (severity(verdicts)) {
    case 'red':
      return 'headline_red';
    case 'amber':
      return verdicts.policeDisclosure.value === 'policy-allows' ? 'headline_amber_policy' : 'headline_amber_e2ee';
    case 'green':
      return 'headline_green';
    case 'grey':
      return 'headline_grey';
  }
}
