/**
 * What applies to the recognised product line (src/panel/line-facts.ts): sentences in every
 * language, made from the facts alone, and the panel leading with them before the vendor's record.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../../src/dataset/bundled.ts';
import { LOCAL_MEDIA } from '../../../src/dataset/schema-ids.ts';
import { type LineSummary, summarizeLines, summarizeVerdicts } from '../../../src/dataset/summary.ts';
import { lineSentences } from '../../../src/panel/line-facts.ts';
import { createPanel, type PanelOptions } from '../../../src/panel/panel.ts';
import type { ProductView as PanelView } from '../../../src/pipeline/view.ts';
import { LANGUAGES, type Language } from '../../../src/shared/languages.ts';
import { translator } from '../../support/i18n.ts';

const context = (language: Language) => ({ t: translator(language), locale: language });

/** A Ring panel in a language, for a product line with or without facts of its own; its shadow root. */
function drawPanel(language: Language, collapsed: boolean, line: NonNullable<PanelView['line']>): ShadowRoot {
  const ring = bundledDataset.vendors.find((vendor) => vendor.id === 'ring')!;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const view: PanelView = { vendor: 'ring', vendorName: 'Ring', kind: 'camera', verdicts: summarizeVerdicts(ring), line, signals: [] };
  const host = createPanel(document, view, panelOptions(language, collapsed));
  document.body.append(host);
  return host.shadowRoot!;
}

/** Panel options with no-op callbacks, for drawing a panel in a language. */
const panelOptions = (language: Language, collapsed: boolean): PanelOptions => ({
  context: { t: translator(language), locale: language, language },
  version: '1',
  reviewed: '2026-12-02',
  collapsed,
  onCollapse: () => undefined,
  onHideVendor: () => undefined,
  onHideUntilNew: () => undefined,
  onUndoHide: () => undefined,
});

describe('line facts', () => {
  test('local recording lists every medium joined with "or"; an empty list says it cannot record without the cloud', () => {
    expect(lineSentences(context('en'), { local: ['microsd', 'nvr'] })).toEqual([
      'This model can record without the vendor’s cloud: to a microSD card or a network video recorder (NVR).',
    ]);
    expect(lineSentences(context('de'), { local: ['microsd', 'hub'] })).toEqual([
      'Dieses Modell kann ohne die Cloud des Herstellers aufzeichnen: auf eine microSD-Karte oder einen Hub.',
    ]);
    expect(lineSentences(context('en'), { local: [] })).toEqual(['This model cannot record without the vendor’s cloud.']);
    // Three or more are joined by Intl, in the language's own way.
    expect(lineSentences(context('de'), { local: ['microsd', 'hub', 'usb'] })).toEqual([
      'Dieses Modell kann ohne die Cloud des Herstellers aufzeichnen: auf eine microSD-Karte, einen Hub oder ein USB-Laufwerk.',
    ]);
  });

  test('every fact of every value has its sentence in every language, in a fixed order', () => {
    for (const language of LANGUAGES) {
      const all = lineSentences(context(language), {
        local: [...LOCAL_MEDIA],
        platforms: ['homekit-secure-video'],
        e2ee: 'opt-in',
        subscription: 'yes',
        matter: 'announced',
      });
      expect(all).toHaveLength(5);
      for (const sentence of all) expect(sentence).not.toMatch(/\$|line_/);
      for (const e2ee of ['default', 'opt-in', 'not-offered'] as const) expect(lineSentences(context(language), { e2ee })).toHaveLength(1);
      for (const subscription of ['yes', 'no'] as const) expect(lineSentences(context(language), { subscription })).toHaveLength(1);
      for (const matter of ['yes', 'announced'] as const) expect(lineSentences(context(language), { matter })).toHaveLength(1);
    }
    expect(lineSentences(context('en'), { platforms: ['homekit-secure-video'] })[0]).toMatch(
      /^This model works with Apple HomeKit Secure Video/,
    );
  });

  test('the summary carries only lines with facts, with the facts it has', () => {
    const vendor = structuredClone(bundledDataset.vendors[0]!);
    vendor.recognition.lines = [
      { name: 'A', kind: 'camera', match: ['a cam'], facts: { localRecording: ['microsd'], subscriptionToRecord: 'no', claims: ['x'] } },
      { name: 'B', kind: 'camera', match: ['b cam'] },
    ];
    expect(summarizeLines(vendor)).toEqual({ A: { local: ['microsd'], subscription: 'no' } });
    vendor.recognition.lines = [vendor.recognition.lines[1]!];
    expect(summarizeLines(vendor)).toBeUndefined();
  });

  test.each(LANGUAGES)(
    'the panel leads with the product’s facts, before the vendor’s headline, and folds them when collapsed (%s)',
    (language) => {
      const facts = { subscription: 'yes', local: [] } satisfies LineSummary;
      const shadow = drawPanel(language, false, { name: 'Stick Up Cam', facts });
      const block = shadow.querySelector<HTMLElement>('.line-facts')!;
      expect(block.querySelector('.line-facts-heading')?.textContent).toBe(translator(language)('line_facts_heading'));
      expect([...block.querySelectorAll('li')].map((item) => item.textContent)).toEqual(lineSentences(context(language), facts));
      const panel = shadow.querySelector('.panel')!;
      const order = [...panel.children].map((child) => child.className);
      expect(order.indexOf('line-facts')).toBeLessThan(order.indexOf('headline-text'));
      expect(order.indexOf('line-facts')).toBeGreaterThan(order.indexOf('header'));
      expect(block.hidden).toBe(false);
      expect(drawPanel(language, true, { name: 'Stick Up Cam', facts }).querySelector<HTMLElement>('.line-facts')!.hidden).toBe(true);
    },
  );

  test('no block where the line has no facts of its own', () => {
    expect(drawPanel('en', false, { name: 'Stick Up Cam' }).querySelector('.line-facts')).toBeNull();
  });
});
