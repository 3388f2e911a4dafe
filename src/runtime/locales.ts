/**
 * The UI language: the browser's, or the one chosen in the options page. Extension pages bundle
 * both message sets; the content script asks the background for them only when a language was
 * chosen, so it does not carry them.
 */
import { ext } from './ext-api.ts';
import { type BundledMessages, type LanguageSetting, type Translate, translatorFrom } from '../shared/i18n.ts';
import { type Language, languageOf } from '../shared/languages.ts';

/** Messages without substitutions, looked up once: a panel redraws with the same labels. */
const plain = new Map<string, string>();

/** The browser's own i18n: messages in the browser's UI language. */
export const browserTranslate: Translate = (key, substitutions) => {
  if (substitutions !== undefined) return ext().i18n.getMessage(key, substitutions) || key;
  let text = plain.get(key);
  if (text === undefined) {
    text = ext().i18n.getMessage(key) || key;
    plain.set(key, text);
  }
  return text;
};

export interface Ui {
  t: Translate;
  /** Locale for Intl formatting. */
  locale: string;
  language: Language;
}

export function browserUi(): Ui {
  const locale = ext().i18n.getUILanguage();
  return { t: browserTranslate, locale, language: languageOf(locale) };
}

/** The UI for a setting; `load` provides the messages of a chosen language. */
export async function uiFor(setting: LanguageSetting, load: (language: Language) => Promise<BundledMessages | null>): Promise<Ui> {
  if (setting === 'auto') return browserUi();
  const messages = await load(setting).catch(() => null);
  return messages ? { t: translatorFrom(messages), locale: setting, language: setting } : browserUi();
}
