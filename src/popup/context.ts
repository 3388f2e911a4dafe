/**
 * What every part of the popup is given: the UI language, the DOM builder, the dataset in use, the
 * vendor on the active tab, and where failures are reported. Built once at start-up (main.ts).
 */
import type { Dataset } from '../dataset/schema.ts';
import type { CardContext } from '../panel/vendor-card.ts';
import type { Ui } from '../runtime/locales.ts';
import type { H } from '../shared/h.ts';
import type { Failures } from './failures.ts';

export type Vendor = Dataset['vendors'][number];

export interface PopupContext {
  readonly ui: Ui;
  readonly h: H;
  /** For the shared verdict card (panel/vendor-card.ts). */
  readonly card: CardContext;
  readonly dataset: Dataset;
  /** The vendor the active tab shows, if any: listed first. */
  readonly detected: string | null;
  readonly vendor: (id: string) => Vendor | undefined;
  readonly failures: Failures;
}
