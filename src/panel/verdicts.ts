/**
 * The top of the verdict card: the one-line answer coloured by severity, and the two key verdicts
 * (police access, end-to-end encryption) as sentences with their cases, dates and notes.
 */
import type { VerdictSummary } from '../dataset/summary.ts';
import { headlineKey, severity } from '../dataset/severity.ts';
import { formatNumber, formatPeriod, regionName } from '../shared/format.ts';
import { createH } from '../shared/h.ts';
import type { CardContext } from './context.ts';
import { snake } from './message-keys.ts';

function policeSentence(context: CardContext, verdict: VerdictSummary['policeDisclosure']): string {
  const { t, locale } = context;
  if (verdict.value !== 'documented' || verdict.cases.length === 0) return t(`verdict_police_${snake(verdict.value)}`);
  const cases = verdict.cases.map((item) => {
    const region = regionName(item.region, locale);
    const period = formatPeriod(item.from, item.to, locale);
    const text =
      item.count === null ? t('case_uncounted', [region, period]) : t('case_counted', [region, formatNumber(item.count, locale), period]);
    return text + (item.disputed ? t('case_disputed') : '');
  });
  return t('verdict_police_documented_cases', cases.join('; '));
}

/** The one-line answer, coloured by severity. */
export function renderHeadline(context: CardContext, vendorName: string, verdicts: VerdictSummary): HTMLElement {
  return createH(context.document)(
    'p',
    { className: 'headline-text', data: { severity: severity(verdicts) } },
    context.t(headlineKey(verdicts), vendorName),
  );
}

/** The two key verdicts as sentences, with dates, counts and notes. */
export function renderVerdicts(context: CardContext, verdicts: VerdictSummary): HTMLElement {
  const h = createH(context.document);
  const { t, language } = context;
  const { policeDisclosure: police, e2ee } = verdicts;
  const block = (name: string, heading: string, sentence: string, value: string, note?: string) =>
    h(
      'div',
      { className: `verdict verdict-${name}`, data: { value } },
      h('h3', 'verdict-heading', heading),
      h('p', 'verdict-text', sentence),
      note && h('p', 'verdict-note', note),
    );
  return h(
    'div',
    'verdicts',
    block('police', t('verdict_police_heading'), policeSentence(context, police), police.value, police.note?.[language]),
    block('e2ee', t('verdict_e2ee_heading'), t(`verdict_e2ee_${snake(e2ee.value)}`), e2ee.value, e2ee.note?.[language]),
  );
}
