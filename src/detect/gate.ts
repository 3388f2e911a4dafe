/**
 * A cheap look for a camera, in two steps, before detection loads its data (the content slice,
 * which costs a page the browser's load of the extension's messages). Where it says no, detect()
 * would give no panel (tests/unit/detect/gate.test.ts checks it on every fixture and on random input).
 *
 * 1. Words. detect() names a vendor only from a brand or product-line phrase, and every phrase
 *    starts with one of a few hundred words; a camera of a brand we have no record of must name a
 *    camera, doorbell or monitor noun (terms.ts, DEVICE_GATE_WORDS) in its title and, in the title
 *    or the shop's categories, a word a security term or a security kind (doorbell, baby monitor,
 *    floodlight, pet camera) starts with. Most product pages hold neither.
 * 2. Phrases, for the pages step 1 lets through: a "dummy camera" is no camera (notCamera); a
 *    vendor needs a whole product-line phrase, or a whole brand phrase with a device noun in the
 *    title, so "Samsung Galaxy", "Ring Chime" or "Amazon Echo Dot" stop here.
 *
 * The dataset's words and phrases (which grow with it) are in a Bloom filter of fixed size
 * (bloom.ts), the fixed word lists of terms.ts as they are: the content script does not grow with
 * the dataset. matcher.ts (serializeGate) packs it at build time.
 */
import { type BloomFilter, filterHas, parseFilter } from './bloom.ts';
import type { ProductSignals } from './detect.ts';
import { brandWords } from './detect.ts';
import { PhraseIndex, type PhraseTable } from './phrase-index.ts';
import { MAX_TITLE_WORDS, words } from '../shared/normalize.ts';

/** Words, and word endings (`~suffix`). */
export interface WordSet {
  words: ReadonlySet<string>;
  suffixes: readonly string[];
}

/**
 * The gate as the build ships it: the first step's part as JSON, a newline, the second step's as
 * JSON; a page parses the second only if it gets past the first.
 */
export interface PackedWords {
  /** Keys: `w word` for every word a vendor phrase starts with, `b phrase` for brands, `l phrase` for product lines. */
  filter: string;
  /** Words in the longest brand or line phrase. */
  longest: number;
  /** Space-separated, suffixes as `~suffix`. */
  devices: string;
  security: string;
}
export interface PackedPhrases {
  kinds: PhraseTable<true>;
  notCamera: PhraseTable<true>;
}

export interface Gate {
  filter: BloomFilter;
  longest: number;
  /** A camera of a brand we have no record of needs one of these in its title… */
  devices: WordSet;
  /** …and one of these in its title or categories. */
  security: WordSet;
  /** Step 2's device nouns and not-camera phrases, parsed on first use. */
  phrases: () => { kinds: PhraseIndex<true>; notCamera: PhraseIndex<true> };
}

/** Key of a phrase in the filter: a pattern word ("c#", a model number) stands as "#", which any word with a digit matches. */
export const phraseKey = (kind: 'w' | 'b' | 'l', phraseWords: readonly string[]): string =>
  `${kind} ${phraseWords.map((word) => (word.includes('#') ? '#' : word)).join(' ')}`;

function parseWordSet(packed: string): WordSet {
  const all = packed.split(' ').filter(Boolean);
  return {
    words: new Set(all.filter((word) => !word.startsWith('~'))),
    suffixes: all.filter((word) => word.startsWith('~')).map((word) => word.slice(1)),
  };
}

export function parseGate(packed: string): Gate {
  const newline = packed.indexOf('\n');
  const words = JSON.parse(packed.slice(0, newline)) as PackedWords;
  let phrases: ReturnType<Gate['phrases']> | undefined;
  return {
    filter: parseFilter(words.filter),
    longest: words.longest,
    devices: parseWordSet(words.devices),
    security: parseWordSet(words.security),
    phrases: () => {
      if (!phrases) {
        const tables = JSON.parse(packed.slice(newline + 1)) as PackedPhrases;
        phrases = { kinds: new PhraseIndex(tables.kinds), notCamera: new PhraseIndex(tables.notCamera) };
      }
      return phrases;
    },
  };
}

const hasAny = (candidates: readonly string[], set: WordSet) =>
  candidates.some((word) => set.words.has(word) || set.suffixes.some((suffix) => word.length > suffix.length && word.endsWith(suffix)));

/** Where in `text` a word starts a vendor phrase (probably). */
const startsAt = (gate: Gate, text: readonly string[]) => [...text.keys()].filter((i) => filterHas(gate.filter, `w ${text[i] ?? ''}`));

/** Whether a brand (`b`) or product-line (`l`) phrase (probably) starts at `start`, and where it would end. */
function phraseEnds(gate: Gate, kind: 'b' | 'l', text: readonly string[], start: number): number[] {
  const ends: number[] = [];
  const walk = (key: string, at: number) => {
    if (at > start && filterHas(gate.filter, key)) ends.push(at);
    const word = text[at];
    if (word === undefined || at - start >= gate.longest) return;
    walk(`${key} ${word}`, at + 1);
    // The first word of a phrase is always literal; later ones may be a model-number pattern.
    if (at > start && /\d/.test(word)) walk(`${key} #`, at + 1);
  };
  walk(kind, start);
  return ends;
}

/** False only when detect() can find neither a vendor nor a camera of an unknown brand in these signals. */
export function mayNameCamera(input: ProductSignals, gate: Gate): boolean {
  // The words detect() reads (tokenize(title).words), without the clauses and printed forms it also makes.
  const title = words(input.title).slice(0, MAX_TITLE_WORDS);
  const brand = input.brand ? brandWords(input.brand) : [];
  const model = input.model ? words(input.model) : [];
  const titleStarts = startsAt(gate, title);
  const modelStarts = startsAt(gate, model);
  const vendorWord = titleStarts.length > 0 || modelStarts.length > 0 || startsAt(gate, brand).length > 0;
  const unassessed =
    hasAny(title, gate.devices) &&
    (hasAny(title, gate.security) ||
      hasAny(
        (input.categories ?? []).flatMap((category) => words(category)),
        gate.security,
      ));
  if (!vendorWord && !unassessed) return false;
  // Step 2, in detect()'s order: a not-camera phrase rules out both paths.
  const { kinds, notCamera } = gate.phrases();
  if (notCamera.findFirst(title)) return false;
  if (unassessed) return true;
  // A product line in the title or the model…
  const line = (text: readonly string[], start: number) => phraseEnds(gate, 'l', text, start).length > 0;
  if (titleStarts.some((start) => line(title, start)) || modelStarts.some((start) => line(model, start))) return true;
  // …or read across the brand field and the title ("Reolink" + "Argus 4 Pro")…
  const brandEnds = phraseEnds(gate, 'b', brand, 0);
  if (brandEnds.some((end) => line([...brand.slice(0, end), ...title], 0))) return true;
  // …or a brand, in the brand field or the title, and a device noun in the title.
  const titleBrand = titleStarts.some((start) => phraseEnds(gate, 'b', title, start).length > 0);
  return (brandEnds.length > 0 || titleBrand) && kinds.findFirst(title) !== undefined;
}
