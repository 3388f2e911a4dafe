import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { LANGUAGES } from '../../../src/shared/languages.ts';
import { loadMessages } from '../../support/i18n.ts';

const en = loadMessages('en');
const all = LANGUAGES.map((language) => [language, loadMessages(language)] as const);

test('public/_locales has exactly the languages of the LANGUAGES list', () => {
  const dirs = readdirSync(join(import.meta.dirname, '../../../public/_locales'));
  expect(dirs.sort()).toEqual([...LANGUAGES].sort());
});

test('every language has the same message keys as English', () => {
  for (const [language, messages] of all) expect(Object.keys(messages).sort(), language).toEqual(Object.keys(en).sort());
});

test('every message has a translator description and the same placeholders in every language', () => {
  for (const [key, entry] of Object.entries(en)) {
    expect(entry.description, key).toBeTruthy();
    for (const [language, messages] of all) {
      expect(Object.keys(messages[key]?.placeholders ?? {}).sort(), `${language} ${key}`).toEqual(
        Object.keys(entry.placeholders ?? {}).sort(),
      );
    }
  }
});

test('every placeholder used in a message is declared, and every declared one is used', () => {
  for (const [language, messages] of all) {
    for (const [key, entry] of Object.entries(messages)) {
      const used = [...entry.message.matchAll(/\$([A-Z_]+)\$/gi)].map((match) => match[1]!.toLowerCase()).sort();
      expect(used, `${language} ${key}`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  }
});

test('the extension description fits the store limit of 132 characters', () => {
  for (const [language, messages] of all) expect(messages['ext_description']!.message.length, language).toBeLessThanOrEqual(132);
});

test('every message key used in src/ exists', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
    );
  const source = files(join(import.meta.dirname, '../../../src'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const used = new Set([...source.matchAll(/\bt\('([a-z_]+)'/g)].map((match) => match[1]!));
  for (const key of used) expect(en, key).toHaveProperty(key);
});
