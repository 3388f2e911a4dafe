/** Names and links in the dataset (zod-free, so the content script can use it without the schema runtime). */
import type { Language, PerLanguage } from '../shared/languages.ts';

/** A proper name (the same in every language) or one per language (see `Name` in schema.ts). */
export type LocalizableName = string | PerLanguage<string>;

/** The name as shown in a language. */
export function nameIn(name: LocalizableName, language: Language): string {
  return typeof name === 'string' ? name : name[language];
}

/** A link: one for every language, or per language with English required (see `LocalizedUrl` in schema.ts). */
export type LocalizableUrl = string | ({ en: string } & { readonly [L in Language]?: string | undefined });

/** The link for a language: its own where the vendor publishes one, else the English one. */
export function urlIn(url: LocalizableUrl, language: Language): string {
  return typeof url === 'string' ? url : (url[language] ?? url.en);
}
