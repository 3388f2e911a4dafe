/** Names in the dataset (zod-free, so the content script can use it without the schema runtime). */

/** A proper name (the same in every language) or one per language (see `Name` in schema.ts). */
export type LocalizableName = string | Readonly<Record<'en' | 'de', string>>;

/** The name as shown in a language. */
export function nameIn(name: LocalizableName, language: 'en' | 'de'): string {
  return typeof name === 'string' ? name : name[language];
}
