/**
 * The top of the verdict card: the one-line answer coloured by severity, and the two key verdicts
 * (police access, end-to-end encryption) as sentences with their cases, dates and notes.
 */
import type { Verdicts } from '../dataset/schema.ts';
import type { SummaryNote, VerdictSummary } from '../dataset/summary.ts';
import type { Language } from '../shared/languages.ts';
import { formatNumber, formatPeriod, regionName } from '../shared/format.ts';
import { createH } from '../shared/h.ts';
import { plural } from '../shared/i18n.ts';
import type { CardContext } from './context.ts';
import { snake } from './message-keys.ts';

function policeSentence(context: CardContext, verdict: VerdictSummary['policeDisclosure']): string {
  const { t, locale } = context;
  if (verdict.value === 'no-known-case' && !verdict.warrant) return t('verdict_police_no_known_case_request');
  if (verdict.value === 'unknown' && verdict.note) return t('verdict_unknown_noted');
  if (verdict.value !== 'documented' || verdict.cases.length === 0) return t(`verdict_police_${snake(verdict.value)}`);
  const cases = verdict.cases.map((item) => {
    const region = regionName(item.region, locale);
    const period = formatPeriod(item.from, item.to, locale);
    const text =
      item.count === null
        ? t('case_uncounted', [region, period])
        : plural(t, context.language, 'case_counted', item.count, [region, formatNumber(item.count, locale), period]);
    return text + (item.disputed ? t('case_disputed') : '');
  });
  return t('verdict_police_documented_cases', cases.join('; '));
}

/** The one-line answer, coloured by severity. */
export function renderHeadline(context: CardContext, vendorName: string, verdicts: Pick<VerdictSummary, 'headline'>): HTMLElement {
  return createH(context.document)(
    'p',
    { className: 'headline-text', data: { severity: verdicts.headline.severity, reason: verdicts.headline.reason } },
    context.t(`headline_${snake(verdicts.headline.reason)}`, vendorName),
  );
}

/**
 * A verdict's note, behind "More on this": closed, it has the same height with or without its text,
 * so a note that comes with the facts (`later`) fills in without moving the page.
 */
function noteDetails(context: CardContext, name: string, note: SummaryNote | undefined): HTMLElement | undefined {
  if (!note) return undefined;
  const h = createH(context.document);
  const text = note === 'later' ? context.t('panel_loading') : note[context.language];
  return h(
    'details',
    'verdict-more',
    h('summary', 'verdict-more-summary', context.t('verdict_more')),
    h('p', { className: 'verdict-note', data: { verdict: name, ...(note === 'later' ? { later: '' } : {}) } }, text),
  );
}

/** Puts the notes that came with the facts into a card drawn with `later` notes. */
export function fillNotes(root: ParentNode, verdicts: Pick<Verdicts, 'policeDisclosure' | 'e2ee'>, language: Language): void {
  for (const element of root.querySelectorAll<HTMLElement>('.verdict-note[data-later]')) {
    const name = element.dataset['verdict'];
    const note = name === 'police' ? verdicts.policeDisclosure.note : name === 'e2ee' ? verdicts.e2ee.note : undefined;
    if (note) element.textContent = note[language];
    else element.closest('.verdict-more')?.remove();
    delete element.dataset['later'];
  }
}

/** The two key verdicts as sentences, with dates, counts and notes. */
export function renderVerdicts(context: CardContext, verdicts: VerdictSummary): HTMLElement {
  const h = createH(context.document);
  const { t } = context;
  const { policeDisclosure: police, e2ee } = verdicts;
  const block = (name: string, heading: string, sentence: string, value: string, note?: SummaryNote) =>
    h(
      'div',
      { className: `verdict verdict-${name}`, data: { value } },
      h('h3', 'verdict-heading', heading),
      h('p', 'verdict-text', sentence),
      noteDetails(context, name, note),
    );
  return h(
    'div',
    'verdicts',
    block('police', t('verdict_police_heading'), policeSentence(context, police), police.value, police.note),
    block(
      'e2ee',
      t('verdict_e2ee_heading'),
      t(e2ee.value === 'unknown' && e2ee.note ? 'verdict_unknown_noted' : `verdict_e2ee_${snake(e2ee.value)}`),
      e2ee.value,
      e2ee.note,
    ),
  );
}
