import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../src/dataset/bundled';
import type { Vendor } from '../../src/dataset/schema';
import { formatPartialDate, formatPeriod } from '../../src/panel/format';
import { renderVendorCard, severity, type VendorFacts } from '../../src/panel/vendor-card';
import { translator } from '../support/i18n';

/** Intl puts thin spaces around range dashes; compare with plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');

const facts = (id: string): VendorFacts => ({
  vendor: bundledDataset.vendors.find((vendor) => vendor.id === id)!,
  general: bundledDataset.general,
  version: bundledDataset.version,
  reviewed: bundledDataset.reviewed,
});

function render(id: string, language: 'en' | 'de', vendor?: Vendor) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const data = vendor ? { ...facts(id), vendor } : facts(id);
  const card = renderVendorCard({ document, t: translator(language), locale: language, language }, data);
  document.body.append(card);
  return card;
}

describe('vendor card', () => {
  test('Ring: documented US disclosures with count and period, the disputed German report, E2EE opt-in', () => {
    const card = render('ring', 'en');
    expect(card.getAttribute('data-severity')).toBe('red');
    expect(plain(card.querySelector('.verdict-police .verdict-text')?.textContent)).toBe(
      'Documented: United States: 11 times (Jan – Jul 2022); Germany: reported, number not disclosed (2022) (disputed).',
    );
    expect(card.querySelector('.verdict-e2ee .verdict-text')?.textContent).toBe('Off by default; you can turn it on.');
  });

  test('in German, with German claim texts and dates', () => {
    const card = render('ring', 'de');
    expect(card.querySelector('.verdict-police .verdict-text')?.textContent).toContain('Vereinigte Staaten: 11-mal');
    expect(card.textContent).toMatch(/Brief an US-Senator Ed Markey/);
    expect(card.querySelector('.meta')?.textContent).toBe('Datensatz 2026.11.23, geprüft am 23. Nov. 2026');
  });

  test('every source is an https link opening in a new tab without referrer', () => {
    const links = [...render('ring', 'en').querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(15);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  test('data is inserted as text: markup in a claim stays text', () => {
    const ring = structuredClone(facts('ring').vendor);
    ring.claims[0]!.summary.en = '<img src=x onerror="alert(1)">';
    const card = render('ring', 'en', ring);
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  test('a vendor with nothing known reads "unknown" and is grey', () => {
    const blank = structuredClone(facts('ring').vendor);
    for (const verdict of Object.values(blank.verdicts)) verdict.value = 'unknown';
    blank.verdicts.policeDisclosure.cases = [];
    expect(severity(blank.verdicts)).toBe('grey');
    expect(render('ring', 'en', blank).querySelector('.verdict-police .verdict-text')?.textContent).toBe(
      'Unknown: we found no reliable information.',
    );
  });
});

test('severity: red for documented cases, amber for policy or no default E2EE, green only with both good', () => {
  const base = structuredClone(facts('ring').vendor.verdicts);
  base.policeDisclosure.value = 'no-known-case';
  base.e2ee.value = 'default';
  expect(severity(base)).toBe('green');
  expect(severity({ ...base, e2ee: { ...base.e2ee, value: 'not-offered' } })).toBe('amber');
  expect(severity({ ...base, policeDisclosure: { ...base.policeDisclosure, value: 'policy-allows' } })).toBe('amber');
  expect(severity({ ...base, policeDisclosure: { ...base.policeDisclosure, value: 'documented' } })).toBe('red');
});

test('partial dates and periods are formatted per locale', () => {
  expect(formatPartialDate('2022-07-01', 'en')).toBe('Jul 1, 2022');
  expect(formatPartialDate('2022-07-01', 'de')).toBe('1. Juli 2022');
  expect(formatPartialDate('2022-09', 'de')).toBe('Sept. 2022');
  expect(formatPartialDate('2022', 'en')).toBe('2022');
  expect(plain(formatPeriod('2022-01', '2022-07', 'en'))).toBe('Jan – Jul 2022');
  expect(formatPeriod('2021', '2024', 'en')).toBe('2021 – 2024');
});
