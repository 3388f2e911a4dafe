/**
 * Text normalisation shared by the dataset compiler and the detector, so that both sides agree
 * on what a "word" is: lower case, accents folded ("Türklingel" → "turklingel"), ß → ss,
 * every run of other characters a single break.
 */

/** Longest text we look at: titles are short, and a hostile page must not make us slow. */
export const MAX_TEXT = 2000;

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^\p{L}\p{N}]+/gu;

export function normalize(text: string): string {
  return text
    .slice(0, MAX_TEXT)
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(NON_WORD, ' ')
    .trim();
}

export function words(text: string): string[] {
  const normal = normalize(text);
  return normal === '' ? [] : normal.split(' ');
}

/** Marks between a product and what comes with it: commas, brackets, " - ", "|", "+"… */
const CLAUSE_MARK = /[,;:|+()[\]{}–—•·!?]|\s[-/&]\s/u;

/** Words that start a new clause: "Doorbell with Chime" is a doorbell, "Doorbell Chime" is not. */
const CLAUSE_WORDS = new Set([
  'with', 'and', 'plus', 'incl', 'including', 'includes', 'included', 'mit', 'und', 'inkl', 'inklusive', 'sowie',
  'enthalt', 'avec', 'et', 'comprend', 'con', 'e', 'y', 'incluye', 'incluso', 'met', 'en', 'inclusief', 'w', 'oder',
  'or', 'ou', 'o',
]);

export interface Tokens {
  words: string[];
  /** The words as printed (case and accents kept), for explanations shown to people. */
  printed: string[];
  /** `clause[i]` numbers the clause word i belongs to. */
  clause: number[];
}

const PRINTED_BREAK = /[^\p{L}\p{N}\p{M}]+/u;

/** Normalised words of a title, each tagged with the clause it stands in. */
export function tokenize(text: string, maxWords = 80): Tokens {
  const result: Tokens = { words: [], printed: [], clause: [] };
  let clause = 0;
  for (const part of text.slice(0, MAX_TEXT).split(CLAUSE_MARK)) {
    clause += 1;
    const normal = words(part);
    const printed = part.split(PRINTED_BREAK).filter(Boolean);
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
