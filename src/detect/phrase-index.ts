/**
 * A phrase dictionary keyed by first word, so that finding every phrase in a title costs one
 * map lookup per word, however many phrases the dataset holds.
 */
import { words } from './normalize';

export interface PhraseMatch<T> {
  /** Index of the first word of the match. */
  start: number;
  /** Index after the last word of the match. */
  end: number;
  value: T;
}

type WordTest = string | RegExp;

interface Entry<T> {
  rest: readonly WordTest[];
  value: T;
}

/** `#` in a pattern word stands for a model number: "c#" matches "c200", "c210p2". */
function wordTest(word: string): WordTest {
  if (!word.includes('#')) return word;
  const source = word.split('#').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\d+[a-z0-9]*');
  return new RegExp(`^${source}$`);
}

/** Normalises a pattern like words() does, but keeps the `#` placeholders. */
function patternWords(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .flatMap((part) => (part.includes('#') ? [part.split('#').map((piece) => words(piece).join('')).join('#')] : words(part)));
}

function wordMatches(test: WordTest, word: string | undefined): boolean {
  if (word === undefined) return false;
  return typeof test === 'string' ? test === word : test.test(word);
}

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();
  private readonly suffixes: { suffix: string; value: T }[] = [];

  /**
   * Adds a phrase. A single word starting with "~" also matches as the end of a longer word
   * ("~kamera" matches "uberwachungskamera").
   */
  add(phrase: string, value: T): this {
    if (phrase.startsWith('~')) {
      const suffix = words(phrase.slice(1)).join('');
      if (suffix.length < 3) throw new Error(`suffix phrase too short: "${phrase}"`);
      this.suffixes.push({ suffix, value });
      return this;
    }
    const [first, ...rest] = patternWords(phrase);
    if (first === undefined) throw new Error(`empty phrase: "${phrase}"`);
    if (first.includes('#')) throw new Error(`a phrase must start with a literal word: "${phrase}"`);
    const entries = this.byFirstWord.get(first) ?? [];
    entries.push({ rest: rest.map(wordTest), value });
    // Longest first, so that the first hit at a position is the most specific one.
    entries.sort((a, b) => b.rest.length - a.rest.length);
    this.byFirstWord.set(first, entries);
    return this;
  }

  /** The longest phrase starting at word `start`, if any. */
  matchAt(text: readonly string[], start: number): PhraseMatch<T> | undefined {
    const word = text[start];
    if (word === undefined) return undefined;
    const entries = this.byFirstWord.get(word);
    if (entries) {
      for (const entry of entries) {
        if (entry.rest.every((test, offset) => wordMatches(test, text[start + 1 + offset]))) {
          return { start, end: start + 1 + entry.rest.length, value: entry.value };
        }
      }
    }
    for (const { suffix, value } of this.suffixes) {
      if (word.length > suffix.length && word.endsWith(suffix)) return { start, end: start + 1, value };
    }
    return undefined;
  }

  /** Every longest, non-overlapping match, left to right. */
  findAll(text: readonly string[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let start = 0; start < text.length; ) {
      const match = this.matchAt(text, start);
      if (match) {
        found.push(match);
        start = match.end;
      } else {
        start += 1;
      }
    }
    return found;
  }

  /** The first match, left to right. */
  findFirst(text: readonly string[]): PhraseMatch<T> | undefined {
    for (let start = 0; start < text.length; start += 1) {
      const match = this.matchAt(text, start);
      if (match) return match;
    }
    return undefined;
  }
}
