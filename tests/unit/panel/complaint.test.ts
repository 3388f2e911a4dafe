/**
 * Where the panel's GDPR complaint advice sends the shopper (src/panel/complaint.ts): the shop's
 * country's authority (vendor-card.test.ts), the Länder finder on a German shop, and the EDPB's
 * list where the shop has no one country.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../../src/dataset/bundled.ts';
import type { CardContext } from '../../../src/panel/context.ts';
import { complaintAction } from '../../../src/panel/complaint.ts';
import { LANGUAGES, type Language } from '../../../src/shared/languages.ts';
import { translator } from '../../support/i18n.ts';

const { complaint } = bundledDataset.general;

function render(language: Language, extra: Partial<CardContext> = {}) {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const item = complaintAction({ document, t: translator(language), locale: language, language, ...extra }, complaint);
  document.body.append(item);
  return item;
}

const options = (item: HTMLElement) => [...item.querySelectorAll('.region-select option')];

/** What the shopper does: picks an entry, and the select reports a change. */
function choose(item: HTMLElement, code: string) {
  for (const option of options(item)) option.toggleAttribute('selected', option.getAttribute('value') === code);
  item.querySelector('.region-select')!.dispatchEvent(new item.ownerDocument.defaultView!.Event('change'));
}

describe('the Länder finder on a German shop', () => {
  test('a choice of the 16 Länder, in the UI language’s names and order, after a prompt; nothing chosen yet', () => {
    const item = render('en', { country: 'DE' });
    expect(item.querySelector('.region-label')?.textContent).toMatch(/^Data protection authority of your federal state \(Germany\) /);
    const labels = options(item).map((option) => option.textContent);
    expect(labels[0]).toBe('Choose your federal state');
    expect(labels.slice(1, 5)).toEqual(['Baden-Württemberg', 'Bavaria', 'Berlin', 'Brandenburg']);
    expect(labels).toHaveLength(17);
    expect(options(item)[0]?.getAttribute('value')).toBe('');
    expect(item.querySelector('option[selected]')).toBeNull();
    // The line the chosen authority goes in is there from the start (so that its first content is announced), empty.
    const line = item.querySelector('.authority-chosen');
    expect(line?.getAttribute('aria-live')).toBe('polite');
    expect(line?.textContent).toBe('');
    // Not the single-authority line of other countries.
    expect(item.querySelector('p.authority')).toBeNull();
  });

  test('in every language, the Länder are named in it and sorted by its collation', () => {
    for (const language of LANGUAGES) {
      const names = options(render(language, { country: 'DE' }))
        .slice(1)
        .map((option) => option.textContent);
      expect(names, language).toEqual([...names].sort(new Intl.Collator(language).compare));
      expect(new Set(names).size, language).toBe(16);
    }
    const german = options(render('de', { country: 'DE' })).map((option) => option.textContent);
    expect(german).toContain('Bayern');
    expect(german).toContain('Nordrhein-Westfalen');
    expect(options(render('pl', { country: 'DE' })).map((option) => option.textContent)).toContain('Bawaria');
  });

  test('choosing a Land shows its authority with its complaint page and sources; the prompt empties the line', () => {
    const item = render('de', { country: 'DE' });
    choose(item, 'DE-BY');
    const line = item.querySelector('.authority-chosen')!;
    expect(line.textContent).toMatch(/^Bayerisches Landesamt für Datenschutzaufsicht \(BayLDA\) Beschwerde einreichen Quellen: /);
    expect(line.querySelector('a')?.getAttribute('href')).toBe('https://lda.bayern.de/de/services_info.html');
    expect(line.querySelectorAll('.claim-sources a').length).toBeGreaterThan(0);
    // A Land whose complaint page was not read links to the authority's website.
    choose(item, 'DE-HE');
    expect(line.querySelector('a')?.textContent).toBe('Website');
    expect(line.textContent).toMatch(/^Der Hessische Beauftragte für Datenschutz und Informationsfreiheit \(HBDI\) /);
    choose(item, 'DE-NW');
    expect(line.textContent).toMatch(
      /^Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen \(LDI NRW\) Beschwerde einreichen /,
    );
    choose(item, '');
    expect(line.textContent).toBe('');
  });
});

describe('no one country', () => {
  test("on amazon.com, in the popup, or in a country without an authority in the dataset: the EDPB's list of authorities", () => {
    for (const country of [undefined, 'US', 'CA']) {
      const item = render('en', country ? { country } : {});
      const directory = item.querySelector('.authority-directory');
      expect(directory?.textContent, country).toMatch(
        /^The European Data Protection Board lists the data protection authorities of the EU and EEA countries: List of authorities Sources: /,
      );
      expect(directory?.querySelector('a')?.getAttribute('href')).toBe('https://edpb.europa.eu/about-edpb/about-edpb/members_en');
      expect(item.querySelector('.region-select')).toBeNull();
    }
    // A country with its own authority gets that one instead.
    expect(render('en', { country: 'FR' }).querySelector('.authority-directory')).toBeNull();
  });
});

describe('European shops outside the EU', () => {
  test('the United Kingdom: the ICO and its complaint page', () => {
    const line = render('en', { country: 'GB' }).querySelector('p.authority');
    expect(line?.textContent).toMatch(
      /^Data protection authority of this shop’s country \(United Kingdom\): Information Commissioner’s Office \(ICO\) Lodge a complaint /,
    );
    expect(line?.querySelector('a')?.getAttribute('href')).toBe('https://ico.org.uk/make-a-complaint/data-protection-complaints');
  });

  test('Switzerland: the EDÖB takes reports of violations, not complaints in which the shopper is a party', () => {
    const line = render('fr', { country: 'CH' }).querySelector('p.authority');
    expect(line?.textContent).toMatch(/\(EDÖB\) Signaler une violation /);
    expect(line?.querySelector('a')?.getAttribute('href')).toBe('https://www.edoeb.admin.ch/de/anzeige-einreichen');
  });
});
