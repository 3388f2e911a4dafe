/**
 * UI text types and the message lookup for a bundled language (pure: no browser API here, see
 * locales.ts for the browser's own i18n). Messages live in public/_locales.
 */
import type en from '../../public/_locales/en/messages.json';
import { isLanguage, type Language } from './languages.ts';

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;
export type LanguageSetting = Language | 'auto';

export interface BundledMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type BundledMessages = Record<string, BundledMessage>;

/** getMessage's rules: $NAME$ placeholders whose content refers to $1…$9 substitutions. */
export function translatorFrom(messages: BundledMessages): Translate {
  return (key, substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$([A-Z0-9_@]+)\$/gi, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, index: string) => values[Number(index) - 1] ?? '');
    });
  };
}

/** The plural categories our languages use (Intl.PluralRules); "zero" and "two" belong to none of them. */
const PLURAL_FORMS = ['one', 'few', 'many', 'other'] as const;
type PluralForm = (typeof PLURAL_FORMS)[number];

/** The messages that come in one form per plural category: `<key>_one`, `_few`, `_many`, `_other`. */
type OtherFormBase<Key> = Key extends `${infer Base}_other` ? Base : never;
export type PluralKey = {
  [Base in OtherFormBase<MessageKey>]: [`${Base}_${PluralForm}`] extends [MessageKey] ? Base : never;
}[OtherFormBase<MessageKey>];

/**
 * A message with a count in the form the language uses for that count (Intl.PluralRules: French
 * says “0 résultat”, English “0 results”, Polish “1 wynik”, “2 wyniki”, “5 wyników”). Every
 * language's file has all four forms; a language without “few” or “many” repeats its “other”.
 */
export function plural(t: Translate, language: Language, key: PluralKey, count: number, substitutions: string[]): string {
  // The messages' language, not the browser's locale: a Japanese browser reads English messages.
  const category = new Intl.PluralRules(language).select(count);
  const form: PluralForm = (PLURAL_FORMS as readonly string[]).includes(category) ? (category as PluralForm) : 'other';
  return t(`${key}_${form}`, substitutions);
}

export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return value === 'auto' || isLanguage(value);
}
