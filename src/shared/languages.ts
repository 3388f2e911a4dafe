/**
 * The languages of the UI and of the dataset's texts: one list drives the locales the build
 * bundles, the schema's localized texts, formatting, the options' language choice and the
 * messages the background answers. Adding a language: `public/_locales/<code>/messages.json`,
 * the dataset's texts in it, and one entry here.
 */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, as the options page offers it. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
};

/** The language the dataset and the UI fall back to. */
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language of a BCP 47 locale ("de-AT" → "de"); the default for any language we do not have. */
export function languageOf(locale: string): Language {
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : DEFAULT_LANGUAGE;
}

/** One value per language, e.g. a localized text. */
export type PerLanguage<T> = Readonly<Record<Language, T>>;
