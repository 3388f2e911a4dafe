/**
 * What the card's sections hold once the facts are there: police programmes with their own facts,
 * incidents and regulators, what the shopper can do, and "What is known" grouped by topic.
 */
import { alternativesFor, offeredKinds, type VendorFacts } from '../dataset/facts.ts';
import { nameIn, urlIn } from '../dataset/names.ts';
import type { Claim } from '../dataset/schema.ts';
import { formatNumber, formatPeriod } from '../shared/format.ts';
import { createH } from '../shared/h.ts';
import { byDateDesc, claimItem, type ClaimPlace, type ClaimRendering, TOPIC_GROUPS } from './claims.ts';
import { complaintAction } from './complaint.ts';
import type { CardContext } from './context.ts';
import { externalLink } from './links.ts';
import { snake } from './message-keys.ts';
import type { SectionName } from './sections.ts';

export function sectionBodies(context: CardContext, facts: VendorFacts, rendering: ClaimRendering): Record<SectionName, Node[]> {
  const { t, locale, language } = context;
  const h = createH(context.document);
  const { vendor } = facts;
  const note = (text: string, className = 'note') => h('p', { className }, text);
  const list = (items: HTMLElement[], empty = '') => (items.length === 0 ? note(empty) : h('ul', 'list', ...items));
  const item = (claim: Claim) => claimItem(context, claim, rendering);
  const inPlace = (place: ClaimPlace) => vendor.claims.filter((claim) => rendering.places.get(claim.id) === place);

  const programmes = vendor.partnerships.map((programme) => {
    const period = programme.start ? formatPeriod(programme.start, programme.end ?? programme.start, locale) : '';
    // The programme's own facts, with their dates and sources, stand under it (and nowhere else).
    const own = programme.claims.flatMap((id) => {
      const claim = rendering.claimsById.get(id);
      return claim && rendering.places.get(id) === 'programmes' ? [claim] : [];
    });
    return h(
      'li',
      'programme',
      h('strong', 'programme-name', nameIn(programme.name, language)),
      ` (${t(`programme_${snake(programme.status)}`)}${period ? `, ${period}` : ''}): `,
      programme.summary[language],
      own.length > 0 && list([...new Set(own)].sort(byDateDesc).map(item)),
    );
  });
  const incidents = inPlace('incidents').sort(byDateDesc).map(item);
  const actions = vendor.actions.map((action) =>
    h(
      'li',
      'action',
      action.text[language],
      ...(action.url ? [' ', externalLink(context, urlIn(action.url, language), t('action_link'))] : []),
    ),
  );
  const fitting = alternativesFor(facts.alternatives, context.kind ? [context.kind] : offeredKinds(vendor));
  if (fitting.length > 0) {
    const names = fitting.map((alternative) =>
      t(alternative.reason === 'e2ee-default' ? 'alternative_e2ee' : 'alternative_local', alternative.name),
    );
    actions.push(h('li', 'action action-alternatives', t('actions_alternatives', names.join(', '))));
  }
  actions.push(complaintAction(context, facts.general.complaint));

  // What is known: grouped by topic, newest first in each group.
  const known: Node[] = [];
  const rest = inPlace('sources');
  for (const group of TOPIC_GROUPS) {
    const claims = rest.filter((claim) => (group.topics as readonly string[]).includes(claim.topic)).sort(byDateDesc);
    if (claims.length > 0) known.push(h('h4', 'group-heading', t(group.key)), list(claims.map(item)));
  }
  if (known.length === 0) known.push(note(t('section_empty_sources')));
  const elsewhere = [
    [inPlace('programmes').length, 'section_programmes'],
    [inPlace('incidents').length, 'section_incidents'],
  ] as const;
  const pointers = elsewhere
    .filter(([count]) => count > 0)
    .map(([count, key]) => t('elsewhere_item', [t(key), formatNumber(count, locale)]));
  if (pointers.length > 0) known.push(note(t('elsewhere_note', pointers.join(', ')), 'note elsewhere'));
  return {
    programmes: [list(programmes, t('section_empty_programmes'))],
    incidents: [list(incidents, t('section_empty_incidents'))],
    actions: [list(actions)],
    sources: known,
  };
}
