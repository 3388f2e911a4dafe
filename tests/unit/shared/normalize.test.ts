import { describe, expect, it } from 'vitest';
import {
  COMMON_NON_WORD,
  COMMON_PRINTED_BREAK,
  COMMON_TEXT,
  unicodeNonWord,
  normalize,
  unicodePrintedBreak,
  tokenize,
} from '../../../src/shared/normalize.ts';

/** Every code point the fast path accepts, from its own class. */
function commonCodePoints(): number[] {
  const points: number[] = [];
  for (let code = 0; code <= 0xffff; code += 1) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (COMMON_TEXT.test(String.fromCharCode(code))) points.push(code);
  }
  return points;
}

describe('normalize: the fast path for common text', () => {
  it('covers Latin, general punctuation, currency and letterlike symbols, and nothing else', () => {
    const points = commonCodePoints();
    expect(points).toContain(0x00fc); // ü
    expect(points).toContain(0x2013); // –
    expect(points).toContain(0x2122); // ™
    expect(points).not.toContain(0x0308); // combining diaeresis
    expect(points).not.toContain(0x4e00); // CJK
    expect(points).not.toContain(0x0430); // Cyrillic a
    expect(COMMON_TEXT.test('Ring 📷')).toBe(false);
  });

  it('splits every character it accepts exactly as the Unicode-property regexes do', () => {
    const differing = commonCodePoints().filter((code) => {
      const text = `a${String.fromCharCode(code)}b`;
      return (
        text.replace(COMMON_NON_WORD, ' ') !== text.replace(unicodeNonWord(), ' ') ||
        text.split(COMMON_PRINTED_BREAK).join('|') !== text.split(unicodePrintedBreak()).join('|')
      );
    });
    expect(differing.map((code) => code.toString(16))).toEqual([]);
  });

  it('gives the same words for text inside and outside the fast path', () => {
    expect(normalize('Türklingel ™ – 2. Gen.')).toBe('turklingel tm 2 gen');
    expect(normalize('Дверной звонок Ring')).toBe('двернои звонок ring'); // accents fold in every script;
    expect(normalize('Ring 門鈴 (2代)')).toBe('ring 門鈴 2代');
    expect(tokenize('Überwachungskamera – 2K, mit Akku').printed).toEqual(['Überwachungskamera', '2K', 'mit', 'Akku']);
    expect(tokenize('Камера Wyze, 2K').printed).toEqual(['Камера', 'Wyze', '2K']);
  });
});
