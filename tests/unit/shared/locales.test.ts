import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadMessages } from '../../support/i18n.ts';

const en = loadMessages('en');
const de = loadMessages('de');

test('English and German have the same message keys', () => {
  expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
});

test('every message has a translator description and the same placeholders in both languages', () => {
  for (const [key, entry] of Object.entries(en)) {
    expect(entry.description, key).toBeTruthy();
    expect(Object.keys(de[key]?.placeholders ?? {}).sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
  }
});

test('every placeholder used in a message is declared, and every declared one is used', () => {
  for (const [language, messages] of [['en', en], ['de', de]] as const) {
    for (const [key, entry] of Object.entries(messages)) {
      const used = [...entry.message.matchAll(/\$([A-Z_]+)\$/gi)].map((match) => match[1]!.toLowerCase()).sort();
      expect(used, `${language} ${key}`).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  }
});

test('the extension description fits the store limit of 132 characters', () => {
  expect(en['ext_description']!.message.length).toBeLessThanOrEqual(132);
  expect(de['ext_description']!.message.length).toBeLessThanOrEqual(132);
});

test('every message key used in src/ exists', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
    );
  const source = files(join(import.meta.dirname, '../../../src')).map((file) => readFileSync(file, 'utf8')).join('\n');
  const used = new Set([...source.matchAll(/\bt\('([a-z_]+)'/g)].map((match) => match[1]!));
  for (const key of used) expect(en, key).toHaveProperty(key);
});
