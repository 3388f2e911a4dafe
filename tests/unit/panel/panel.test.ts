/**
 * The panel's DOM in Node (linkedom): the host contract the content script and the pages' own
 * checks rely on, text-only content, the message of every kind and signal, lazily filled sections,
 * and clicks the page synthesises. Looks and layout: tests/e2e/panel.test.ts.
 */
import type { Language } from '../../../src/shared/languages.ts';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../../src/dataset/bundled.ts';
import { vendorFacts } from '../../../src/dataset/facts.ts';
import type { Kind } from '../../../src/dataset/schema.ts';
import { summarizeVerdicts, withNotesLater } from '../../../src/dataset/summary.ts';
import type { SignalType } from '../../../src/detect/detect.ts';
import type { ProductView as PanelView } from '../../../src/pipeline/view.ts';
import {
  createPanel,
  PANEL_ATTRIBUTE,
  type PanelOptions,
  showError,
  showFacts,
  updatePanel,
  updateSignals,
} from '../../../src/panel/panel.ts';
import { translator } from '../../support/i18n.ts';
import { inEveryLanguage } from '../../support/localized.ts';

/** Every kind, checked complete by its type. */
const KINDS = Object.keys({
  doorbell: 0,
  camera: 0,
  floodlight: 0,
  'baby-monitor': 0,
  'pet-camera': 0,
  'smart-display': 0,
  kit: 0,
} satisfies Record<Kind, 0>) as Kind[];
const t = translator('en');
const ring = bundledDataset.vendors.find((vendor) => vendor.id === 'ring')!;

function setup(overrides: Partial<PanelView> = {}) {
  const window = parseHTML('<!doctype html><html><body></body></html>');
  const calls: string[] = [];
  const options: PanelOptions = {
    context: { t: translator('en'), locale: 'en', language: 'en' },
    version: '2026.11.23',
    reviewed: '2026-11-23',
    collapsed: false,
    onCollapse: (collapsed) => calls.push(`collapse ${String(collapsed)}`),
    onHideVendor: (vendor) => calls.push(`hide ${vendor}`),
    onHideUntilNew: (vendor) => calls.push(`hide-until-new ${vendor}`),
    onUndoHide: (vendor) => calls.push(`undo ${vendor}`),
  };
  const view: PanelView = {
    vendor: 'ring',
    vendorName: 'Ring',
    kind: 'doorbell',
    verdicts: summarizeVerdicts(ring),
    signals: [{ type: 'line', detail: 'ring video doorbell' }],
    ...overrides,
  };
  const host = createPanel(window.document, view, options);
  window.document.body.append(host);
  const shadow = host.shadowRoot!;
  return { window, host, shadow, view, options, calls, $: (selector: string) => shadow.querySelector<HTMLElement>(selector) };
}

describe('panel', () => {
  test('one host element, `data-unwarranted="panel"` with vendor and kind, its content in an open shadow root', () => {
    const { window, host, shadow, $ } = setup();
    expect(PANEL_ATTRIBUTE).toBe('data-unwarranted');
    expect(window.document.querySelectorAll('[data-unwarranted]').length).toBe(1);
    expect([host.getAttribute('data-unwarranted'), host.getAttribute('data-vendor'), host.getAttribute('data-kind')]).toEqual([
      'panel',
      'ring',
      'doorbell',
    ]);
    expect(host.children.length).toBe(0);
    expect(shadow.querySelector('style')).not.toBeNull();
    expect($('.panel')?.getAttribute('data-severity')).toBe('red');
    expect($('.panel')?.getAttribute('aria-label')).toBe(t('panel_label'));
    expect($('.product')?.textContent).toBe(t('panel_headline', ['Ring', t('kind_doorbell')]));
    expect($('.headline-text')?.getAttribute('data-severity')).toBe('red');
    expect($('.toggle')?.getAttribute('aria-controls')).toBe('unwarranted-body');
    expect($('.toggle')?.getAttribute('aria-expanded')).toBe('true');
    expect($('#unwarranted-body')?.hidden).toBe(false);
    expect($('.fresh-note')?.hidden).toBe(true);
    expect([...shadow.querySelectorAll('.section-summary')].map((summary) => summary.textContent)).toHaveLength(5);
  });

  test('every kind and every verdict value has its message (keys built from the values)', () => {
    for (const kind of KINDS) {
      const { $ } = setup({ kind });
      expect($('.product')?.textContent).toBe(t('panel_headline', ['Ring', t(`kind_${kind.replace(/-/g, '_')}` as 'kind_camera')]));
    }
    const verdicts = (
      police: 'no-known-case' | 'unknown',
      warrant: boolean,
      e2ee: 'not-offered' | 'unknown',
      note?: Record<Language, string>,
    ) =>
      setup({
        verdicts: {
          headline: { severity: 'amber', reason: 'no-e2ee' },
          policeDisclosure: { value: police, warrant, cases: [], ...(note ? { note } : {}) },
          e2ee: { value: e2ee, ...(note ? { note } : {}) },
        },
      }).$;
    const warrant = verdicts('no-known-case', true, 'not-offered');
    expect(warrant('.verdict-police .verdict-text')?.textContent).toBe(t('verdict_police_no_known_case'));
    expect(warrant('.verdict-e2ee .verdict-text')?.textContent).toBe(t('verdict_e2ee_not_offered'));
    expect(warrant('.headline-text')?.textContent).toBe(t('headline_no_e2ee', 'Ring'));
    // A policy that names a legal request, not a warrant, is never read as requiring a warrant.
    expect(verdicts('no-known-case', false, 'not-offered')('.verdict-police .verdict-text')?.textContent).toBe(
      t('verdict_police_no_known_case_request'),
    );
    // "Unknown" with a note says what is known in the note, not "we found no reliable information" above it.
    const noted = verdicts('unknown', false, 'unknown', inEveryLanguage('Statements conflict.'));
    expect(noted('.verdict-police .verdict-text')?.textContent).toBe(t('verdict_unknown_noted'));
    expect(noted('.verdict-e2ee .verdict-text')?.textContent).toBe(t('verdict_unknown_noted'));
    expect(noted('.verdict-e2ee .verdict-note')?.textContent).toBe('Statements conflict.');
    expect(verdicts('unknown', false, 'unknown')('.verdict-e2ee .verdict-text')?.textContent).toBe(t('verdict_e2ee_unknown'));
  });

  test('"why": the signals that name a vendor, in order; rejecting signals are never listed', () => {
    const types: SignalType[] = ['brand', 'title-brand', 'line', 'kind', 'context', 'kit', 'not-camera'];
    const { $, shadow } = setup({ signals: types.map((type) => ({ type, detail: `<b>${type}</b>` })) });
    const items = [...shadow.querySelectorAll('.why .signal')].map((item) => item.textContent);
    expect(items).toHaveLength(6);
    expect(items[1]).toContain('<b>title-brand</b>');
    expect($('.why b')).toBeNull();
  });

  test('updateSignals replaces only "why", open or not', () => {
    const { host, shadow, view, $ } = setup();
    const why = $('.why') as HTMLDetailsElement;
    why.open = true;
    const body = $('.body');
    updateSignals(host, { ...view, signals: [...view.signals, { type: 'kind', detail: 'doorbell' }] });
    expect(shadow.querySelectorAll('.why .signal').length).toBe(2);
    expect(($('.why') as HTMLDetailsElement).open).toBe(true);
    expect($('.body')).toBe(body);
  });

  test('sections: closed and "loading" until the facts come, filled when opened, an error when none come', () => {
    const { window, host, shadow, $ } = setup();
    expect($('.section-incidents .section-body')?.textContent).toBe(t('panel_loading'));
    showFacts(host, vendorFacts(bundledDataset, 'ring')!);
    const incidents = $('.section-incidents') as HTMLDetailsElement;
    // Built only when opened (lazy): formatting dates costs a shop page its locale data.
    expect(incidents.querySelector('.claim')).toBeNull();
    incidents.open = true;
    incidents.dispatchEvent(new window.Event('toggle'));
    expect(incidents.querySelector('.claim')).not.toBeNull();
    showError(host);
    expect(shadow.querySelector('.section-programmes .section-body')?.textContent).toBe(t('panel_error'));
  });

  test('notes the content script only announces (`later`) sit closed under "More on this" and fill in with the facts', () => {
    const ringFacts = vendorFacts(bundledDataset, 'ring')!;
    const { host, $ } = setup({ verdicts: withNotesLater(summarizeVerdicts(ring)) });
    const more = $('.verdict-police .verdict-more') as HTMLDetailsElement;
    expect(more.hasAttribute('open')).toBe(false);
    expect(more.querySelector('.verdict-more-summary')?.textContent).toBe(t('verdict_more'));
    expect($('.verdict-police .verdict-note')?.textContent).toBe(t('panel_loading'));
    showFacts(host, ringFacts);
    expect($('.verdict-police .verdict-note')?.textContent).toBe(ringFacts.vendor.verdicts.policeDisclosure.note?.en);
    // A note the facts no longer have goes away with its disclosure.
    const { host: other, $: $other } = setup({ verdicts: withNotesLater(summarizeVerdicts(ring)) });
    const bare = structuredClone(ringFacts);
    delete bare.vendor.verdicts.policeDisclosure.note;
    showFacts(other, bare);
    expect($other('.verdict-police .verdict-more')).toBeNull();
  });

  test('another product in the same panel keeps the facts only for the same vendor', () => {
    const { host, view, options, $ } = setup();
    showFacts(host, vendorFacts(bundledDataset, 'ring')!, new Set(['ring-ftc-2023-settlement']));
    expect($('.fresh-note')?.hidden).toBe(false);
    updatePanel(host, { ...view, kind: 'camera' }, options);
    expect(host.getAttribute('data-kind')).toBe('camera');
    expect($('.fresh-note')?.textContent).toContain('Ring');
    updatePanel(host, { ...view, vendor: 'arlo', vendorName: 'Arlo' }, options);
    expect($('.fresh-note')?.hidden).toBe(true);
  });

  test('clicks the page synthesises change no setting', () => {
    const { calls, $ } = setup();
    $('.toggle')?.click();
    $('.hide')?.click();
    $('.hide-until-new')?.click();
    expect(calls).toEqual([]);
    expect($('.panel')).not.toBeNull();
  });
});
