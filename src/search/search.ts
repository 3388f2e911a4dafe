/**
 * Brand lookup for the popup: vendor names, brands, parent companies and product lines, typed
 * the way people type them ("eufy", "Anker", "nest cam", "Rnig", "Türklingel Ring"). Pure and
 * instant: a few hundred short strings, scored per query word with a small edit distance.
 */
import { words } from '../detect/normalize';
import { KIND_WORDS } from '../detect/terms';

export interface SearchableVendor {
  id: string;
  name: string;
  parent: string;
  recognition: { brands: readonly string[]; parentBrands: readonly string[]; lines: readonly { name: string; match: readonly string[] }[] };
}

export interface SearchResult {
  id: string;
  score: number;
}

interface Entry {
  id: string;
  /** Words of the vendor's names, brands and lines, with a weight each. */
  terms: Map<string, number>;
}

/** Words that say what kind of device, not whose: they should not decide the ranking. */
const KIND_TERMS = new Set(Object.values(KIND_WORDS).flat().flatMap((phrase) => words(phrase.replace('~', ''))));

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

export function buildIndex(vendors: readonly SearchableVendor[]): Entry[] {
  return vendors.map((vendor) => {
    const terms = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const word of words(text.replace(/#/g, ''))) {
        if (word.length > 1) terms.set(word, Math.max(terms.get(word) ?? 0, weight));
      }
    };
    add(vendor.name, 3);
    add(vendor.id, 3);
    for (const brand of vendor.recognition.brands) add(brand, 3);
    for (const brand of vendor.recognition.parentBrands) add(brand, 2);
    add(vendor.parent, 1.5);
    for (const line of vendor.recognition.lines) {
      add(line.name, 1);
      for (const phrase of line.match) add(phrase, 1);
    }
    return { id: vendor.id, terms };
  });
}

/** How well one query word matches a vendor's word: exact, prefix, or a typo away. */
function wordScore(query: string, term: string): number {
  if (query === term) return 1;
  if (query.length >= 2 && term.startsWith(query)) return 0.8;
  if (query.length >= 4) {
    const limit = query.length >= 7 ? 2 : 1;
    const distance = editDistance(query, term, limit);
    if (distance <= limit) return distance === 1 ? 0.6 : 0.4;
  }
  return 0;
}

export function search(index: readonly Entry[], query: string, limit = 10): SearchResult[] {
  const all = words(query);
  // Device words ("Türklingel", "camera") only count when nothing else was typed.
  const specific = all.filter((word) => !KIND_TERMS.has(word));
  const queryWords = specific.length > 0 ? specific : all;
  if (queryWords.length === 0) return [];
  const results: SearchResult[] = [];
  for (const entry of index) {
    let score = 0;
    let matched = 0;
    for (const word of queryWords) {
      let best = 0;
      for (const [term, weight] of entry.terms) best = Math.max(best, wordScore(word, term) * weight);
      if (best > 0) matched += 1;
      score += best;
    }
    // Every typed word should find something; partial matches rank below full ones.
    if (matched > 0) results.push({ id: entry.id, score: score * (matched / queryWords.length) });
  }
  return results.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
