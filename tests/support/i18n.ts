/** browser.i18n.getMessage for Node tests, read from public/_locales like the browser does. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageKey, type Translate, translatorFrom } from '../../src/shared/i18n.ts';
import type { Language } from '../../src/shared/languages.ts';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, Entry>;

export function loadMessages(language: Language): Messages {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales', language, 'messages.json'), 'utf8')) as Messages;
}

/** The extension's own bundled translator over the real message files; unknown keys throw. */
export function translator(language: Language): Translate {
  const messages = loadMessages(language);
  const t = translatorFrom(messages);
  return (key: MessageKey, substitutions?: string | string[]) => {
    if (!(key in messages)) throw new Error(`missing message ${key}`);
    return t(key, substitutions);
  };
}
