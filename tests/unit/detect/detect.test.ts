import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { detect, type ProductSignals } from '../../../src/detect/detect.ts';
import { dataset, matcher } from '../../support/detect-page.ts';
import { FIXTURES_DIR } from '../../support/fixtures.ts';

const VENDOR_ALIASES: Record<string, string> = { tapo: 'tp-link', dlink: 'd-link' };
const KNOWN = new Set(matcher.vendors.keys() as Iterable<string>);

function verdict(input: ProductSignals): string {
  const { detection, unassessed } = detect(input, matcher);
  return detection ? `${detection.vendor}/${detection.kind}` : unassessed ? `not-assessed/${unassessed.kind}` : 'none';
}

describe('real product titles (tests/fixtures/titles.tsv)', () => {
  const rows = readFileSync(join(FIXTURES_DIR, 'titles.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t') as [string, string, string]);

  test('no panel, not even the not-assessed one, on any not-camera title', () => {
    const wrong = rows.filter(([title, label]) => label === 'not-camera' && verdict({ title }) !== 'none');
    expect(wrong.map(([title]) => `${title} → ${verdict({ title })}`)).toEqual([]);
  });

  test('every camera of a vendor in the dataset is found, with the right vendor', () => {
    const cameras = rows.filter(([, label, vendor]) => label === 'camera' && KNOWN.has(VENDOR_ALIASES[vendor] ?? vendor));
    expect(cameras.length).toBeGreaterThan(30);
    const wrong = cameras.filter(([title, , vendor]) => !verdict({ title }).startsWith(`${VENDOR_ALIASES[vendor] ?? vendor}/`));
    expect(wrong.map(([title]) => `${title} → ${verdict({ title })}`)).toEqual([]);
  });

  test('every camera of a brand we have no record of gets the not-assessed panel', () => {
    const cameras = rows.filter(([, label, vendor]) => label === 'camera' && !KNOWN.has(VENDOR_ALIASES[vendor] ?? vendor));
    expect(cameras.length).toBeGreaterThan(8);
    const wrong = cameras.filter(([title]) => !verdict({ title }).startsWith('not-assessed/'));
    expect(wrong.map(([title]) => `${title} → ${verdict({ title })}`)).toEqual([]);
  });
});

describe('cameras of brands we have no record of', () => {
  test.each([
    ['Outdoor Security Camera, 2K WiFi Camera with Night Vision', 'Visit the Acmecam Store', 'not-assessed/camera', 'Acmecam'],
    ['Wireless Video Doorbell Camera with Chime, Battery Powered', 'Brand: Doorly', 'not-assessed/doorbell', 'Doorly'],
    ['Video Baby Monitor with Camera and Audio, 5" Display', undefined, 'not-assessed/baby-monitor', undefined],
    ['Überwachungskamera Aussen WLAN, 2K Kamera mit Bewegungserkennung', 'Marke: Kamerox', 'not-assessed/camera', 'Kamerox'],
    ['Babyphone mit Kamera, Video Babyphone 1080P', 'Marke: Bebelino', 'not-assessed/baby-monitor', 'Bebelino'],
    ['Caméra Surveillance WiFi Intérieur, Caméra IP 1080P', undefined, 'not-assessed/camera', undefined],
    ['8CH NVR Security Camera System with 4 PoE Cameras', undefined, 'not-assessed/kit', undefined],
  ])('%s (%s) → %s', (title, brand, expected, shownBrand) => {
    expect(verdict({ title, brand })).toBe(expected);
    expect(detect({ title, brand }, matcher).unassessed?.brand).toBe(shownBrand);
  });

  // Stricter than detection with a vendor: cameras that are no security cameras, chimes without a
  // camera, audio-only baby monitors, accessories, mounts, and cameras named only as what a product is for.
  test.each([
    ['4K Digital Camera for Photography, 48MP Vlogging Camera with WiFi'],
    ['1080P Webcam with Microphone for PC'],
    ['Dash Cam Front and Rear, 4K WiFi Car Camera'],
    ['Dummy Security Camera with Flashing Light'],
    ['Wireless Doorbell, Waterproof Door Chime with 52 Melodies'],
    ['Audio Baby Monitor with Night Light and Two Way Talk'],
    ['Security Camera Mount, Wall Bracket for Outdoor Cameras'],
    ['Solar Panel for Security Camera, 5W USB-C'],
    ['Security Camera Sign, Video Surveillance Warning Sticker'],
    ['Kids Camera, Digital Camera for Children with Video'],
    ['LED Ring Light with Tripod for Camera and Phone'],
    ['27 Inch Computer Monitor, IPS, 75Hz'],
    ['Action Camera 4K Waterproof with WiFi and Remote'],
    ['Trail Camera with Night Vision and Motion Detection'],
    ['Mini Spy Camera, Hidden Camera with Motion Detection'],
    ['Camera Lens Cleaning Kit'],
    ['Smart Lock with Keypad, Works with Security Cameras'],
  ])('%s → none', (title) => {
    expect(verdict({ title })).toBe('none');
  });

  test('a known brand that names no vendor by itself gets no not-assessed panel', () => {
    expect(verdict({ title: 'Google Security Camera Outdoor', brand: 'Visit the Google Store' })).toBe('none');
  });
});

describe('rules', () => {
  test.each([
    ['Ring Battery Doorbell Plus', 'Visit the Ring Store', 'ring/doorbell'],
    ['Ring Akku-Videotürklingel Plus', 'Besuche den Ring-Store', 'ring/doorbell'],
    ['Ring Stick Up Cam Battery', 'Marke: Ring', 'ring/camera'],
    ['Ring Floodlight Cam Wired Plus', undefined, 'ring/floodlight'],
    ['Echo Show 8 (3rd Gen)', 'Visit the Amazon Store', 'amazon/smart-display'],
    ['Google Nest Hub Max', 'Visit the Google Store', 'nest/smart-display'],
    ['Furbo 360° Dog Camera', undefined, 'furbo/pet-camera'],
    ['Petcube Cam 360', 'Visit the Petcube Store', 'petcube/pet-camera'],
    ['eufy Security SoloCam S340', undefined, 'eufy/camera'],
    ['Überwachungskamera Aussen WLAN mit Nachtsicht', 'Marke: Reolink', 'reolink/camera'],
    ['Tapo C210 Caméra Surveillance WiFi', 'Visiter la boutique TP-Link', 'tp-link/camera'],
    ['REOLINK 4K Überwachungskamera Set, 8 Kanal NVR mit 4 Kameras', 'Marke: REOLINK', 'reolink/kit'],
  ])('%s (%s) → %s', (title, brand, expected) => {
    expect(verdict({ title, brand })).toBe(expected);
  });

  test.each([
    ['Ring Chime Pro', 'Visit the Ring Store', 'no-device'],
    ['Solar Panel for Ring Stick Up Cam Battery', 'Visit the Wasserstein Store', 'no-vendor'],
    ['Ring Solar Panel for Stick Up Cam Battery', 'Visit the Ring Store', 'for'],
    ['Video Doorbell Mount for Ring Video Doorbell 4', 'Brand: HOLACA', 'no-vendor'],
    ['Smart Lock with Keypad, Works with Ring Video Doorbell', 'Brand: Lockly', 'no-vendor'],
    ['Ring Video Doorbell Pro 2 Faceplate', 'Brand: Ring', 'accessory'],
    ['Halterung kompatibel mit Blink Outdoor 4', 'Marke: Blink', 'no-device'],
    ['Blink Sync Module 2', 'Visit the Blink Store', 'no-device'],
    ['Google Pixel 9 Pro – 50 MP camera', 'Visit the Google Store', 'no-vendor'],
    ['Xiaomi Redmi Note 13 Pro, 200MP camera', 'Visit the Xiaomi Store', 'not-ours'],
    ['Logitech C920 HD Pro Webcam', 'Visit the Logitech Store', 'not-camera'],
    ['Bosch Professional Inspektionskamera GIC 120 C', 'Marke: Bosch Professional', 'not-camera'],
    ['Nest Learning Thermostat (3rd Gen)', 'Visit the Google Store', 'no-device'],
    ['Selfie Ring Light with Tripod Stand for camera', 'Brand: UBeesize', 'not-camera'],
    ['', 'Visit the Ring Store', 'no-title'],
  ])('%s (%s): no panel, %s', (title, brand, rule) => {
    const decision = detect({ title, brand }, matcher);
    expect(decision.detection).toBeNull();
    expect(decision.signals.at(-1)?.type).toBe(rule);
  });

  test('a product line before "for" decides; one after it does not', () => {
    expect(verdict({ title: 'Ring Video Doorbell for front doors' })).toBe('ring/doorbell');
    expect(verdict({ title: 'Cover for Ring Video Doorbell' })).toBe('none');
  });

  test.each([
    ['Ring Battery Video Doorbell Plus', 'Ring Battery Video Doorbell'],
    ['Ring Wired Video Doorbell Pro', 'Ring Wired Video Doorbell'],
    ['Tapo TP-Link C200 WLAN IP Kamera Überwachungskamera Innen', 'Tapo TP-Link C200'],
    ['Tapo TP-Link D225 Video Doorbell', 'Tapo TP-Link D225'],
  ])('names the product line in "%s"', (title, printed) => {
    const { signals } = detect({ title }, matcher);
    expect(signals.find((signal) => signal.type === 'line')?.detail).toBe(printed);
  });

  test('the model field names the line when the title does not', () => {
    expect(verdict({ title: 'Kabellose Überwachungskamera, 1080p', brand: 'Marke: Blink', model: 'Blink Outdoor' })).toBe('blink/camera');
  });

  test('a shop category of accessories is believed', () => {
    expect(verdict({ title: 'Ring Stick Up Cam Skin', categories: ['Electronics', 'Accessories'] })).toBe('none');
  });

  test('explains a positive decision with the signals that fired', () => {
    const { signals } = detect({ title: 'Ring Video Doorbell (2nd Gen)', brand: 'Visit the Ring Store' }, matcher);
    expect(signals).toEqual([
      { type: 'line', detail: 'Ring Video Doorbell' },
      { type: 'brand', detail: 'Ring' },
      { type: 'kind', detail: 'Video Doorbell' },
    ]);
  });

  test('explanations keep the shop spelling and never call a product line a device word', () => {
    const { signals } = detect({ title: 'Tapo C200 Pan/Tilt Home Security Wi-Fi Camera', brand: 'Visit the TP-Link Store' }, matcher);
    expect(signals.find((signal) => signal.type === 'brand')?.detail).toBe('TP-Link');
    expect(signals.find((signal) => signal.type === 'line')?.detail).toBe('Tapo C200');
    expect(signals.filter((signal) => signal.type === 'kind').map((signal) => signal.detail)).toEqual(['Camera']);
  });

  test('is bounded on a huge title', () => {
    const title = `Ring Video Doorbell ${'x '.repeat(500_000)}`;
    expect(verdict({ title })).toBe('ring/doorbell');
  });
});

test('the matcher shipped to the content script (packed at build time) decides exactly like a compiled one', async () => {
  const { compileMatcherData, loadMatcher } = await import('../../../src/detect/matcher.ts');
  const packed = compileMatcherData(dataset.vendors);
  const shipped = loadMatcher(JSON.parse(JSON.stringify(packed)) as typeof packed);
  const rows = readFileSync(join(FIXTURES_DIR, 'titles.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0]!);
  for (const title of rows) expect(detect({ title }, shipped)).toEqual(detect({ title }, matcher));
});
