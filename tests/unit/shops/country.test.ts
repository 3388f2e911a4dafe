import { expect, test } from 'vitest';
import { bundledDataset } from '../../../src/dataset/bundled.ts';
import { SHOPS } from '../../../src/shops/index.ts';
import { shopCountry } from '../../../src/shops/country.ts';

test("a shop's country comes from its country-code domain; generic domains have none", () => {
  expect(shopCountry('www.amazon.fr')).toBe('FR');
  expect(shopCountry('www.amazon.com.be')).toBe('BE');
  expect(shopCountry('www.argos.co.uk')).toBe('GB');
  expect(shopCountry('www.galaxus.ch.')).toBe('CH');
  expect(shopCountry('www.amazon.com')).toBeUndefined();
  expect(shopCountry('localhost')).toBeUndefined();
});

/** Not in the EU, so not under Art. 77 GDPR, which the complaint advice is about. */
const OUTSIDE_EU = new Set(['GB', 'CH', 'CA', 'MX', 'BR', 'AU', 'JP', 'IN', 'TR', 'AE', 'SA', 'SG', 'EG']);
/** Outside the EU, but European shops of ours whose country's authority the panel names too. */
const EUROPE_OUTSIDE_EU = ['CH', 'GB'];

test("every EU storefront of a supported shop has its country's data protection authority in the dataset, and no authority is for a country no shop is in", () => {
  const authorities = new Map(bundledDataset.general.complaint.authorities.map((authority) => [authority.country, authority]));
  const countries = new Set(
    SHOPS.flatMap((shop) => shop.domains.map((domain) => shopCountry(domain))).filter(
      (country): country is string => country !== undefined,
    ),
  );
  const eu = [...countries].filter((country) => !OUTSIDE_EU.has(country)).sort();
  expect(eu).toEqual(['AT', 'BE', 'DE', 'ES', 'FR', 'HU', 'IE', 'IT', 'NL', 'PL', 'PT', 'SE']);
  for (const country of [...eu, ...EUROPE_OUTSIDE_EU]) expect(authorities.get(country)?.name, country).toBeTruthy();
  for (const country of authorities.keys()) expect(countries.has(country), country).toBe(true);
  // Germany: the general text says complaints go to the authority of your federal state, citing the federal commissioner's page on it…
  expect(bundledDataset.general.complaint.text.en).toContain('data protection authority of your federal state');
  expect(bundledDataset.general.complaint.sources.some((source) => source.url.startsWith('https://www.bfdi.bund.de/'))).toBe(true);
  // …and the finder has each of the 16 Länder (ISO 3166-2:DE) once, each with its own authority.
  const german = bundledDataset.general.complaint.authorities.filter((authority) => authority.country === 'DE');
  expect(german.map((authority) => authority.region?.code).sort()).toEqual(
    ['BB', 'BE', 'BW', 'BY', 'HB', 'HE', 'HH', 'MV', 'NI', 'NW', 'RP', 'SH', 'SL', 'SN', 'ST', 'TH'].map((code) => `DE-${code}`),
  );
  expect(new Set(german.map((authority) => authority.name)).size).toBe(16);
});
