/**
 * A cheap first look for a vendor. detect() names a vendor only from a brand or product-line
 * phrase, and every phrase starts with one of a few hundred words; a camera of a brand we have no
 * record of must name a camera, doorbell or monitor noun (terms.ts, DEVICE_GATE_WORDS) in its title
 * and, in the title or the shop's categories, a word a security term or a security kind
 * (doorbell, baby monitor, floodlight, pet camera) starts with. A page whose signals hold neither
 * cannot get a panel. Most product pages are of that kind, so they never
 * pay for loading the matcher (tests/unit/detect/vendor-words.test.ts checks the claim on every fixture
 * and on random input).
 */
import type { ProductSignals } from './detect.ts';
import { brandWords } from './detect.ts';
import { tokenize, words } from '../shared/normalize.ts';

/** Words, and word endings (`~suffix`). */
export interface WordSet {
  words: ReadonlySet<string>;
  suffixes: readonly string[];
}

export interface VendorWords extends WordSet {
  /** A camera of a brand we have no record of needs one of these in its title… */
  devices: WordSet;
  /** …and one of these in its title or categories. */
  security: WordSet;
}

function parseWordSet(packed: string): WordSet {
  const all = packed.split(' ').filter(Boolean);
  return {
    words: new Set(all.filter((word) => !word.startsWith('~'))),
    suffixes: all.filter((word) => word.startsWith('~')).map((word) => word.slice(1)),
  };
}

/** Reads serializeVendorWords()'s output (see matcher.ts): three word sets, `|`-separated. */
export function parseVendorWords(packed: string): VendorWords {
  const [vendors = '', devices = '', security = ''] = packed.split('|');
  return { ...parseWordSet(vendors), devices: parseWordSet(devices), security: parseWordSet(security) };
}

const hasAny = (candidates: readonly string[], set: WordSet) =>
  candidates.some((word) => set.words.has(word) || set.suffixes.some((suffix) => word.length > suffix.length && word.endsWith(suffix)));

/** False only when detect() can find neither a vendor nor a camera of an unknown brand in these signals. */
export function mayNameCamera(input: ProductSignals, vendorWords: VendorWords): boolean {
  const title = tokenize(input.title).words;
  const candidates = [...title, ...(input.brand ? brandWords(input.brand) : []), ...(input.model ? words(input.model) : [])];
  if (hasAny(candidates, vendorWords)) return true;
  if (!hasAny(title, vendorWords.devices)) return false;
  return (
    hasAny(title, vendorWords.security) ||
    hasAny(
      (input.categories ?? []).flatMap((category) => words(category)),
      vendorWords.security,
    )
  );
}
