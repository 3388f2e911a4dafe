/** The summary of what an update changes, for the options page's confirmation (pure). */
import type { Ui } from '../runtime/locales.ts';
import { formatNumber } from '../shared/format.ts';
import { plural, type PluralKey } from '../shared/i18n.ts';
import type { DatasetChanges } from '../update/diff.ts';

/** “0 vendors added, 1 verdict changed, …”: each count in its language's plural form. */
export function changesText(ui: Ui, changes: DatasetChanges): string {
  const counts: [PluralKey, number][] = [
    ['changes_vendors_added', changes.vendorsAdded.length],
    ['changes_vendors_removed', changes.vendorsRemoved.length],
    ['changes_verdicts_changed', changes.verdictsChanged.length],
    ['changes_facts_added', changes.claimsAdded],
    ['changes_facts_removed', changes.claimsRemoved],
  ];
  return counts.map(([key, count]) => plural(ui.t, ui.language, key, count, [formatNumber(count, ui.locale)])).join(', ');
}
