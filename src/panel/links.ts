/**
 * The card's links: sources and actions open in a new tab without referrer, and only https
 * addresses become links; "Report a mistake" leads to the build's report address.
 */
import { nameIn } from '../dataset/names.ts';
import type { Source } from '../dataset/schema.ts';
import { formatPartialDate } from '../shared/format.ts';
import { createH } from '../shared/h.ts';
import type { MessageKey } from '../shared/i18n.ts';
import type { CardContext } from './context.ts';

const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' } as const;

/** A link opened in a new tab without referrer; only https URLs become links. */
export function externalLink(context: CardContext, url: string, label: string, title?: string): HTMLElement {
  const h = createH(context.document);
  if (!url.startsWith('https://')) return h('span', 'link', label);
  return h('a', { className: 'link', href: url, ...NEW_TAB, ...(title ? { title } : {}) }, label);
}

/** "Sources: A, 1 Jul 2022; B" — each source its own link, visibly apart. */
export function sourceList(context: CardContext, sources: readonly Source[]): HTMLElement {
  const { t, language, locale } = context;
  const h = createH(context.document);
  return h(
    'span',
    'claim-sources',
    `${t('sources_label')} `,
    ...sources.flatMap((source, index) => {
      const publisher = nameIn(source.publisher, language);
      const label = source.published
        ? t('source_label', [publisher, formatPartialDate(source.published, locale)])
        : t('source_label_undated', publisher);
      const link = externalLink(context, source.url, label, nameIn(source.title, language));
      return index > 0 ? [h('span', 'source-separator', '; '), link] : [link];
    }),
  );
}

/** "Report a mistake" about a claim id, `detection` or `record`; none where the build has no address. */
export function reportLink(context: CardContext, subject: string, label: MessageKey = 'report_mistake'): HTMLElement | undefined {
  const href = context.report?.(subject);
  if (!href || !/^(https:\/\/|mailto:)/.test(href)) return undefined;
  return createH(context.document)('a', { className: 'link report', href, ...NEW_TAB }, context.t(label));
}
