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

/** The messages that come in a singular and a plural form: `<key>_one` and `<key>_other`. */
export type PluralKey = MessageKey extends infer Key ? (Key extends `${infer Base}_other` ? Base : never) : never;

/**
 * A message with a count in the form the language uses for that count (Intl.PluralRules: French
 * says “0 résultat”, English “0 results”). Our languages need “one” and “other”; a language with
 * more forms (Polish: few, many) adds those keys to every language's file.
 */
export function plural(t: Translate, locale: string, key: PluralKey, count: number, substitutions: string[]): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, substitutions);
}

export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return value === 'auto' || isLanguage(value);
}
