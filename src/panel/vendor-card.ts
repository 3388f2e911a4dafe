/**
 * The verdict card for one vendor, shared by the panel on shop pages and the popup: a headline
 * with a severity, the two key verdicts as sentences (verdicts.ts), then sections for police
 * programmes, incidents, what the shopper can do, and every fact with its sources (sections.ts,
 * section-bodies.ts, claims.ts, links.ts). Builds DOM with h(), text only: no HTML is parsed from
 * data. Its look is card.css, for the panel and the extension's pages alike.
 */
import type { VendorFacts } from '../dataset/facts.ts';
import type { VerdictSummary } from '../dataset/summary.ts';
import { formatPartialDate } from '../shared/format.ts';
import { createH } from '../shared/h.ts';
import type { CardContext } from './context.ts';
import { reportLink } from './links.ts';
import { renderSections } from './sections.ts';
import { renderHeadline, renderVerdicts } from './verdicts.ts';

export type { CardContext } from './context.ts';
export { byDateDesc, type ClaimPlace, claimPlaces, TOPIC_GROUPS } from './claims.ts';
export { reportLink } from './links.ts';
export { renderSections, SECTIONS, type SectionName, type Sections } from './sections.ts';
export { renderHeadline, renderVerdicts } from './verdicts.ts';

export function datasetLine(context: CardContext, version: string, reviewed: string): HTMLElement {
  return createH(context.document)('p', 'meta', context.t('dataset_line', [version, formatPartialDate(reviewed, context.locale)]));
}

/** The dataset line with "Report a mistake" about the vendor's record, where the build has an address. */
export function recordLine(context: CardContext, version: string, reviewed: string): HTMLElement {
  const meta = datasetLine(context, version, reviewed);
  const report = reportLink(context, 'record');
  if (report) meta.append(' · ', report);
  return meta;
}

/** The whole card with its facts (popup): summary, sections, dataset line. */
export function renderVendorCard(context: CardContext, facts: VendorFacts, summary: VerdictSummary): HTMLElement {
  const sections = renderSections(context);
  sections.fill(facts);
  return createH(context.document)(
    'div',
    { className: 'card', data: { severity: summary.headline.severity } },
    renderHeadline(context, facts.vendor.name, summary),
    renderVerdicts(context, summary),
    sections.root,
    recordLine(context, facts.version, facts.reviewed),
  );
}
