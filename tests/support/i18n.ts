/** browser.i18n.getMessage for Node tests, read from public/_locales like the browser does. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageKey, Translate } from '../../src/shared/i18n';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}
export type Messages = Record<string, Entry>;

export function loadMessages(language: 'en' | 'de'): Messages {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales', language, 'messages.json'), 'utf8')) as Messages;
}

export function translator(language: 'en' | 'de'): Translate {
  const messages = loadMessages(language);
  return (key: MessageKey, substitutions?: string | string[]) => {
    const entry = messages[key];
    if (!entry) throw new Error(`missing message ${key}`);
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$([A-Z_]+)\$/gi, (_, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, index: string) => values[Number(index) - 1] ?? '');
    });
  };
}
