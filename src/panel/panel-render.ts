/**
 * Draws the panel into its shadow root: header with the collapse toggle, the card's headline,
 * verdicts and (still empty) sections, "Why am I seeing this?", the dataset line and the two ways
 * to hide the vendor.
 */
import { createH } from '../shared/h.ts';
import { showHidden } from './hidden-note.ts';
import { snake } from './message-keys.ts';
import type { ProductView } from '../pipeline/view.ts';
import { cardContext, fill, type PanelOptions, panels, trusted } from './panel-state.ts';
import { renderSections } from './sections.ts';
import { recordLine } from './vendor-card.ts';
import { renderHeadline, renderVerdicts } from './verdicts.ts';
import { renderLineFacts } from './line-facts.ts';
import { whySection } from './why-section.ts';

export function render(host: HTMLElement, view: ProductView, options: PanelOptions): void {
  const entry = panels.get(host);
  if (!entry) return;
  const context = cardContext(host, view, options);
  const { t } = context;
  const h = createH(host.ownerDocument);
  host.setAttribute('data-vendor', view.vendor);
  host.setAttribute('data-kind', view.kind);

  const body = h('div', { className: 'body', id: 'unwarranted-body' });
  const toggle = h('button', {
    className: 'toggle',
    type: 'button',
    attrs: { 'aria-controls': 'unwarranted-body' },
    on: {
      click: (event) => {
        if (!trusted(event)) return;
        const collapsed = !body.hidden;
        setCollapsed(collapsed);
        options.onCollapse(collapsed);
      },
    },
  });
  // What applies to this product leads; collapsed, the panel keeps only its headline.
  const line = view.line?.facts ? renderLineFacts(context, view.line.facts) : undefined;
  const setCollapsed = (collapsed: boolean) => {
    body.hidden = collapsed;
    if (line) line.hidden = collapsed;
    toggle.setAttribute('aria-expanded', String(!collapsed));
    toggle.textContent = t(collapsed ? 'panel_expand' : 'panel_collapse');
  };
  setCollapsed(options.collapsed);

  const hideButton = (key: 'panel_hide_vendor' | 'panel_hide_until_new', className: string, untilNew: boolean) =>
    h(
      'button',
      {
        className,
        type: 'button',
        on: {
          click: (event) => {
            if (!trusted(event)) return;
            if (untilNew) options.onHideUntilNew(view.vendor);
            else options.onHideVendor(view.vendor);
            showHidden(host, view, options, untilNew, () => {
              render(host, view, options);
            });
          },
        },
      },
      t(key, view.vendorName),
    );
  const sections = renderSections(context, true);
  const why = whySection(context, view);
  const freshNote = h('p', { className: 'fresh-note', hidden: true });
  const verdicts = renderVerdicts(context, view.verdicts);
  // A cloud platform's record: say first that the camera uses its app and cloud (and, where the
  // shop names a brand we have no record of, that what follows is not about that brand).
  const platformLead = view.platform
    ? h(
        'p',
        'platform-lead',
        view.platform.brand
          ? t('panel_platform_lead_brand', [view.vendorName, view.platform.brand])
          : t('panel_platform_lead', view.vendorName),
      )
    : undefined;
  // A brand whose cameras use a cloud platform: that platform's own headline, too.
  const cloudPlatforms = (view.cloudPlatforms ?? []).map((platform) =>
    h(
      'div',
      { className: 'cloud-platform', data: { platform: platform.id } },
      h(
        'p',
        'cloud-platform-lead',
        t(platform.some ? 'panel_cloud_platform_some' : 'panel_cloud_platform', [view.vendorName, platform.name]),
      ),
      renderHeadline(context, platform.name, { headline: platform.headline }),
    ),
  );
  body.append(
    ...cloudPlatforms,
    freshNote,
    verdicts,
    sections.root,
    why,
    h(
      'div',
      'footer',
      recordLine(context, options.version, options.reviewed),
      h('div', 'choices', hideButton('panel_hide_until_new', 'hide-until-new', true), hideButton('panel_hide_vendor', 'hide', false)),
    ),
  );

  entry.root.replaceChildren(
    h(
      'section',
      { className: 'panel', data: { severity: view.verdicts.headline.severity }, attrs: { 'aria-label': t('panel_label') } },
      h(
        'div',
        'header',
        h(
          'div',
          'titles',
          h('p', 'brand', t('ext_name')),
          h('h2', 'product', t('panel_headline', [view.vendorName, t(`kind_${snake(view.kind)}`)])),
        ),
        toggle,
      ),
      line,
      platformLead,
      renderHeadline(context, view.vendorName, view.verdicts),
      body,
    ),
  );
  Object.assign(entry, { sections, why, freshNote, verdicts, options });
  if (entry.facts?.vendor.id === view.vendor) fill(host, entry.facts, entry.fresh);
  else delete entry.fresh;
}
