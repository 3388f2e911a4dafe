import { expect, test } from 'vitest';
import { plural } from '../../../src/shared/i18n.ts';
import { LANGUAGES, type Language } from '../../../src/shared/languages.ts';
import { loadMessages, translator } from '../../support/i18n.ts';

test('a count takes the form its language uses for it (Intl.PluralRules)', () => {
  const results = (language: Language, count: number) =>
    plural(translator(language), language, 'popup_results_count', count, [String(count)]);
  expect([0, 1, 2].map((count) => results('en', count))).toEqual(['0 results', '1 result', '2 results']);
  expect([0, 1, 2].map((count) => results('fr', count))).toEqual(['0 résultat', '1 résultat', '2 résultats']);
  expect([1, 2].map((count) => results('de', count))).toEqual(['1 Treffer', '2 Treffer']);
  // Polish has three forms for whole numbers: 1, then 2–4 (and 22–24, …), then 0 and 5–21 (and 25–31, …).
  expect([1, 2, 5, 12, 22, 25].map((count) => results('pl', count))).toEqual([
    '1 wynik',
    '2 wyniki',
    '5 wyników',
    '12 wyników',
    '22 wyniki',
    '25 wyników',
  ]);
  const times = (language: Language, count: number) =>
    plural(translator(language), language, 'case_counted', count, ['Ireland', String(count), '2024']);
  expect([times('en', 1), times('en', 11)]).toEqual(['Ireland: 1 time (2024)', 'Ireland: 11 times (2024)']);
  expect(times('fr', 1)).toBe('Ireland\u00a0: 1 fois (2024)');
});

test('every language has each plural message in all four forms; a form the language does not use repeats “other”', () => {
  const english = loadMessages('en');
  const bases = Object.keys(english)
    .filter((key) => key.endsWith('_other'))
    .map((key) => key.slice(0, -'_other'.length));
  expect(bases.length).toBeGreaterThan(0);
  const problems = LANGUAGES.flatMap((language) => {
    const messages = loadMessages(language);
    const used = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    return bases.flatMap((base) =>
      ['one', 'few', 'many', 'other'].flatMap((form) => {
        const text = messages[`${base}_${form}`]?.message;
        if (text === undefined) return [`${language} ${base}_${form}: missing`];
        const unused = !used.includes(form as Intl.LDMLPluralRule) && text !== messages[`${base}_other`]?.message;
        return unused ? [`${language} ${base}_${form}: ${language} has no “${form}” form, so it repeats _other`] : [];
      }),
    );
  });
  expect(problems).toEqual([]);
});
