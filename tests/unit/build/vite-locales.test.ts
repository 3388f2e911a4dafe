import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { STORE_LISTING_PREFIX, shippedMessages } from '../../../build/vite-locales.ts';
import { LANGUAGES } from '../../../src/shared/languages.ts';

test('the shipped messages keep every message and placeholder, but no description and no store listing text, and are compact', () => {
  for (const language of LANGUAGES) {
    const source = readFileSync(`public/_locales/${language}/messages.json`, 'utf8');
    const shipped = shippedMessages(source);
    const original = JSON.parse(source) as Record<string, { message: string; description?: string; placeholders?: unknown }>;
    const result = JSON.parse(shipped) as typeof original;
    const listing = Object.keys(original).filter((key) => key.startsWith(STORE_LISTING_PREFIX));
    expect(listing, language).toContain('store_description');
    expect(Object.keys(result)).toEqual(Object.keys(original).filter((key) => !listing.includes(key)));
    for (const [key, entry] of Object.entries(original)) {
      if (listing.includes(key)) continue;
      expect(result[key]).toEqual({ message: entry.message, ...(entry.placeholders ? { placeholders: entry.placeholders } : {}) });
    }
    expect(shipped).not.toContain('\n');
    expect(shipped.length).toBeLessThan(source.length * 0.7);
  }
});

test('the default locale carries the content slice as a message that reads back, `$` included, exactly as built', async () => {
  const { contentData } = await import('../../../build/content-data.ts');
  const { dataset } = await import('../../support/detect-page.ts');
  const { CONTENT_MESSAGE, contentMessageText } = await import('../../../src/pipeline/data.ts');
  const { data } = contentData(dataset);
  const source = readFileSync('public/_locales/en/messages.json', 'utf8');
  const shipped = JSON.parse(shippedMessages(source, { [CONTENT_MESSAGE]: contentMessageText(data) })) as Record<
    string,
    { message: string }
  >;
  const text = shipped[CONTENT_MESSAGE]?.message ?? '';
  // What i18n.getMessage gives back: `$$` is one `$` (and an unpaired `$` would start a placeholder).
  expect(text.replace(/\$\$/g, '')).not.toContain('$');
  expect(JSON.parse(text.replace(/\$\$/g, '$'))).toEqual(data);
  const withDollar = { ...data, version: 'a$1$$b' };
  expect(JSON.parse(contentMessageText(withDollar).replace(/\$\$/g, '$'))).toEqual(withDollar);
});
