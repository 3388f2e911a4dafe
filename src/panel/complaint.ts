/**
 * The GDPR complaint advice under "What you can do": the general text, then where to complain —
 * the data protection authority of the shop's country; where that country has one per region (the
 * German Länder), a finder; where the dataset has none for the shop's country (amazon.com,
 * amazon.ca) and in the popup, the EDPB's list of every EU and EEA country's authority.
 */
import type { Authority, General } from '../dataset/schema.ts';
import { regionName } from '../shared/format.ts';
import { createH } from '../shared/h.ts';
import type { MessageKey } from '../shared/i18n.ts';
import type { CardContext } from './context.ts';
import { externalLink, sourceList } from './links.ts';

type Complaint = General['complaint'];

export function complaintAction(context: CardContext, complaint: Complaint): HTMLLIElement {
  const h = createH(context.document);
  return h(
    'li',
    'action action-complaint',
    complaint.text[context.language],
    ' ',
    sourceList(context, complaint.sources),
    whereToComplain(context, complaint),
  );
}

function whereToComplain(context: CardContext, complaint: Complaint): HTMLElement | undefined {
  const { t, locale, country } = context;
  const h = createH(context.document);
  const own = complaint.authorities.filter((authority) => authority.country === country);
  const [first] = own;
  if (country && first) {
    if (first.region) return regionFinder(context, country, own);
    const name = t('complaint_authority', [regionName(country, locale), displayName(first)]);
    return h('p', 'authority', name, ' ', ...authorityLinks(context, first));
  }
  const { directory } = complaint;
  return (
    directory &&
    h(
      'p',
      'authority authority-directory',
      t('complaint_directory'),
      ' ',
      externalLink(context, directory.url, t('complaint_directory_link')),
      ' ',
      sourceList(context, directory.sources),
    )
  );
}

const LINK_LABELS = {
  complaint: 'complaint_authority_complain',
  report: 'complaint_authority_report',
  home: 'complaint_authority_site',
} as const satisfies Record<Authority['page'], MessageKey>;

const displayName = (authority: Authority) => (authority.short ? `${authority.name} (${authority.short})` : authority.name);

function authorityLinks(context: CardContext, authority: Authority): Node[] {
  const label = context.t(LINK_LABELS[authority.page]);
  return [externalLink(context, authority.url, label), context.document.createTextNode(' '), sourceList(context, authority.sources)];
}

/**
 * A choice of the country's regions, in the UI language's order; the chosen one's authority below
 * it. The choice is not remembered: the panel is in the shop's page, and a region chosen before
 * would tell the shop where the shopper lives.
 */
function regionFinder(context: CardContext, country: string, authorities: readonly Authority[]): HTMLElement {
  const { t, locale, language } = context;
  const h = createH(context.document);
  const regional = authorities.flatMap((authority) => (authority.region ? [{ authority, ...authority.region }] : []));
  const collator = new Intl.Collator(locale);
  regional.sort((a, b) => collator.compare(a.name[language], b.name[language]));
  // Always there, empty until a region is chosen, so that screen readers announce the first choice too.
  const chosen = h('p', { className: 'authority-chosen', attrs: { 'aria-live': 'polite' } });
  const select: HTMLSelectElement = h(
    'select',
    {
      className: 'region-select',
      on: {
        change: () => {
          const match = regional.find((region) => region.code === select.value);
          chosen.replaceChildren(...(match ? [displayName(match.authority), ' ', ...authorityLinks(context, match.authority)] : []));
        },
      },
    },
    h('option', { value: '' }, t('complaint_region_choose')),
    ...regional.map((region) => h('option', { value: region.code }, region.name[language])),
  );
  return h(
    'div',
    'authority authority-finder',
    h('label', 'region-label', t('complaint_region_label', regionName(country, locale)), ' ', select),
    chosen,
  );
}
