/** "Why am I seeing this?": the signals that made detection name the vendor, and where to report a wrong one. */
import type { Signal, SignalType } from '../detect/detect.ts';
import { createH } from '../shared/h.ts';
import type { CardContext } from './context.ts';
import { reportLink } from './links.ts';
import { snake } from './message-keys.ts';
import type { ProductView } from '../pipeline/view.ts';

/** The signals that name a vendor or a device (the others only ever reject a page). */
const SHOWN = ['line', 'brand', 'title-brand', 'kind', 'context', 'kit', 'security', 'app'] as const satisfies readonly SignalType[];
const shown = (signal: Signal): signal is Signal & { type: (typeof SHOWN)[number] } =>
  (SHOWN as readonly SignalType[]).includes(signal.type);

export function whySection(context: CardContext, view: ProductView): HTMLDetailsElement {
  const { t } = context;
  const h = createH(context.document);
  const report = reportLink(context, 'detection');
  return h(
    'details',
    'section why',
    h('summary', 'section-summary', t('why_summary')),
    h('p', 'note', t('why_intro')),
    h(
      'ul',
      'list',
      ...view.signals.filter(shown).map((signal) => h('li', 'signal', t(`signal_${snake(signal.type)}`, [signal.detail, view.vendorName]))),
    ),
    h('p', 'note', t('why_wrong'), ...(report ? [' ', report] : [])),
  );
}
