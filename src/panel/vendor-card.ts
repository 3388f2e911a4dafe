/**
 * The verdict card for one vendor, shared by the panel on shop pages and the popup: a headline
 * with a severity, the two key verdicts as sentences, then sections for police programmes,
 * incidents, what the shopper can do, and every fact with its sources. Builds DOM nodes with
 * text only: no HTML is parsed from data.
 */
import type { VerdictSummary } from '../dataset/summary.ts';
import { nameIn } from '../dataset/names.ts';
import type { VendorFacts } from '../dataset/facts.ts';
import type { Claim, Source, Vendor } from '../dataset/schema.ts';
import { headlineKey, severity } from '../dataset/severity.ts';
import type { MessageKey, Translate } from '../shared/i18n.ts';
import type { Language } from '../shared/languages.ts';
import { formatNumber, formatPartialDate, formatPeriod, regionName } from '../shared/format.ts';

export interface CardContext {
  document: Document;
  t: Translate;
  /** BCP 47 locale for Intl ("de-DE"). */
  locale: string;
  /** Which of the dataset's texts to show. */
  language: Language;
  /**
   * Where "Report a mistake" about a claim (or `detection`, or the vendor's record as a whole)
   * leads, already filled in; absent where the build has no report address (shared/report.ts).
   */
  report?: (subject: string) => string | undefined;
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
  return externalLink(context, source.url, label, nameIn(source.title, context.language));
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

/** "Sources: A, 1 Jul 2022; B" — each source its own link, visibly apart. */
function sourceList(context: CardContext, sources: readonly Source[]): HTMLElement {
  const element = node(context, 'span', 'claim-sources', `${context.t('sources_label')} `);
  sources.forEach((source, index) => {
    if (index > 0) element.append(node(context, 'span', 'source-separator', '; '));
    element.append(sourceLink(context, source));
  });
  return element;
}

/** "Report a mistake" about a claim id, `detection` or `record`; none where the build has no address. */
export function reportLink(context: CardContext, subject: string, label: MessageKey = 'report_mistake'): HTMLElement | undefined {
  const href = context.report?.(subject);
  if (!href || !/^(https:\/\/|mailto:)/.test(href)) return undefined;
  const link = node(context, 'a', 'link report', context.t(label));
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return link;
}

/** Which section shows each claim: every claim stands in exactly one place. */
export type ClaimPlace = 'programmes' | 'incidents' | 'sources';

export function claimPlaces(vendor: Pick<Vendor, 'claims' | 'partnerships'>): Map<string, ClaimPlace> {
  const places = new Map<string, ClaimPlace>();
  for (const programme of vendor.partnerships) for (const id of programme.claims) places.set(id, 'programmes');
  for (const claim of vendor.claims) {
    if (places.has(claim.id)) continue;
    places.set(claim.id, claim.topic === 'incident' || claim.topic === 'regulator' ? 'incidents' : 'sources');
  }
  return places;
}

/** Newest first; a claim with only a year or month sorts as its start. */
export const byDateDesc = (a: Pick<Claim, 'date' | 'id'>, b: Pick<Claim, 'date' | 'id'>) =>
  b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

/**
 * Groups of "What is known", in reading order. Incidents and regulator actions have a section of
 * their own, so every other topic belongs to exactly one group.
 */
export const TOPIC_GROUPS = [
  { key: 'group_police', topics: ['police-disclosure'] },
  { key: 'group_policy', topics: ['law-enforcement-policy', 'police-partnership'] },
  { key: 'group_encryption', topics: ['encryption', 'storage'] },
  { key: 'group_transparency', topics: ['transparency'] },
  { key: 'group_company', topics: ['feature', 'company'] },
] as const satisfies readonly { key: MessageKey; topics: readonly Claim['topic'][] }[];

interface ClaimRendering {
  claimsById: Map<string, Claim>;
  places: Map<string, ClaimPlace>;
  /** Claims new since the user hid the vendor until something new is known. */
  fresh: ReadonlySet<string>;
  /** Opens the section that shows a claim and moves focus to it. */
  reveal: (id: string) => void;
}

function claimItem(context: CardContext, claim: Claim, rendering: ClaimRendering): HTMLLIElement {
  const item = node(context, 'li', 'claim');
  item.dataset['topic'] = claim.topic;
  item.dataset['claim'] = claim.id;
  item.tabIndex = -1;
  if (rendering.fresh.has(claim.id)) {
    item.classList.add('claim-new');
    item.append(node(context, 'span', 'claim-new-label', context.t('claim_new')), ' ');
  }
  item.append(node(context, 'span', 'claim-date', formatPartialDate(claim.date, context.locale)));
  if (claim.status !== 'confirmed') {
    item.append(' ', node(context, 'span', `claim-status status-${claim.status}`, context.t(`status_${claim.status}`)));
  }
  item.append(' ', node(context, 'span', 'claim-text', claim.summary[context.language]));
  for (const id of claim.seeAlso ?? []) {
    const other = rendering.claimsById.get(id);
    if (!other) continue;
    const jump = node(context, 'button', 'see-also', context.t('see_also', formatPartialDate(other.date, context.locale)));
    jump.type = 'button';
    jump.addEventListener('click', () => {
      rendering.reveal(id);
    });
    item.append(' ', jump);
  }
  item.append(' ', sourceList(context, claim.sources));
  const report = reportLink(context, claim.id);
  if (report) item.append(' ', report);
  return item;
}

function sectionBodies(context: CardContext, facts: VendorFacts, rendering: ClaimRendering): Record<SectionName, Node[]> {
  const { t } = context;
  const { vendor } = facts;
  const item = (claim: Claim) => claimItem(context, claim, rendering);
  const inPlace = (place: ClaimPlace) => vendor.claims.filter((claim) => rendering.places.get(claim.id) === place);
  const programmes = vendor.partnerships.map((programme) => {
    const entry = node(context, 'li', 'programme');
    const period = programme.start ? formatPeriod(programme.start, programme.end ?? programme.start, context.locale) : '';
    entry.append(
      node(context, 'strong', 'programme-name', nameIn(programme.name, context.language)),
      ` (${t(PROGRAMME_STATUS_KEYS[programme.status])}${period ? `, ${period}` : ''}): `,
      programme.summary[context.language],
    );
    // The programme's own facts, with their dates and sources, stand under it (and nowhere else).
    const own = programme.claims.flatMap((id) => {
      const claim = rendering.claimsById.get(id);
      return claim && rendering.places.get(id) === 'programmes' ? [claim] : [];
    });
    if (own.length > 0) entry.append(list(context, [...new Set(own)].sort(byDateDesc).map(item), ''));
    return entry;
  });
  const incidents = inPlace('incidents').sort(byDateDesc).map(item);
  const actions = vendor.actions.map((action) => {
    const entry = node(context, 'li', 'action', action.text[context.language]);
    if (action.url) entry.append(' ', externalLink(context, action.url, t('action_link')));
    return entry;
  });
  if (facts.alternatives.length > 0) {
    const names = facts.alternatives.map((alternative) =>
      t(alternative.reason === 'e2ee-default' ? 'alternative_e2ee' : 'alternative_local', alternative.name),
    );
    actions.push(node(context, 'li', 'action action-alternatives', t('actions_alternatives', names.join(', '))));
  }
  const complaint = node(context, 'li', 'action action-complaint', facts.general.complaint.text[context.language]);
  complaint.append(' ', sourceList(context, facts.general.complaint.sources));
  actions.push(complaint);

  // What is known: grouped by topic, newest first in each group.
  const known: Node[] = [];
  const rest = inPlace('sources');
  for (const group of TOPIC_GROUPS) {
    const claims = rest.filter((claim) => (group.topics as readonly string[]).includes(claim.topic)).sort(byDateDesc);
    if (claims.length === 0) continue;
    known.push(node(context, 'h4', 'group-heading', t(group.key)), list(context, claims.map(item), ''));
  }
  if (known.length === 0) known.push(node(context, 'p', 'note', t('section_empty_sources')));
  const elsewhere = [
    [inPlace('programmes').length, 'section_programmes'],
    [inPlace('incidents').length, 'section_incidents'],
  ] as const;
  const pointers = elsewhere.filter(([count]) => count > 0).map(([count, key]) => t('elsewhere_item', [t(key), formatNumber(count, context.locale)]));
  if (pointers.length > 0) known.push(node(context, 'p', 'note elsewhere', t('elsewhere_note', pointers.join(', '))));
  return {
    programmes: [list(context, programmes, t('section_empty_programmes'))],
    incidents: [list(context, incidents, t('section_empty_incidents'))],
    actions: [list(context, actions, '')],
    sources: known,
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
  /**
   * Puts the facts into the (possibly closed) sections; their headings never move. `fresh` marks
   * claims that are new since the user hid the vendor until something new is known.
   */
  fill(facts: VendorFacts, fresh?: ReadonlySet<string>): void;
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
  let fresh: ReadonlySet<string> = new Set();
  const sections = new Map<SectionName, HTMLDetailsElement>();
  const build = (name: SectionName, details: HTMLDetailsElement) => {
    if (!facts || (lazy && !details.open) || details.dataset['filled']) return;
    content ??= sectionBodies(context, facts, rendering(facts));
    bodies.get(name)?.replaceChildren(...content[name]);
    details.dataset['filled'] = 'true';
  };
  const rendering = (shown: VendorFacts): ClaimRendering => {
    const places = claimPlaces(shown.vendor);
    return {
      claimsById: new Map(shown.vendor.claims.map((claim) => [claim.id, claim])),
      places,
      fresh,
      reveal(id) {
        const name = places.get(id);
        const details = name ? sections.get(name) : undefined;
        if (!name || !details) return;
        details.open = true;
        build(name, details);
        const target = [...(bodies.get(name)?.querySelectorAll<HTMLElement>('.claim') ?? [])].find((element) => element.dataset['claim'] === id);
        // Focus scrolls it into view too.
        target?.focus();
      },
    };
  };
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
    fill(next, marks) {
      facts = next;
      fresh = marks ?? new Set();
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
  const meta = datasetLine(context, facts.version, facts.reviewed);
  const report = reportLink(context, 'record');
  if (report) meta.append(' · ', report);
  card.append(renderHeadline(context, facts.vendor.name, summary), renderVerdicts(context, summary), sections.root, meta);
  return card;
}
