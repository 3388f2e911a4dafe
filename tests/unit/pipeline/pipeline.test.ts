/**
 * The pipeline (src/pipeline/decide.ts) stage by stage, on small pages in Node (linkedom), with the
 * data the build makes: where it stops, what it hands on, and that the content data and matcher
 * are loaded only for a page that passes the vendor-word gate.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test, vi } from 'vitest';
import { contentData } from '../../../build/content-data.ts';
import { lazyPipelineData } from '../../../src/pipeline/data.ts';
import { decidePage, sawVendor } from '../../../src/pipeline/decide.ts';
import { dataset } from '../../support/detect-page.ts';

const built = contentData(dataset);
const AMAZON = new URL('https://www.amazon.com/dp/B08N5NQ869');

/** Fresh lazy data per test, with spies on what it loads. */
function spiedData() {
  const load = vi.fn(() => built.data);
  const data = lazyPipelineData(built.gate, load);
  const gate = vi.spyOn(data, 'gate');
  return { data, load, gate };
}

function amazonPage(title: string | undefined, byline?: string): Document {
  const html = `<html><head></head><body><div id="centerCol"><div id="titleSection">${title === undefined ? '' : `<span id="productTitle">${title}</span>`}</div>${byline ? `<a id="bylineInfo">${byline}</a>` : ''}</div></body></html>`;
  return parseHTML(html).document;
}

describe('decidePage: page → shop spec → signals → vendor-word gate → detection → view', () => {
  test('no shop: a URL that is no product page of a supported shop reads nothing', () => {
    const { data, load, gate } = spiedData();
    const document = amazonPage('Ring Video Doorbell', 'Visit the Ring Store');
    expect(decidePage({ url: new URL('https://www.amazon.com/s?k=ring'), document }, data)).toEqual({ stage: 'no-shop' });
    expect(decidePage({ url: new URL('http://www.amazon.com/dp/B08N5NQ869'), document }, data).stage).toBe('no-shop');
    expect(decidePage({ url: new URL('https://example.com/dp/B08N5NQ869'), document }, data).stage).toBe('no-shop');
    expect(gate).not.toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
  });

  test('shop switched off: the page is not read', () => {
    const { data, load } = spiedData();
    const page = decidePage({ url: AMAZON, document: amazonPage('Ring Video Doorbell', 'Visit the Ring Store') }, data, {
      disabledShops: ['amazon'],
    });
    expect(page).toMatchObject({ stage: 'shop-off', shop: { id: 'amazon' } });
    expect('signals' in page).toBe(false);
    expect(load).not.toHaveBeenCalled();
    // Another shop switched off changes nothing here.
    expect(
      decidePage({ url: AMAZON, document: amazonPage('Ring Video Doorbell', 'Visit the Ring Store') }, data, { disabledShops: ['otto'] })
        .stage,
    ).toBe('view');
  });

  test('no product title', () => {
    const { data, load } = spiedData();
    expect(decidePage({ url: AMAZON, document: amazonPage(undefined) }, data)).toMatchObject({ stage: 'no-title', shop: { id: 'amazon' } });
    expect(load).not.toHaveBeenCalled();
  });

  test('the gate: a page that names no vendor word never loads the content data or the matcher', () => {
    const { data, load, gate } = spiedData();
    const page = decidePage(
      { url: AMAZON, document: amazonPage('Gorilla Black Duct Tape, 1.88" x 12 yd, Black', 'Visit the Gorilla Store') },
      data,
    );
    expect(page).toMatchObject({ stage: 'gate', signals: { title: 'Gorilla Black Duct Tape, 1.88" x 12 yd, Black' } });
    expect(sawVendor(page)).toBe(false);
    expect(gate).toHaveBeenCalled();
    expect(load).not.toHaveBeenCalled();
  });

  test('detection said no: the decision says why, and no view', () => {
    const { data, load } = spiedData();
    const page = decidePage(
      { url: AMAZON, document: amazonPage('Wall Mount for Ring Video Doorbell, Black', 'Visit the Wasserstein Store') },
      data,
    );
    expect(page.stage).toBe('no-detection');
    if (page.stage !== 'no-detection') return;
    expect(page.decision.detection).toBeNull();
    expect(page.decision.signals.length).toBeGreaterThan(0);
    expect('view' in page).toBe(false);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a view: vendor, name, kind, headline verdicts, the product line and the signals that fired', () => {
    const { data, load } = spiedData();
    const page = decidePage(
      { url: AMAZON, document: amazonPage('Ring Video Doorbell – 1080p HD video, improved motion detection', 'Visit the Ring Store') },
      data,
    );
    expect(page.stage).toBe('view');
    if (page.stage !== 'view') return;
    const ring = built.data.vendors.find((vendor) => vendor.id === 'ring')!;
    expect(page.view).toEqual({
      vendor: 'ring',
      vendorName: ring.name,
      kind: 'doorbell',
      verdicts: ring.verdicts,
      line: { name: 'Video Doorbell', ...(ring.lines?.['Video Doorbell'] ? { facts: ring.lines['Video Doorbell'] } : {}) },
      signals: page.decision.signals,
    });
    expect(page.decision.detection).toMatchObject({ vendor: 'ring', kind: 'doorbell', line: 'Video Doorbell' });
    expect(page.shop.id).toBe('amazon');
    expect(sawVendor(page)).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('the data is made once: the start words on the first look, the content data on the first page past the gate', () => {
    const { data, load } = spiedData();
    const parse = vi.spyOn(JSON, 'parse');
    const gate = data.gate();
    expect(data.gate()).toBe(gate);
    for (let i = 0; i < 3; i += 1) decidePage({ url: AMAZON, document: amazonPage('Gorilla Tape', 'Visit the Gorilla Store') }, data);
    expect(load).not.toHaveBeenCalled();
    for (let i = 0; i < 3; i += 1) decidePage({ url: AMAZON, document: amazonPage('Ring Video Doorbell', 'Visit the Ring Store') }, data);
    expect(load).toHaveBeenCalledTimes(1);
    expect(data.recognition()).toBe(data.recognition());
    parse.mockRestore();
  });
});
