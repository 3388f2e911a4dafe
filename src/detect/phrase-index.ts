/**
 * A phrase dictionary keyed by first word, so that finding every phrase in a title costs one
 * map lookup per word, however many phrases the dataset holds. It reads the packed form that
 * phrase-table.ts builds (at build time, or once in tests and the popup's tools): the content
 * script carries no code for building one.
 */

export interface PhraseMatch<T> {
  /** Index of the first word of the match. */
  start: number;
  /** Index after the last word of the match. */
  end: number;
  value: T;
}

/** [words after the first, value]. */
export type Entry<T> = [rest: string[], value: T];

/**
 * The shipped form of an index, cheap to load: the distinct values once, and per first word one
 * string of entries ("rest words\tvalue index", newline-separated) that is split only when a page
 * contains that word.
 */
export interface PhraseTable<T> {
  values: T[];
  first: Record<string, string>;
  suffixes: [suffix: string, value: number][];
}

/** The entries of a packed table for one first word, longest first (as phrase-table.ts packs them). */
export function unpackEntries<T>(table: PhraseTable<T>, word: string): Entry<T>[] | undefined {
  if (!Object.hasOwn(table.first, word)) return undefined;
  return (table.first[word] ?? '').split('\n').map((line): Entry<T> => {
    const [rest = '', index = '0'] = line.split('\t');
    return [rest ? rest.split(' ') : [], table.values[Number(index)] as T];
  });
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

function wordMatches(test: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  return test === word || (test.includes('#') && modelPattern(test).test(word));
}

export class PhraseIndex<T> {
  /** Entries unpacked so far, per first word (misses are not kept: a page's words are many). */
  private readonly byFirstWord = new Map<string, Entry<T>[]>();
  private readonly suffixes: [string, T][];

  constructor(private readonly table: PhraseTable<T>) {
    this.suffixes = table.suffixes.map(([suffix, index]) => [suffix, table.values[index] as T]);
  }

  private entriesFor(word: string): Entry<T>[] | undefined {
    let entries = this.byFirstWord.get(word);
    if (!entries) {
      entries = unpackEntries(this.table, word);
      if (entries) this.byFirstWord.set(word, entries);
    }
    return entries;
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
