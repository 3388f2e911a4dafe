/**
 * Brand lookup for the popup: vendor names, brands, parent companies and product lines, typed
 * the way people type them ("eufy", "Anker", "nest cam", "Rnig", "Türklingel Ring", "simply safe",
 * "tplink"). Pure and instant: a few hundred short strings, scored per query word with a small
 * edit distance.
 *
 * Brands are written with and without spaces or hyphens ("TP-Link", "tp link", "tplink"): the
 * index holds each multi-word phrase also joined into one word, and the query is tried also with
 * adjacent words joined. A lone letter ("d link") never stands for a word of its own: it is joined
 * to the word after it, so "d link" looks for "dlink" and does not find TP-Link's "link".
 *
 * Why it is long: indexing and scoring share the same notion of a word and a phrase; split
 * apart, each half would have to restate it.
 */
import { words } from '../shared/normalize.ts';
import { KIND_WORDS } from '../detect/terms.ts';

export interface SearchableVendor {
  id: string;
  name: string;
  /** As in the dataset: one name, or one per language (schema's Name); every form is searched. */
  parent: string | Readonly<Record<string, string>>;
  recognition: {
    brands: readonly string[];
    parentBrands: readonly string[];
    lines: readonly { name: string; match: readonly string[] }[];
    /** A cloud platform's app names ("Smart Life"). */
    apps?: readonly string[];
  };
}

export interface SearchResult {
  id: string;
  score: number;
  /**
   * The query named the vendor's parent company or parent brand ("Hikvision" → EZVIZ), not the
   * vendor's own name: the result should say whose brand it is.
   */
  viaParent: boolean;
}

interface Term {
  weight: number;
  /** A word of the name the result shows (or of the vendor id). */
  name: boolean;
  /** A word of the parent company or of a parent brand. */
  parent: boolean;
}

interface Entry {
  id: string;
  /** Words of the vendor's names, brands and lines (and of multi-word ones joined), with a weight each. */
  terms: Map<string, Term>;
}

/** Words that say what kind of device, not whose: they should not decide the ranking. */
const KIND_TERMS = new Set(
  Object.values(KIND_WORDS)
    .flat()
    .flatMap((phrase) => words(phrase.replace('~', ''))),
);

/**
 * Words of company names that say nothing about whose company ("Co., Ltd.", "Inc.", "Technology"),
 * and the dataset's remark "(ownership not verified)": not indexed, and ignored in a query that has
 * other words, so that "D-Link Corporation" does not find Xiaomi Corporation.
 */
const COMPANY_WORDS = new Set([
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'co',
  'corp',
  'corporation',
  'company',
  'gmbh',
  'ag',
  'se',
  'sa',
  'sas',
  'nv',
  'bv',
  'plc',
  'holding',
  'holdings',
  'group',
  'international',
  'technology',
  'technologies',
  'digital',
  'innovation',
  'innovations',
  'ownership',
  'not',
  'verified',
]);

/** Phrases of up to this many words are also indexed joined ("TP-Link" → "tplink"). */
const MAX_JOINED_WORDS = 3;

/** Damerau–Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  // One flat table: cell (i, j) at i * width + j.
  const table = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let j = 0; j <= b.length; j += 1) table[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    table[i * width] = i;
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      table[i * width + j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
  }
  return at(a.length, b.length);
}

/** Joins each lone letter or digit to the word after it ("d link" → "dlink"); a lone last one is dropped. */
export function joinLoneLetters(input: readonly string[]): string[] {
  const output: string[] = [];
  let pending = '';
  for (const word of input) {
    if (word.length === 1) pending += word;
    else {
      output.push(pending + word);
      pending = '';
    }
  }
  return output;
}

export function buildIndex(vendors: readonly SearchableVendor[]): Entry[] {
  return vendors.map((vendor) => {
    const terms = new Map<string, Term>();
    const addWord = (word: string, weight: number, kind: 'name' | 'parent' | 'other') => {
      if (word.length < 2) return;
      const term = terms.get(word) ?? { weight: 0, name: false, parent: false };
      term.weight = Math.max(term.weight, weight);
      if (kind === 'name') term.name = true;
      if (kind === 'parent') term.parent = true;
      terms.set(word, term);
    };
    const add = (text: string, weight: number, kind: 'name' | 'parent' | 'other' = 'other') => {
      const phrase = words(text.replace(/#/g, '')).filter((word) => kind !== 'parent' || !COMPANY_WORDS.has(word));
      for (const word of phrase) addWord(word, weight, kind);
      if (phrase.length > 1 && phrase.length <= MAX_JOINED_WORDS) addWord(phrase.join(''), weight, kind);
    };
    add(vendor.name, 3, 'name');
    add(vendor.id, 3, 'name');
    for (const brand of vendor.recognition.brands) add(brand, 3);
    for (const app of vendor.recognition.apps ?? []) add(app, 3);
    for (const brand of vendor.recognition.parentBrands) add(brand, 2, 'parent');
    for (const parent of typeof vendor.parent === 'string' ? [vendor.parent] : Object.values(vendor.parent)) add(parent, 1.5, 'parent');
    for (const line of vendor.recognition.lines) {
      add(line.name, 1);
      for (const phrase of line.match) add(phrase, 1);
    }
    return { id: vendor.id, terms };
  });
}

/** How well one query word matches a vendor's word: exact, prefix, or a typo away (same first letter). */
function wordScore(query: string, term: string): number {
  if (query === term) return 1;
  if (query.length >= 2 && term.startsWith(query)) return 0.8;
  // A typo rarely hits the first letter; without this rule "dlink" would be one edit from "link" and "blink".
  if (query.length >= 4 && query[0] === term[0]) {
    const limit = query.length >= 7 ? 2 : 1;
    const distance = editDistance(query, term, limit);
    if (distance <= limit) return distance === 1 ? 0.6 : 0.4;
  }
  return 0;
}

/** A word to look up and how many typed words it stands for (2 for "simply safe" joined). */
interface Part {
  text: string;
  covers: number;
}

/** The query as typed, and with adjacent words joined: each pair, and all of them when few. */
function variants(queryWords: readonly string[]): Part[][] {
  const single = queryWords.map((text) => ({ text, covers: 1 }));
  const result = [single];
  for (let i = 0; i + 1 < queryWords.length; i += 1) {
    result.push([...single.slice(0, i), { text: `${queryWords[i] ?? ''}${queryWords[i + 1] ?? ''}`, covers: 2 }, ...single.slice(i + 2)]);
  }
  if (queryWords.length > 2 && queryWords.length <= MAX_JOINED_WORDS + 1)
    result.push([{ text: queryWords.join(''), covers: queryWords.length }]);
  return result;
}

interface Scored {
  score: number;
  viaParent: boolean;
}

function scoreVariant(entry: Entry, parts: readonly Part[], total: number): Scored {
  let score = 0;
  let matched = 0;
  let nameMatched = false;
  let parentMatched = false;
  for (const part of parts) {
    let best = 0;
    let bestTerm: Term | undefined;
    for (const [text, term] of entry.terms) {
      const value = wordScore(part.text, text) * term.weight;
      if (value > 0 && term.name) nameMatched = true;
      if (value > best) {
        best = value;
        bestTerm = term;
      }
    }
    if (best > 0) matched += part.covers;
    if (bestTerm?.parent) parentMatched = true;
    score += best * part.covers;
  }
  // Every typed word should find something; partial matches rank below full ones.
  return { score: score * (matched / total), viaParent: parentMatched && !nameMatched };
}

export function search(index: readonly Entry[], query: string, limit = 10): SearchResult[] {
  const all = joinLoneLetters(words(query));
  // Device words ("Türklingel", "camera") and company words ("Ltd") only count when nothing else was typed.
  const specific = all.filter((word) => !KIND_TERMS.has(word) && !COMPANY_WORDS.has(word));
  const queryWords = specific.length > 0 ? specific : all;
  if (queryWords.length === 0) return [];
  const tries = variants(queryWords);
  const results: SearchResult[] = [];
  for (const entry of index) {
    let best: Scored = { score: 0, viaParent: false };
    for (const parts of tries) {
      const scored = scoreVariant(entry, parts, queryWords.length);
      if (scored.score > best.score) best = scored;
    }
    if (best.score > 0) results.push({ id: entry.id, score: best.score, viaParent: best.viaParent });
  }
  return results.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
