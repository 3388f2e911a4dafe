/**
 * The "not assessed" panel: a clearly-security camera whose brand the dataset has no record of.
 * Grey and one line until the shopper opens it ("We have no record of Acmecam"), then the few
 * questions that matter before buying, a way to suggest the brand, and why it shows.
 */
import { createH } from '../shared/h.ts';
import type { UnassessedView } from '../pipeline/view.ts';
import { reportLink } from './links.ts';
import { cardContext, type PanelOptions, panels, trusted } from './panel-state.ts';

const QUESTIONS = ['panel_unassessed_local', 'panel_unassessed_e2ee', 'panel_unassessed_app', 'panel_unassessed_storage'] as const;

export function renderUnassessed(host: HTMLElement, view: UnassessedView, options: PanelOptions): void {
  const entry = panels.get(host);
  if (!entry) return;
  const context = cardContext(host, view, options);
  const { t } = context;
  const h = createH(host.ownerDocument);
  host.setAttribute('data-vendor', view.vendor);
  host.setAttribute('data-kind', view.kind);
  // Opened by the shopper on this page only; a re-render (another reading of the page) keeps it.
  const wasOpen = entry.unassessedOpen ?? false;

  const body = h('div', { className: 'body', id: 'unwarranted-body' });
  const toggle = h('button', {
    className: 'toggle',
    type: 'button',
    attrs: { 'aria-controls': 'unwarranted-body' },
    on: {
      click: (event) => {
        if (!trusted(event)) return;
        setOpen(body.hidden);
      },
    },
  });
  const setOpen = (open: boolean) => {
    body.hidden = !open;
    entry.unassessedOpen = open;
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = t(open ? 'panel_collapse' : 'panel_expand');
  };
  setOpen(wasOpen);

  const words = view.signals.find((signal) => signal.type === 'kind')?.detail ?? '';
  const suggest = reportLink(
    { ...context, report: (about) => options.report?.('unknown', about) },
    `suggest: ${view.brand ?? ''}`,
    'panel_unassessed_suggest',
  );
  body.append(
    h('p', 'note', t('panel_unassessed_intro')),
    h('ul', 'list unassessed-questions', ...QUESTIONS.map((key) => h('li', null, t(key)))),
    ...(suggest ? [h('p', 'note', suggest)] : []),
    h('p', 'note why-line', t('panel_unassessed_why', words)),
  );
  entry.root.replaceChildren(
    h(
      'section',
      { className: 'panel unassessed', data: { severity: 'grey' }, attrs: { 'aria-label': t('panel_unassessed_label') } },
      h(
        'div',
        'header',
        h(
          'div',
          'titles',
          h('p', 'brand', t('ext_name')),
          h('h2', 'product', view.brand ? t('panel_unassessed_headline', view.brand) : t('panel_unassessed_headline_no_brand')),
        ),
        toggle,
      ),
      body,
    ),
  );
  entry.options = options;
  delete entry.sections;
  delete entry.why;
  delete entry.verdicts;
}
