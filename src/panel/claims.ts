/**
 * The claims of the verdict card: which section shows each one (every claim stands in exactly one
 * place), their order, the groups of "What is known", and one claim as a list item with its date,
 * status, related entries, sources and "Report a mistake".
 */
import type { Claim, Vendor } from '../dataset/schema.ts';
import { formatPartialDate } from '../shared/format.ts';
import { createH } from '../shared/h.ts';
import type { MessageKey } from '../shared/i18n.ts';
import type { CardContext } from './context.ts';
import { reportLink, sourceList } from './links.ts';

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

export interface ClaimRendering {
  claimsById: Map<string, Claim>;
  places: Map<string, ClaimPlace>;
  /** Claims new since the user hid the vendor until something new is known. */
  fresh: ReadonlySet<string>;
  /** Opens the section that shows a claim and moves focus to it. */
  reveal: (id: string) => void;
}

export function claimItem(context: CardContext, claim: Claim, rendering: ClaimRendering): HTMLLIElement {
  const { t, locale } = context;
  const h = createH(context.document);
  const fresh = rendering.fresh.has(claim.id);
  const related = (claim.seeAlso ?? []).flatMap((id) => {
    const other = rendering.claimsById.get(id);
    if (!other) return [];
    const onClick = () => {
      rendering.reveal(id);
    };
    return [
      ' ',
      h('button', { className: 'see-also', type: 'button', on: { click: onClick } }, t('see_also', formatPartialDate(other.date, locale))),
    ];
  });
  const report = reportLink(context, claim.id);
  return h(
    'li',
    { className: fresh ? 'claim claim-new' : 'claim', tabIndex: -1, data: { topic: claim.topic, claim: claim.id } },
    ...(fresh ? [h('span', 'claim-new-label', t('claim_new')), ' '] : []),
    h('span', 'claim-date', formatPartialDate(claim.date, locale)),
    ...(claim.status === 'confirmed' ? [] : [' ', h('span', `claim-status status-${claim.status}`, t(`status_${claim.status}`))]),
    ' ',
    h('span', 'claim-text', claim.summary[context.language]),
    ...related,
    ' ',
    sourceList(context, claim.sources),
    ...(report ? [' ', report] : []),
  );
}
