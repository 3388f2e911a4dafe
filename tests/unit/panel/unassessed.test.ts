import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../../src/dataset/bundled.ts';
import { summarizeVerdicts } from '../../../src/dataset/summary.ts';
import { createPanel, type PanelOptions, updatePanel, updateSignals } from '../../../src/panel/panel.ts';
import type { ProductView, UnassessedView } from '../../../src/pipeline/view.ts';
import { translator } from '../../support/i18n.ts';

function options(language: 'en' | 'de' = 'en', report?: PanelOptions['report']): PanelOptions {
  return {
    context: { t: translator(language), locale: language, language },
    version: '2026.11.23',
    reviewed: '2026-11-23',
    collapsed: false,
    onCollapse: () => undefined,
    onHideVendor: () => undefined,
    onHideUntilNew: () => undefined,
    onUndoHide: () => undefined,
    ...(report ? { report } : {}),
  };
}

const unassessed: UnassessedView = {
  vendor: 'unknown',
  kind: 'doorbell',
  brand: 'Acmecam',
  signals: [
    { type: 'kind', detail: 'Video Doorbell' },
    { type: 'security', detail: 'Security' },
  ],
};

function draw(view: UnassessedView | ProductView, panelOptions = options()) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const host = createPanel(document, view, panelOptions);
  document.body.append(host);
  const shadow = host.shadowRoot!;
  return {
    host,
    $: (selector: string) => shadow.querySelector<HTMLElement>(selector),
    $$: (selector: string) => [...shadow.querySelectorAll(selector)],
  };
}

describe('not-assessed panel', () => {
  test('grey, one line until opened, with the stable test contract (data-vendor="unknown")', () => {
    const { host, $, $$ } = draw(unassessed);
    expect([host.getAttribute('data-unwarranted'), host.getAttribute('data-vendor'), host.getAttribute('data-kind')]).toEqual([
      'panel',
      'unknown',
      'doorbell',
    ]);
    const t = translator('en');
    expect($('.panel')?.getAttribute('data-severity')).toBe('grey');
    expect($('.product')?.textContent).toBe('We have no record of Acmecam');
    expect($('.body')?.hidden).toBe(true);
    expect($('.toggle')?.getAttribute('aria-expanded')).toBe('false');
    // Inside, closed: the questions that matter before buying, and why it shows.
    expect($$('.unassessed-questions li').map((li) => li.textContent)).toEqual([
      t('panel_unassessed_local'),
      t('panel_unassessed_e2ee'),
      t('panel_unassessed_app'),
      t('panel_unassessed_storage'),
    ]);
    expect($('.why-line')?.textContent).toContain('“Video Doorbell”');
    // No verdicts, no hide buttons: there is no record to show or hide.
    expect($('.headline-text')).toBeNull();
    expect($('.hide')).toBeNull();
  });

  test('the shopper opens it (a click the page synthesises does not), and a new reading keeps it open', () => {
    const { host, $ } = draw(unassessed);
    const toggle = $('.toggle')!;
    const Event = toggle.ownerDocument.defaultView!.Event;
    toggle.dispatchEvent(new Event('click'));
    expect($('.body')?.hidden).toBe(true);
    const trusted = new Event('click');
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    toggle.dispatchEvent(trusted);
    expect($('.body')?.hidden).toBe(false);
    updateSignals(host, { ...unassessed, brand: 'Acmecam Pro' });
    expect($('.body')?.hidden).toBe(false);
    expect($('.product')?.textContent).toBe('We have no record of Acmecam Pro');
  });

  test('without a brand, in German, and with "Suggest this brand" where the build has a report address', () => {
    const noBrand: UnassessedView = { vendor: 'unknown', kind: unassessed.kind, signals: unassessed.signals };
    const asked: string[] = [];
    const { $ } = draw(
      noBrand,
      options('de', (vendor, about) => (asked.push(`${vendor} ${about}`), 'https://example.org/issues/new')),
    );
    expect($('.product')?.textContent).toBe('Zur Marke dieser Kamera haben wir keine Angaben');
    expect($('.report')?.textContent).toBe('Diese Marke vorschlagen');
    expect(asked).toEqual(['unknown suggest: ']);
    expect($('.panel')?.getAttribute('aria-label')).toBe(translator('de')('panel_unassessed_label'));
  });

  test('turns into a vendor panel in place when the page moves on to a known brand', () => {
    const ring = bundledDataset.vendors.find((vendor) => vendor.id === 'ring')!;
    const { host, $ } = draw(unassessed);
    updatePanel(host, { vendor: 'ring', vendorName: 'Ring', kind: 'doorbell', verdicts: summarizeVerdicts(ring), signals: [] }, options());
    expect(host.getAttribute('data-vendor')).toBe('ring');
    expect($('.headline-text')).not.toBeNull();
  });
});

describe('cloud platforms in the panel', () => {
  const platform = bundledDataset.vendors.find((vendor) => vendor.type === 'cloud-platform');
  test('the dataset has cloud platforms', () => {
    expect(platform).toBeDefined();
  });

  test('a cloud platform’s record says first that the camera uses its app and cloud', () => {
    const view: ProductView = {
      vendor: platform!.id,
      vendorName: platform!.name,
      kind: 'camera',
      verdicts: summarizeVerdicts(platform!),
      platform: { brand: 'Acmecam' },
      signals: [{ type: 'app', detail: 'CloudEdge' }],
    };
    const { host, $ } = draw(view);
    expect(host.getAttribute('data-vendor')).toBe(platform!.id);
    expect($('.platform-lead')?.textContent).toBe(translator('en')('panel_platform_lead_brand', [platform!.name, 'Acmecam']));
    updatePanel(host, { ...view, platform: {} }, options('de'));
    expect($('.platform-lead')?.textContent).toBe(translator('de')('panel_platform_lead', platform!.name));
  });

  test('a brand whose cameras use a cloud platform shows that platform’s headline too', () => {
    const ring = bundledDataset.vendors.find((vendor) => vendor.id === 'ring')!;
    const headline = summarizeVerdicts(platform!).headline;
    const { $ } = draw({
      vendor: 'ring',
      vendorName: 'Ring',
      kind: 'camera',
      verdicts: summarizeVerdicts(ring),
      cloudPlatforms: [{ id: platform!.id, name: platform!.name, headline }],
      signals: [],
    });
    expect($('.cloud-platform-lead')?.textContent).toBe(translator('en')('panel_cloud_platform', ['Ring', platform!.name]));
    expect($('.cloud-platform .headline-text')?.getAttribute('data-severity')).toBe(headline.severity);
    expect($('.platform-lead')).toBeNull();
  });
});
