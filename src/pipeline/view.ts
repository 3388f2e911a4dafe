/** What the pipeline decided a product page shows: the input of the panel. */
import type { Kind, VendorId } from '../dataset/schema-ids.ts';
import type { Headline } from '../dataset/severity.ts';
import type { LineSummary, VerdictSummary } from '../dataset/summary.ts';
import type { Signal } from '../detect/detect.ts';

/** A cloud platform a brand's cameras use, with its own headline. */
export interface CloudPlatformView {
  id: VendorId;
  name: string;
  /** Only some of the vendor's cameras use it. */
  some?: true;
  headline: Headline;
}

export interface ProductView {
  vendor: VendorId;
  vendorName: string;
  kind: Kind;
  verdicts: VerdictSummary;
  /** The product line detection recognised, with its own facts where the dataset has them. */
  line?: { name: string; facts?: LineSummary };
  /**
   * The record is a cloud platform's (Tuya / Smart Life): the camera uses its app and cloud. `brand`:
   * the brand on the box, where the shop prints one we have no record of.
   */
  platform?: { brand?: string };
  /** The cloud platforms whose app and cloud the vendor's cameras use. */
  cloudPlatforms?: CloudPlatformView[];
  /** What detection matched, for "why am I seeing this". */
  signals: readonly Signal[];
}

/** A clearly-security camera of a brand we have no record of: the "not assessed" panel's input. */
export interface UnassessedView {
  /** The panel's `data-vendor` for a brand we have no record of. */
  vendor: 'unknown';
  kind: Kind;
  /** The brand as the shop prints it, where it prints one. */
  brand?: string;
  signals: readonly Signal[];
}

/** What a panel shows: a vendor's (or cloud platform's) record, or the not-assessed note. */
export type PanelView = ProductView | UnassessedView;

export const isUnassessed = (view: PanelView): view is UnassessedView => view.vendor === 'unknown';
