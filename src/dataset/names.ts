/** Names in the dataset (zod-free, so the content script can use it without the schema runtime). */
import type { Language, PerLanguage } from '../shared/languages.ts';

/** A proper name (the same in every language) or one per language (see `Name` in schema.ts). */
export type LocalizableName = string | PerLanguage<string>;

/** The name as shown in a language. */
export function nameIn(name: LocalizableName, language: Language): string {
  return typeof name === 'string' ? name : name[language];
}
