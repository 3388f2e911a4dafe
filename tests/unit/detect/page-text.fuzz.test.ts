/**
 * Property-based tests (fast-check) of detection (detect.ts) and the structured-data reader
 * (shops/structured.ts) over what a shop page hands them: any
 * text as title, brand, categories and model; huge and broken strings; JSON-LD, microdata and
 * Open Graph noise around a real product. Nothing may throw, hide the product or escape the
 * matcher's vendors.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { detect } from '../../../src/detect/detect.ts';
import { tokenize } from '../../../src/shared/normalize.ts';
import { readStructuredData } from '../../../src/shops/structured.ts';
import { matcher } from '../../support/detect-page.ts';

describe('shop pages', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
  );

  test('detection takes any title, brand, categories and model, and stays within its bounds', () => {
    fc.assert(
      fc.property(
        text,
        fc.option(text, { nil: undefined }),
        fc.option(fc.array(text, { maxLength: 5 }), { nil: undefined }),
        fc.option(text, { nil: undefined }),
        (title, brand, categories, model) => {
          const decision = detect({ title, brand, categories, model }, matcher);
          if (decision.detection) expect(matcher.vendors.has(decision.detection.vendor)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('a 1 MB title or one of unpaired surrogates costs no more than its first 80 words', () => {
    const huge = `Ring Video Doorbell ${'camera '.repeat(150_000)}`;
    expect(tokenize(huge).words.length).toBeLessThanOrEqual(80);
    expect(detect({ title: huge, brand: huge, model: huge, categories: [huge] }, matcher).detection?.vendor).toBe('ring');
    expect(() => detect({ title: '\uD800'.repeat(100_000) }, matcher)).not.toThrow();
  });

  test('any JSON-LD, microdata or Open Graph noise around a product is read without losing it', () => {
    const block = fc.oneof(
      fc.jsonValue({ maxDepth: 12 }).map((value) => JSON.stringify(value)),
      fc.constant(`${'['.repeat(5000)}${']'.repeat(5000)}`),
      fc.constant('{"@type":"Product","name":'),
      fc.string({ maxLength: 100 }),
      fc
        .record({
          '@type': fc.constantFrom('Thing', ['Thing'], 'Offer'),
          name: fc.anything(),
          brand: fc.anything(),
          category: fc.anything(),
          model: fc.anything(),
          '@graph': fc.anything(),
        })
        .map((value) => JSON.stringify(value)),
    );
    const product = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Ring Video Doorbell',
      brand: { '@type': 'Brand', name: 'Ring' },
    });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 4 }), fc.nat({ max: 4 }), fc.string({ maxLength: 50 }), (noise, at, og) => {
        const blocks = [...noise.slice(0, at), product, ...noise.slice(at)];
        const escape = (value: string) => value.replace(/[<&"]/g, (c) => `&#${String(c.charCodeAt(0))};`);
        const html = `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b.replace(/<\//g, '<\\/')}</script>`).join('')}<meta property="og:title" content="${escape(og)}"></head><body><div itemscope itemtype="https://schema.org/Product"><span itemprop="name">${escape(og)}</span></div></body></html>`;
        const { document } = parseHTML(html);
        // Noise around it never hides the one real product block (the reader skips what it cannot use).
        const signals = readStructuredData(document);
        expect(signals?.brand).toBe('Ring');
        expect(typeof signals?.title).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});
