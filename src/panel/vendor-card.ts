/**
 * The verdict card for one vendor: the two key verdicts as sentences, then the claims with
 * dates and source links, police programmes and what the shopper can do. Shared by the panel on
 * shop pages and the popup. Builds DOM nodes with text only: no HTML is parsed from data.
 */
import type { Claim, Dataset, Source, Vendor, Verdicts } from '../dataset/schema';
import type { MessageKey, Translate } from '../shared/i18n';
import { type ContentLanguage, formatNumber, formatPartialDate, formatPeriod, regionName } from './format';

export interface VendorFacts {
  vendor: Vendor;
  general: Dataset['general'];
  version: string;
  reviewed: string;
}

export interface CardContext {
  document: Document;
  t: Translate;
  /** BCP 47 locale for Intl ("de-DE"). */
  locale: string;
  /** Which of the dataset's texts to show. */
  language: ContentLanguage;
}

export type Severity = 'red' | 'amber' | 'green' | 'grey';

/**
 * red: documented disclosures without warrant or consent; amber: policy allows them, or video is
 * not end-to-end encrypted by default; green: encrypted by default and no known case; grey: not
 * enough known to say.
 */
export function severity(verdicts: Verdicts): Severity {
  const police = verdicts.policeDisclosure.value;
  const e2ee = verdicts.e2ee.value;
  if (police === 'documented') return 'red';
  if (police === 'policy-allows' || e2ee === 'opt-in' || e2ee === 'not-offered') return 'amber';
  if (e2ee === 'default' && police === 'no-known-case') return 'green';
  return 'grey';
}

const TOPIC_ORDER: readonly Claim['topic'][] = [
  'police-disclosure', 'law-enforcement-policy', 'police-partnership', 'encryption', 'storage', 'transparency',
  'regulator', 'incident', 'feature', 'company',
];

const POLICE_KEYS = {
  documented: 'verdict_police_documented',
  'policy-allows': 'verdict_police_policy_allows',
  'no-known-case': 'verdict_police_no_known_case',
  unknown: 'verdict_police_unknown',
} as const satisfies Record<Verdicts['policeDisclosure']['value'], MessageKey>;

const E2EE_KEYS = {
  default: 'verdict_e2ee_default',
  'opt-in': 'verdict_e2ee_opt_in',
  'not-offered': 'verdict_e2ee_not_offered',
  unknown: 'verdict_e2ee_unknown',
} as const satisfies Record<Verdicts['e2ee']['value'], MessageKey>;

const PROGRAMME_STATUS_KEYS = {
  active: 'programme_active',
  ended: 'programme_ended',
  announced: 'programme_announced',
  cancelled: 'programme_cancelled',
  unknown: 'programme_unknown',
} as const satisfies Record<Vendor['partnerships'][number]['status'], MessageKey>;

function node<K extends keyof HTMLElementTagNameMap>(
  context: CardContext,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = context.document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A link opened in a new tab without referrer; only https URLs become links. */
function externalLink(context: CardContext, url: string, label: string, title?: string): HTMLElement {
  if (!url.startsWith('https://')) return node(context, 'span', 'link', label);
  const link = node(context, 'a', 'link', label);
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  if (title) link.title = title;
  return link;
}

function sourceLink(context: CardContext, source: Source): HTMLElement {
  const label = source.published
    ? context.t('source_label', [source.publisher, formatPartialDate(source.published, context.locale)])
    : context.t('source_label_undated', source.publisher);
  return externalLink(context, source.url, label, source.title);
}

function policeSentence(context: CardContext, verdict: Verdicts['policeDisclosure'], claims: Map<string, Claim>): string {
  if (verdict.value !== 'documented' || verdict.cases.length === 0) return context.t(POLICE_KEYS[verdict.value]);
  const cases = verdict.cases.map((item) => {
    const region = regionName(item.region, context.locale);
    const period = formatPeriod(item.from, item.to, context.locale);
    const disputed = claims.get(item.claim)?.status === 'disputed' ? context.t('case_disputed') : '';
    const text =
      item.count === null
        ? context.t('case_uncounted', [region, period])
        : context.t('case_counted', [region, formatNumber(item.count, context.locale), period]);
    return text + disputed;
  });
  return context.t('verdict_police_documented_cases', cases.join('; '));
}

function verdictBlock(context: CardContext, name: string, heading: string, sentence: string, value: string, note?: string) {
  const block = node(context, 'div', `verdict verdict-${name}`);
  block.dataset['value'] = value;
  block.append(node(context, 'h3', 'verdict-heading', heading), node(context, 'p', 'verdict-text', sentence));
  if (note) block.append(node(context, 'p', 'verdict-note', note));
  return block;
}

function claimItem(context: CardContext, claim: Claim): HTMLLIElement {
  const item = node(context, 'li', 'claim');
  item.dataset['topic'] = claim.topic;
  item.append(node(context, 'span', 'claim-date', formatPartialDate(claim.date, context.locale)));
  if (claim.status !== 'confirmed') {
    item.append(' ', node(context, 'span', `claim-status status-${claim.status}`, context.t(`status_${claim.status}`)));
  }
  item.append(' ', node(context, 'span', 'claim-text', claim.summary[context.language]));
  const sources = node(context, 'span', 'claim-sources', `${context.t('sources_label')} `);
  claim.sources.forEach((source, index) => {
    if (index > 0) sources.append(', ');
    sources.append(sourceLink(context, source));
  });
  item.append(' ', sources);
  return item;
}

function section(context: CardContext, heading: string, items: HTMLElement[]): HTMLElement[] {
  if (items.length === 0) return [];
  const list = node(context, 'ul', 'list');
  list.append(...items);
  return [node(context, 'h4', 'section-heading', heading), list];
}

export function renderVendorCard(context: CardContext, facts: VendorFacts): HTMLElement {
  const { vendor } = facts;
  const { t } = context;
  const claims = new Map(vendor.claims.map((claim) => [claim.id, claim]));
  const note = (text: { en: string; de: string } | undefined) => text?.[context.language];

  const card = node(context, 'div', 'card');
  card.dataset['severity'] = severity(vendor.verdicts);

  const police = vendor.verdicts.policeDisclosure;
  const e2ee = vendor.verdicts.e2ee;
  card.append(
    verdictBlock(context, 'police', t('verdict_police_heading'), policeSentence(context, police, claims), police.value, note(police.note)),
    verdictBlock(context, 'e2ee', t('verdict_e2ee_heading'), t(E2EE_KEYS[e2ee.value]), e2ee.value, note(e2ee.note)),
  );

  const sorted = [...vendor.claims].sort(
    (a, b) => TOPIC_ORDER.indexOf(a.topic) - TOPIC_ORDER.indexOf(b.topic) || b.date.localeCompare(a.date),
  );
  const programmes = vendor.partnerships.map((programme) => {
    const item = node(context, 'li', 'programme');
    const period = programme.start ? formatPeriod(programme.start, programme.end ?? programme.start, context.locale) : '';
    item.append(
      node(context, 'strong', 'programme-name', programme.name),
      ` (${t(PROGRAMME_STATUS_KEYS[programme.status])}${period ? `, ${period}` : ''}): `,
      programme.summary[context.language],
    );
    return item;
  });
  const actions = vendor.actions.map((action) => {
    const item = node(context, 'li', 'action', action.text[context.language]);
    if (action.url) item.append(' ', externalLink(context, action.url, t('action_link')));
    return item;
  });
  const complaint = node(context, 'li', 'action action-complaint', facts.general.complaint.text[context.language]);
  complaint.append(' ', ...facts.general.complaint.sources.map((source) => sourceLink(context, source)));

  const details = node(context, 'details', 'details');
  details.append(
    node(context, 'summary', 'details-summary', t('details_summary', formatNumber(vendor.claims.length, context.locale))),
    ...section(context, t('section_claims'), sorted.map((claim) => claimItem(context, claim))),
    ...section(context, t('section_programmes'), programmes),
    ...section(context, t('section_actions'), [...actions, complaint]),
  );
  card.append(
    details,
    node(context, 'p', 'meta', t('dataset_line', [facts.version, formatPartialDate(facts.reviewed, context.locale)])),
  );
  return card;
}
