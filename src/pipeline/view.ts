/** What the pipeline decided a product page shows: the input of the panel. */
import type { Kind, VendorId } from '../dataset/schema-ids.ts';
import type { LineSummary, VerdictSummary } from '../dataset/summary.ts';
import type { Signal } from '../detect/detect.ts';

export interface ProductView {
  vendor: VendorId;
  vendorName: string;
  kind: Kind;
  verdicts: VerdictSummary;
  /** The product line detection recognised, with its own facts where the dataset has them. */
  line?: { name: string; facts?: LineSummary };
  /** What detection matched, for "why am I seeing this". */
  signals: readonly Signal[];
}
