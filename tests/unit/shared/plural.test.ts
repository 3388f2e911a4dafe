import { expect, test } from 'vitest';
import { plural } from '../../../src/shared/i18n.ts';
import { translator } from '../../support/i18n.ts';

test('a count takes the form its language uses for it (Intl.PluralRules)', () => {
  const results = (language: 'en' | 'de' | 'fr', count: number) =>
    plural(translator(language), language, 'popup_results_count', count, [String(count)]);
  expect([0, 1, 2].map((count) => results('en', count))).toEqual(['0 results', '1 result', '2 results']);
  expect([0, 1, 2].map((count) => results('fr', count))).toEqual(['0 résultat', '1 résultat', '2 résultats']);
  expect([1, 2].map((count) => results('de', count))).toEqual(['1 Treffer', '2 Treffer']);
  const times = (language: 'en' | 'fr', count: number) =>
    plural(translator(language), language, 'case_counted', count, ['Ireland', String(count), '2024']);
  expect([times('en', 1), times('en', 11)]).toEqual(['Ireland: 1 time (2024)', 'Ireland: 11 times (2024)']);
  expect(times('fr', 1)).toBe('Ireland\u00a0: 1 fois (2024)');
});
