/** shared/format.ts: what the build formats ahead (preformat) and what the panel then reads back. */
import { expect, test } from 'vitest';
import { preformat, regionName, usePreformatted } from '../../../src/shared/format.ts';

test('country names of the cases are made at build time in every language, as Intl names them', () => {
  const formats = preformat([], [], ['US', 'DE']);
  expect(formats).toMatchObject({
    'region|en|US': 'United States',
    'region|en|DE': 'Germany',
    'region|de|US': 'Vereinigte Staaten',
    'region|de|DE': 'Deutschland',
  });
});

test('the panel reads a preformatted name; a country without one falls back to Intl', () => {
  usePreformatted({ 'region|de|ZZ': 'Probeland' });
  expect(regionName('ZZ', 'de-AT')).toBe('Probeland');
  expect(regionName('FR', 'de')).toBe('Frankreich');
  expect(regionName('FR', 'en-GB')).toBe('France');
});
