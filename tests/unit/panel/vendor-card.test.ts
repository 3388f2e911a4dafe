import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../../src/dataset/bundled.ts';
import { vendorFacts } from '../../../src/dataset/facts.ts';
import { CLAIM_TOPICS, type Vendor } from '../../../src/dataset/schema.ts';
import { summarizeVerdicts } from '../../../src/dataset/summary.ts';
import { formatPartialDate, formatPeriod } from '../../../src/shared/format.ts';
import { claimPlaces, renderSections, renderVendorCard, TOPIC_GROUPS } from '../../../src/panel/vendor-card.ts';
import { translator } from '../../support/i18n.ts';

/** Intl puts thin spaces around range dashes; compare with plain spaces. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');
const vendor = (id: string) => bundledDataset.vendors.find((candidate) => candidate.id === id)!;

function render(id: string, language: 'en' | 'de', override?: Vendor, country?: string) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const facts = { ...vendorFacts(bundledDataset, id)!, ...(override ? { vendor: override } : {}) };
  const context = { document, t: translator(language), locale: language, language, ...(country ? { country } : {}) };
  const card = renderVendorCard(context, facts, summarizeVerdicts(facts.vendor));
  document.body.append(card);
  return card;
}

describe('vendor card', () => {
  test('Ring: red headline, documented US disclosures with count and period, no German case (a general statement, not a case), E2EE opt-in', () => {
    const card = render('ring', 'en');
    expect(card.getAttribute('data-severity')).toBe('red');
    expect(card.querySelector('.headline-text')?.textContent).toBe(
      'Ring has given footage to police without a warrant or the owner’s consent.',
    );
    expect(plain(card.querySelector('.verdict-police .verdict-text')?.textContent)).toMatch(
      /^Documented: United States: 11 times \(.*2022\)\.$/,
    );
    expect(card.querySelector('.verdict-police .verdict-text')?.textContent).not.toContain('Germany');
    expect(card.querySelector('.verdict-e2ee .verdict-text')?.textContent).toBe('Off by default; you can turn it on.');
  });

  test('sections: police programmes, incidents, what you can do (with alternatives and the GDPR complaint), sources', () => {
    const card = render('ring', 'en');
    const section = (name: string) => card.querySelector(`.section-${name}`);
    expect(section('programmes')?.textContent).toContain('Community Requests (with Axon)');
    expect(section('incidents')?.textContent).toContain('Federal Trade Commission');
    expect(section('actions')?.textContent).toContain('Video End-to-End Encryption');
    expect(section('actions')?.textContent).toMatch(
      /Alternatives in our dataset: .*Philips Hue Secure \(end-to-end encrypted by default\)/,
    );
    expect(section('actions')?.textContent).toContain('Article 77 of the GDPR');
    // Every claim stands exactly once: under its programme, among the incidents, or in "What is known".
    const shown = [...card.querySelectorAll<HTMLElement>('.claim')].map((item) => item.dataset['claim']);
    expect(shown.sort()).toEqual(
      vendor('ring')
        .claims.map((claim) => claim.id)
        .sort(),
    );
  });

  test('"What is known" reads like a record: grouped by topic, newest first, pointing to the other sections', () => {
    const card = render('ring', 'en');
    const known = card.querySelector('.section-sources')!;
    const headings = [...known.querySelectorAll('.group-heading')].map((heading) => heading.textContent);
    expect(headings[0]).toBe('Footage given to police');
    for (const group of known.querySelectorAll('.list')) {
      const dates = [...group.querySelectorAll<HTMLElement>('.claim')].map(
        (item) => vendor('ring').claims.find((claim) => claim.id === item.dataset['claim'])!.date,
      );
      expect(dates).toEqual([...dates].sort().reverse());
    }
    // Facts shown under programmes or incidents are not printed again, but pointed to.
    expect(known.querySelector('[data-claim="ring-ftc-2023-settlement"]')).toBeNull();
    expect(known.querySelector('[data-claim="ring-2024-rfa-ended"]')).toBeNull();
    expect(known.querySelector('.elsewhere')?.textContent).toMatch(
      /^In their own sections: Police programmes \(\d+\), Incidents and regulators \(\d+\)\.$/,
    );
    // No text refers to another entry by its position, which depends on the order.
    for (const claim of bundledDataset.vendors.flatMap((item) => item.claims)) {
      expect(`${claim.summary.en} ${claim.summary.de}`).not.toMatch(
        /next entry|previous entry|entry (above|below)|nächste[rn]? Eintrag|vorige[rn]? Eintrag/i,
      );
    }
  });

  test('a related entry is linked by its date and the link moves focus to it, in any section', () => {
    const card = render('ring', 'de');
    const disputed = card.querySelector<HTMLElement>('[data-claim="ring-2022-germany-emergency-disclosures"]')!;
    const link = disputed.querySelector<HTMLButtonElement>('.see-also')!;
    expect(link.textContent).toBe('Siehe auch den Eintrag (21. Sept. 2022)');
    const target = card.querySelector<HTMLElement>('[data-claim="ring-2022-germany-statement-disputed"]')!;
    let focused = false;
    // linkedom has no focus; the browser tests see the real one.
    target.focus = () => {
      focused = true;
    };
    link.click();
    expect(focused).toBe(true);
    expect(target.closest('details')?.open).toBe(true);
  });

  test('the sources of one fact are visibly apart', () => {
    const card = render('ring', 'en');
    const complaint = card.querySelector('.action-complaint .claim-sources')!;
    expect(complaint.textContent).toMatch(/2016; European Data Protection Board/);
    for (const sources of card.querySelectorAll('.claim-sources')) {
      const links = sources.querySelectorAll('a, .link').length;
      expect(sources.querySelectorAll('.source-separator').length).toBe(links - 1);
    }
  });

  test("the complaint advice names the data protection authority of the shop's country, with its page and sources", () => {
    const french = render('ring', 'en', undefined, 'FR').querySelector('.action-complaint .authority');
    expect(plain(french?.textContent)).toMatch(
      /^Data protection authority of this shop’s country \(France\): Commission nationale de l'informatique et des libertés \(CNIL\) Lodge a complaint /,
    );
    expect(french?.querySelector('a')?.getAttribute('href')).toBe('https://cnil.fr/adresser-une-plainte');
    const dutch = render('ring', 'de', undefined, 'NL').querySelector('.action-complaint .authority');
    expect(plain(dutch?.textContent)).toMatch(
      /^Datenschutzaufsichtsbehörde des Landes dieses Shops \(Niederlande\): Autoriteit Persoonsgegevens \(AP\) Beschwerde einreichen /,
    );
    // Italy: no complaint page was read, so the link is the authority's website.
    expect(render('ring', 'de', undefined, 'IT').querySelector('.action-complaint .authority a')?.textContent).toBe('Website');
    // Germany (a finder of the Länder authorities) and no country (the EDPB's list): tests/unit/panel/complaint.test.ts.
  });

  test('"Report a mistake" after each fact, only where the build has a report address', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const facts = vendorFacts(bundledDataset, 'ring')!;
    const context = { document, t: translator('en'), locale: 'en', language: 'en' as const };
    const reported: string[] = [];
    const withReport = renderVendorCard(
      {
        ...context,
        report: (about) => {
          reported.push(about);
          return `https://tracker.test/new?about=${about}`;
        },
      },
      facts,
      summarizeVerdicts(facts.vendor),
    );
    expect(withReport.querySelectorAll('.claim .report').length).toBe(facts.vendor.claims.length);
    // One per claim, and one about the vendor's record as a whole.
    expect(reported.sort()).toEqual([...facts.vendor.claims.map((claim) => claim.id), 'record'].sort());
    const without = renderVendorCard(context, facts, summarizeVerdicts(facts.vendor));
    expect(without.querySelector('.report')).toBeNull();
  });

  test('claims new since the vendor was hidden are marked', () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const facts = vendorFacts(bundledDataset, 'ring')!;
    const sections = renderSections({ document, t: translator('en'), locale: 'en', language: 'en' });
    sections.fill(facts, new Set(['ring-ftc-2023-settlement']));
    const marked = [...sections.root.querySelectorAll<HTMLElement>('.claim-new')];
    expect(marked.map((item) => item.dataset['claim'])).toEqual(['ring-ftc-2023-settlement']);
    expect(marked[0]?.querySelector('.claim-new-label')?.textContent).toBe('New');
  });

  test('in German, with German claim texts and dates', () => {
    const card = render('ring', 'de');
    expect(plain(card.querySelector('.verdict-police .verdict-text')?.textContent)).toContain('Vereinigte Staaten: 11-mal');
    expect(card.textContent).toMatch(/Brief an US-Senator Ed Markey/);
    expect(card.querySelector('.meta')?.textContent).toBe('Datensatz 2026.12.03, geprüft am 3. Dez. 2026');
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
    const ring = structuredClone(vendor('ring'));
    ring.claims[0]!.summary.en = '<img src=x onerror="alert(1)">';
    const card = render('ring', 'en', ring);
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  test('a vendor with nothing known reads "unknown" and is grey; a note says what was searched', () => {
    const card = render('amcrest', 'en');
    expect(card.getAttribute('data-severity')).toBe('grey');
    expect(card.querySelector('.headline-text')?.textContent).toBe(
      'Too little is known about Amcrest to judge police access and encryption.',
    );
    const amcrest = vendor('amcrest');
    const police = card.querySelector('.verdict-police .verdict-text')?.textContent;
    if (amcrest.verdicts.policeDisclosure.note) {
      expect(police).toBe('Unknown.');
      expect(card.querySelector('.verdict-police .verdict-note')?.textContent).toBe(amcrest.verdicts.policeDisclosure.note.en);
    } else {
      expect(police).toBe('Unknown: we found no reliable information.');
    }
    const bare = structuredClone(amcrest);
    bare.claims = [];
    for (const verdict of Object.values(bare.verdicts)) delete verdict.note;
    const empty = render('amcrest', 'en', bare);
    expect(empty.querySelector('.verdict-police .verdict-text')?.textContent).toBe('Unknown: we found no reliable information.');
    expect(empty.querySelector('.section-sources')?.textContent).toContain('no sourced facts');
  });
});

test('partial dates and periods are formatted per locale', () => {
  expect(formatPartialDate('2022-07-01', 'en')).toBe('Jul 1, 2022');
  expect(formatPartialDate('2022-07-01', 'de')).toBe('1. Juli 2022');
  expect(formatPartialDate('2022-09', 'de')).toBe('Sept. 2022');
  expect(formatPartialDate('2022', 'en')).toBe('2022');
  expect(plain(formatPeriod('2022-01', '2022-07', 'en'))).toBe('Jan – Jul 2022');
  expect(formatPeriod('2021', '2024', 'en')).toBe('2021 – 2024');
});

test('every topic but incidents and regulator actions belongs to exactly one group of "What is known"', () => {
  const grouped = TOPIC_GROUPS.flatMap((group) => group.topics as readonly string[]);
  expect(new Set(grouped).size).toBe(grouped.length);
  expect([...grouped, 'incident', 'regulator'].sort()).toEqual([...CLAIM_TOPICS].sort());
  for (const item of bundledDataset.vendors) {
    const places = claimPlaces(item);
    expect([...places.keys()].sort()).toEqual(item.claims.map((claim) => claim.id).sort());
  }
});
