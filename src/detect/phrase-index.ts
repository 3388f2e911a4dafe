/**
 * A phrase dictionary keyed by first word, so that finding every phrase in a title costs one
 * map lookup per word, however many phrases the dataset holds.
 */
import { words } from '../shared/normalize.ts';

export interface PhraseMatch<T> {
  /** Index of the first word of the match. */
  start: number;
  /** Index after the last word of the match. */
  end: number;
  value: T;
}

/** [words after the first, value]: plain data, so a compiled index can be shipped as JSON. */
type Entry<T> = [rest: string[], value: T];

/**
 * The shipped form of an index, built at build time and cheap to load: the distinct values once,
 * and per first word one string of entries ("rest words\tvalue index", newline-separated) that is
 * split only when a page contains that word.
 */
export interface PhraseTable<T> {
  values: T[];
  first: Record<string, string>;
  suffixes: [suffix: string, value: number][];
}

const modelPatterns = new Map<string, RegExp>();

/** `#` in a pattern word stands for a model number: "c#" matches "c200", "c210p2". */
function modelPattern(word: string): RegExp {
  let pattern = modelPatterns.get(word);
  if (!pattern) {
    const source = word
      .split('#')
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\d+[a-z0-9]*');
    pattern = new RegExp(`^${source}$`);
    modelPatterns.set(word, pattern);
  }
  return pattern;
}

/** Normalises a pattern like words() does, but keeps the `#` placeholders. */
function patternWords(phrase: string): string[] {
  return phrase.split(/\s+/).flatMap((part) =>
    part.includes('#')
      ? [
          part
            .split('#')
            .map((piece) => words(piece).join(''))
            .join('#'),
        ]
      : words(part),
  );
}

function wordMatches(test: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  return test === word || (test.includes('#') && modelPattern(test).test(word));
}

export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();
  private readonly suffixes: [string, T][] = [];
  private readonly packed?: PhraseTable<T>;

  constructor(table?: PhraseTable<T>) {
    if (!table) return;
    this.packed = table;
    this.suffixes = table.suffixes.map(([suffix, index]) => [suffix, table.values[index] as T]);
  }

  /** Packs the index for shipping (see PhraseTable). */
  toJSON(): PhraseTable<T> {
    const values: T[] = [];
    const keys = new Map<string, number>();
    const indexOf = (value: T) => {
      const key = JSON.stringify(value);
      let index = keys.get(key);
      if (index === undefined) {
        index = values.push(value) - 1;
        keys.set(key, index);
      }
      return index;
    };
    const first: Record<string, string> = {};
    for (const [word, entries] of this.byFirstWord) {
      first[word] = entries.map(([rest, value]) => `${rest.join(' ')}\t${String(indexOf(value))}`).join('\n');
    }
    return { values, first, suffixes: this.suffixes.map(([suffix, value]) => [suffix, indexOf(value)]) };
  }

  private entriesFor(word: string): Entry<T>[] | undefined {
    const known = this.byFirstWord.get(word);
    if (known || !this.packed || !Object.hasOwn(this.packed.first, word)) return known;
    const { values } = this.packed;
    const entries = (this.packed.first[word] ?? '').split('\n').map((line): Entry<T> => {
      const [rest = '', index = '0'] = line.split('\t');
      return [rest ? rest.split(' ') : [], values[Number(index)] as T];
    });
    this.byFirstWord.set(word, entries);
    return entries;
  }

  /**
   * Adds a phrase. A single word starting with "~" also matches as the end of a longer word
   * ("~kamera" matches "uberwachungskamera").
   */
  add(phrase: string, value: T): this {
    if (phrase.startsWith('~')) {
      const suffix = words(phrase.slice(1)).join('');
      if (suffix.length < 3) throw new Error(`suffix phrase too short: "${phrase}"`);
      this.suffixes.push([suffix, value]);
      return this;
    }
    const [first, ...rest] = patternWords(phrase);
    if (first === undefined) throw new Error(`empty phrase: "${phrase}"`);
    if (first.includes('#')) throw new Error(`a phrase must start with a literal word: "${phrase}"`);
    const entries = this.byFirstWord.get(first) ?? [];
    // Longest first, so that the first hit at a position is the most specific one.
    const at = entries.findIndex(([other]) => other.length < rest.length);
    entries.splice(at === -1 ? entries.length : at, 0, [rest, value]);
    this.byFirstWord.set(first, entries);
    return this;
  }

  /** Every word a phrase with a `wanted` value starts with, and as `~suffix` every word ending that matches. */
  startWords(wanted: (value: T) => boolean = () => true): string[] {
    const firsts = this.packed ? Object.keys(this.packed.first) : [...this.byFirstWord.keys()];
    return [
      ...firsts.filter((word) => this.entriesFor(word)?.some(([, value]) => wanted(value))),
      ...this.suffixes.filter(([, value]) => wanted(value)).map(([suffix]) => `~${suffix}`),
    ];
  }

  /** The longest phrase starting at word `start`, if any. */
  matchAt(text: readonly string[], start: number): PhraseMatch<T> | undefined {
    const word = text[start];
    if (word === undefined) return undefined;
    const entries = this.entriesFor(word);
    if (entries) {
      for (const [rest, value] of entries) {
        if (rest.every((test, offset) => wordMatches(test, text[start + 1 + offset]))) {
          return { start, end: start + 1 + rest.length, value };
        }
      }
    }
    for (const [suffix, value] of this.suffixes) {
      if (word.length > suffix.length && word.endsWith(suffix)) return { start, end: start + 1, value };
    }
    return undefined;
  }

  /** Every longest, non-overlapping match, left to right. */
  findAll(text: readonly string[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let start = 0; start < text.length;) {
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
