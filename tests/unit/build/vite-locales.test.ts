import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { shippedMessages } from '../../../build/vite-locales.ts';
import { LANGUAGES } from '../../../src/shared/languages.ts';

test('the shipped messages keep every message and placeholder, but no description, and are compact', () => {
  for (const language of LANGUAGES) {
    const source = readFileSync(`public/_locales/${language}/messages.json`, 'utf8');
    const shipped = shippedMessages(source);
    const original = JSON.parse(source) as Record<string, { message: string; description?: string; placeholders?: unknown }>;
    const result = JSON.parse(shipped) as typeof original;
    expect(Object.keys(result)).toEqual(Object.keys(original));
    for (const [key, entry] of Object.entries(original)) {
      expect(result[key]).toEqual({ message: entry.message, ...(entry.placeholders ? { placeholders: entry.placeholders } : {}) });
    }
    expect(shipped).not.toContain('\n');
    expect(shipped.length).toBeLessThan(source.length * 0.7);
  }
});
