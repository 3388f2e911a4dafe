import { LANGUAGES, type PerLanguage } from '../../src/shared/languages.ts';

/** A test's localized text in every language: the English as given, the others marked with their code. */
export const inEveryLanguage = (en: string): PerLanguage<string> =>
  Object.fromEntries(LANGUAGES.map((language) => [language, language === 'en' ? en : `${en} (${language})`])) as PerLanguage<string>;
