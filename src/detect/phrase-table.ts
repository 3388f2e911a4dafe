/**
 * Builds the packed phrase tables that phrase-index.ts reads. Runs at build time
 * (build/content-data.ts) and wherever a matcher is compiled from the dataset (tests, scripts,
 * extension pages), never in the content script, which ships the tables already packed.
 */
import { words } from '../shared/normalize.ts';
import { type Entry, type PhraseTable, unpackEntries } from './phrase-index.ts';

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

export class PhraseTableBuilder<T> {
  private readonly byFirstWord = new Map<string, Entry<T>[]>();
  private readonly suffixes: [string, T][] = [];

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

  /** The packed table (see PhraseTable): each distinct value once. */
  pack(): PhraseTable<T> {
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
}

/** Every word a phrase with a `wanted` value starts with, and as `~suffix` every word ending that matches. */
export function startWords<T>(table: PhraseTable<T>, wanted: (value: T) => boolean = () => true): string[] {
  return [
    ...Object.keys(table.first).filter((word) => unpackEntries(table, word)?.some(([, value]) => wanted(value))),
    ...table.suffixes.filter(([, index]) => wanted(table.values[index] as T)).map(([suffix]) => `~${suffix}`),
  ];
}
