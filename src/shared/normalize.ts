/**
 * Text normalisation shared by the dataset compiler and the detector, so that both sides agree
 * on what a "word" is: lower case, accents folded ("Türklingel" → "turklingel"), ß → ss,
 * every run of other characters a single break.
 */

/** Longest text we look at: titles are short, and a hostile page must not make us slow. */
export const MAX_TEXT = 2000;

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Unicode-property regexes cost about a millisecond each to create, which every shop page would
 * pay (as literals, when the script starts): they are built on first use, and only for text
 * outside the common blocks. Most titles only hold Latin letters, general punctuation, currency and
 * letterlike symbols; for those, a plain class of the same letters and digits (\p{M} has none
 * there) gives the same result. Other text still gets the property regex.
 * tests/unit/shared/normalize.test.ts checks both agree on every character of these blocks.
 */
// eslint-disable-next-line no-misleading-character-class -- code-unit ranges, not characters
export const COMMON_TEXT = /^[^\u0250-\u1fff\u2070-\u209f\u20d0-\u20ff\u2160-\uffff]*$/;
const COMMON_WORD_CHARS =
  '0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u2102\u2107' +
  '\u210a-\u2113\u2115\u2119-\u211d\u2124\u2126\u2128\u212a-\u212d\u212f-\u2139\u213c-\u213f\u2145-\u2149\u214e\u2150-\u215f';
export const COMMON_NON_WORD = new RegExp(`[^${COMMON_WORD_CHARS}]+`, 'g');
let nonWord: RegExp | undefined;
export const unicodeNonWord = (): RegExp => (nonWord ??= new RegExp('[^\\p{L}\\p{N}]+', 'gu'));

export function normalize(text: string): string {
  const folded = text.slice(0, MAX_TEXT).normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(/ß/g, 'ss');
  return folded.replace(COMMON_TEXT.test(folded) ? COMMON_NON_WORD : unicodeNonWord(), ' ').trim();
}

export function words(text: string): string[] {
  const normal = normalize(text);
  return normal === '' ? [] : normal.split(' ');
}

/** Marks between a product and what comes with it: commas, brackets, " - ", "|", "+"… */
const CLAUSE_MARK = /[,;:|+()[\]{}–—•·!?]|\s[-/&]\s/u;

/** Words that start a new clause: "Doorbell with Chime" is a doorbell, "Doorbell Chime" is not. */
const CLAUSE_WORDS = new Set([
  'with',
  'and',
  'plus',
  'incl',
  'including',
  'includes',
  'included',
  'mit',
  'und',
  'inkl',
  'inklusive',
  'sowie',
  'enthalt',
  'avec',
  'et',
  'comprend',
  'con',
  'e',
  'y',
  'incluye',
  'incluso',
  'met',
  'en',
  'inclusief',
  'w',
  'oder',
  'or',
  'ou',
  'o',
]);

export interface Tokens {
  words: string[];
  /** The words as printed (case and accents kept), for explanations shown to people. */
  printed: string[];
  /** `clause[i]` numbers the clause word i belongs to. */
  clause: number[];
}

let printedBreak: RegExp | undefined;
export const unicodePrintedBreak = (): RegExp => (printedBreak ??= new RegExp('[^\\p{L}\\p{N}\\p{M}]+', 'u'));
export const COMMON_PRINTED_BREAK = new RegExp(`[^${COMMON_WORD_CHARS}]+`);

/** The most words of a title detection reads (the gate reads as many: detect/gate.ts). */
export const MAX_TITLE_WORDS = 80;

/** Normalised words of a title, each tagged with the clause it stands in. */
export function tokenize(text: string, maxWords = MAX_TITLE_WORDS): Tokens {
  const result: Tokens = { words: [], printed: [], clause: [] };
  let clause = 0;
  for (const part of text.slice(0, MAX_TEXT).split(CLAUSE_MARK)) {
    clause += 1;
    const normal = words(part);
    const printed = part.split(COMMON_TEXT.test(part) ? COMMON_PRINTED_BREAK : unicodePrintedBreak()).filter(Boolean);
    normal.forEach((word, i) => {
      if (result.words.length >= maxWords) return;
      if (CLAUSE_WORDS.has(word)) clause += 1;
      result.words.push(word);
      // Rare characters normalise into several words; then show the normalised word.
      result.printed.push(printed.length === normal.length ? (printed[i] ?? word) : word);
      result.clause.push(clause);
    });
  }
  return result;
}
