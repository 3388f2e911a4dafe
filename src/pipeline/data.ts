/**
 * The small slice of the dataset the content script is built with (build/content-data.ts makes it):
 * recognition data, compiled, and per vendor its name and two headline verdicts.
 */
import type { VendorSummary } from '../dataset/summary.ts';
import type { MatcherData } from '../detect/matcher.ts';

export interface ContentData {
  version: string;
  reviewed: string;
  vendors: VendorSummary[];
  /** Detection's phrase indexes, compiled at build time. */
  matcher: MatcherData;
  /** Dates of the first render, formatted at build time (shared/format.ts). */
  formats: Record<string, string>;
}
