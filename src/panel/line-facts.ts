/**
 * The panel's first block when detection recognised a product line that has its own facts: what
 * applies to this product (local recording, end-to-end encryption, subscription, HomeKit Secure
 * Video, Matter), in sentences made from UI messages, before the vendor's record.
 */
import type { LineSummary } from '../dataset/summary.ts';
import { createH } from '../shared/h.ts';
import type { CardContext } from './context.ts';
import { snake } from './message-keys.ts';

/** The facts as sentences, in a fixed order: what the product can do without the cloud first. */
export function lineSentences(context: Pick<CardContext, 't' | 'locale'>, facts: LineSummary): string[] {
  const { t, locale } = context;
  const sentences: string[] = [];
  if (facts.local) {
    const names = facts.local.map((medium) => t(`line_medium_${snake(medium)}`));
    // Intl.ListFormat loads locale data on first use, a cost on the panel's first render: one or two
    // media (every line so far) are joined by a message, longer lists by Intl.
    const media =
      names.length > 2
        ? new Intl.ListFormat(locale, { type: 'disjunction' }).format(names)
        : names.length === 2
          ? t('line_media_pair', names)
          : (names[0] ?? '');
    sentences.push(facts.local.length > 0 ? t('line_local', media) : t('line_local_none'));
  }
  for (const platform of facts.platforms ?? []) sentences.push(t(`line_platform_${snake(platform)}`));
  if (facts.e2ee) sentences.push(t(`line_e2ee_${snake(facts.e2ee)}`));
  if (facts.subscription) sentences.push(t(`line_subscription_${facts.subscription}`));
  if (facts.matter) sentences.push(t(`line_matter_${facts.matter}`));
  return sentences;
}

export function renderLineFacts(context: CardContext, facts: LineSummary): HTMLElement {
  const h = createH(context.document);
  return h(
    'div',
    'line-facts',
    h('p', 'line-facts-heading', context.t('line_facts_heading')),
    h('ul', 'list', ...lineSentences(context, facts).map((sentence) => h('li', null, sentence))),
  );
}
