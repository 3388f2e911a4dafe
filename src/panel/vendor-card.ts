/**
 * The verdict card for one vendor, shared by the panel on shop pages and the popup: a headline
 * with a severity, the two key verdicts as sentences, then sections for police programmes,
 * incidents, what the shopper can do, and every fact with its sources. Builds DOM nodes with
 * text only: no HTML is parsed from data.
 */
import type { VerdictSummary } from '../dataset/summary';
import { nameIn } from '../dataset/names';
import type { Claim, Dataset, Source, Vendor } from '../dataset/schema';
import type { MessageKey, Translate } from '../shared/i18n';
import { type ContentLanguage, formatNumber, formatPartialDate, formatPeriod, regionName } from './format';

export interface Alternative {
  id: Vendor['id'];
  name: string;
  reason: 'e2ee-default' | 'local-only';
}

export interface VendorFacts {
  vendor: Vendor;
  general: Dataset['general'];
  version: string;
  reviewed: string;
  /** Vendors in the dataset that encrypt end to end by default or record locally. */
  alternatives: Alternative[];
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

const POLICE_KEYS = {
  documented: 'verdict_police_documented',
  'policy-allows': 'verdict_police_policy_allows',
  'no-known-case': 'verdict_police_no_known_case',
  unknown: 'verdict_police_unknown',
} as const satisfies Record<VerdictSummary['policeDisclosure']['value'], MessageKey>;

const E2EE_KEYS = {
  default: 'verdict_e2ee_default',
  'opt-in': 'verdict_e2ee_opt_in',
  'not-offered': 'verdict_e2ee_not_offered',
  unknown: 'verdict_e2ee_unknown',
} as const satisfies Record<VerdictSummary['e2ee']['value'], MessageKey>;

const PROGRAMME_STATUS_KEYS = {
  active: 'programme_active',
  ended: 'programme_ended',
  announced: 'programme_announced',
  cancelled: 'programme_cancelled',
  unknown: 'programme_unknown',
} as const satisfies Record<Vendor['partnerships'][number]['status'], MessageKey>;

const TOPIC_ORDER: readonly Claim['topic'][] = [
  'police-disclosure', 'law-enforcement-policy', 'police-partnership', 'encryption', 'storage', 'transparency',
  'regulator', 'incident', 'feature', 'company',
];

export function node<K extends keyof HTMLElementTagNameMap>(
  context: Pick<CardContext, 'document'>,
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
    ? context.t('source_label', [nameIn(source.publisher, context.language), formatPartialDate(source.published, context.locale)])
    : context.t('source_label_undated', nameIn(source.publisher, context.language));
  return externalLink(context, source.url, label, source.title);
}

function policeSentence(context: CardContext, verdict: VerdictSummary['policeDisclosure']): string {
  if (verdict.value !== 'documented' || verdict.cases.length === 0) return context.t(POLICE_KEYS[verdict.value]);
  const cases = verdict.cases.map((item) => {
    const region = regionName(item.region, context.locale);
    const period = formatPeriod(item.from, item.to, context.locale);
    const text =
      item.count === null
        ? context.t('case_uncounted', [region, period])
        : context.t('case_counted', [region, formatNumber(item.count, context.locale), period]);
    return text + (item.disputed ? context.t('case_disputed') : '');
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

/** The one-line answer, coloured by severity. */
export function renderHeadline(context: CardContext, vendorName: string, verdicts: VerdictSummary): HTMLElement {
  const headline = node(context, 'p', 'headline-text', context.t(headlineKey(verdicts), vendorName));
  headline.dataset['severity'] = severity(verdicts);
  return headline;
}

/** The two key verdicts as sentences, with dates, counts and notes. */
export function renderVerdicts(context: CardContext, verdicts: VerdictSummary): HTMLElement {
  const { t } = context;
  const { policeDisclosure: police, e2ee } = verdicts;
  const element = node(context, 'div', 'verdicts');
  element.append(
    verdictBlock(context, 'police', t('verdict_police_heading'), policeSentence(context, police), police.value, police.note?.[context.language]),
    verdictBlock(context, 'e2ee', t('verdict_e2ee_heading'), t(E2EE_KEYS[e2ee.value]), e2ee.value, e2ee.note?.[context.language]),
  );
  return element;
}

function list(context: CardContext, items: HTMLElement[], empty: string): HTMLElement {
  if (items.length === 0) return node(context, 'p', 'note', empty);
  const element = node(context, 'ul', 'list');
  element.append(...items);
  return element;
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

const byDateDesc = (a: Claim, b: Claim) => b.date.localeCompare(a.date);

function sectionBodies(context: CardContext, facts: VendorFacts): Record<SectionName, Node[]> {
  const { t } = context;
  const { vendor } = facts;
  const programmes = vendor.partnerships.map((programme) => {
    const item = node(context, 'li', 'programme');
    const period = programme.start ? formatPeriod(programme.start, programme.end ?? programme.start, context.locale) : '';
    item.append(
      node(context, 'strong', 'programme-name', nameIn(programme.name, context.language)),
      ` (${t(PROGRAMME_STATUS_KEYS[programme.status])}${period ? `, ${period}` : ''}): `,
      programme.summary[context.language],
    );
    return item;
  });
  const incidents = vendor.claims
    .filter((claim) => claim.topic === 'incident' || claim.topic === 'regulator')
    .sort(byDateDesc)
    .map((claim) => claimItem(context, claim));
  const actions = vendor.actions.map((action) => {
    const item = node(context, 'li', 'action', action.text[context.language]);
    if (action.url) item.append(' ', externalLink(context, action.url, t('action_link')));
    return item;
  });
  if (facts.alternatives.length > 0) {
    const names = facts.alternatives.map((alternative) =>
      t(alternative.reason === 'e2ee-default' ? 'alternative_e2ee' : 'alternative_local', alternative.name),
    );
    actions.push(node(context, 'li', 'action action-alternatives', t('actions_alternatives', names.join(', '))));
  }
  const complaint = node(context, 'li', 'action action-complaint', facts.general.complaint.text[context.language]);
  complaint.append(' ', ...facts.general.complaint.sources.map((source) => sourceLink(context, source)));
  actions.push(complaint);
  const claims = [...vendor.claims]
    .sort((a, b) => TOPIC_ORDER.indexOf(a.topic) - TOPIC_ORDER.indexOf(b.topic) || byDateDesc(a, b))
    .map((claim) => claimItem(context, claim));
  return {
    programmes: [list(context, programmes, t('section_empty_programmes'))],
    incidents: [list(context, incidents, t('section_empty_incidents'))],
    actions: [list(context, actions, '')],
    sources: [list(context, claims, t('section_empty_sources'))],
  };
}

export const SECTIONS = ['programmes', 'incidents', 'actions', 'sources'] as const;
export type SectionName = (typeof SECTIONS)[number];

const SECTION_KEYS = {
  programmes: 'section_programmes',
  incidents: 'section_incidents',
  actions: 'section_actions',
  sources: 'section_claims',
} as const satisfies Record<SectionName, MessageKey>;

export interface Sections {
  root: HTMLElement;
  /** Puts the facts into the (possibly closed) sections; their headings never move. */
  fill(facts: VendorFacts): void;
  fail(): void;
}

/**
 * Collapsible sections whose headings exist at once and whose bodies arrive with the facts. With
 * `lazy`, a body is built only when its section is first opened: most shoppers never open one,
 * and building them formats dates, which costs a page its locale data.
 */
export function renderSections(context: CardContext, lazy = false): Sections {
  const root = node(context, 'div', 'sections');
  const bodies = new Map<SectionName, HTMLElement>();
  let content: Record<SectionName, Node[]> | undefined;
  let facts: VendorFacts | undefined;
  const build = (name: SectionName, details: HTMLDetailsElement) => {
    if (!facts || (lazy && !details.open) || details.dataset['filled']) return;
    content ??= sectionBodies(context, facts);
    bodies.get(name)?.replaceChildren(...content[name]);
    details.dataset['filled'] = 'true';
  };
  const sections = new Map<SectionName, HTMLDetailsElement>();
  for (const name of SECTIONS) {
    const details = node(context, 'details', `section section-${name}`);
    const body = node(context, 'div', 'section-body');
    body.append(node(context, 'p', 'note', context.t('panel_loading')));
    details.append(node(context, 'summary', 'section-summary', context.t(SECTION_KEYS[name])), body);
    details.addEventListener('toggle', () => {
      build(name, details);
    });
    bodies.set(name, body);
    sections.set(name, details);
    root.append(details);
  }
  return {
    root,
    fill(next) {
      facts = next;
      content = undefined;
      for (const [name, details] of sections) {
        delete details.dataset['filled'];
        build(name, details);
      }
    },
    fail() {
      for (const body of bodies.values()) body.replaceChildren(node(context, 'p', 'note', context.t('panel_error')));
    },
  };
}

export function datasetLine(context: CardContext, version: string, reviewed: string): HTMLElement {
  return node(context, 'p', 'meta', context.t('dataset_line', [version, formatPartialDate(reviewed, context.locale)]));
}

/** The whole card with its facts (popup): summary, sections, dataset line. */
export function renderVendorCard(context: CardContext, facts: VendorFacts, summary: VerdictSummary): HTMLElement {
  const card = node(context, 'div', 'card');
  card.dataset['severity'] = severity(summary);
  const sections = renderSections(context);
  sections.fill(facts);
  card.append(
    renderHeadline(context, facts.vendor.name, summary),
    renderVerdicts(context, summary),
    sections.root,
    datasetLine(context, facts.version, facts.reviewed),
  );
  return card;
}
