/**
 * A cheap first look for a vendor. detect() names a vendor only from a brand or product-line
 * phrase, and every phrase starts with one of a few hundred words; a camera of a brand we have no
 * record of must name a camera, doorbell or monitor noun (terms.ts, DEVICE_GATE_WORDS). A page whose
 * title, brand and model hold none of these words cannot get a panel. Most product pages are of that kind, so they never
 * pay for loading the matcher (tests/unit/detect/vendor-words.test.ts checks the claim on every fixture
 * and on random input).
 */
import type { ProductSignals } from './detect.ts';
import { brandWords } from './detect.ts';
import { tokenize, words } from '../shared/normalize.ts';

export interface VendorWords {
  words: ReadonlySet<string>;
  suffixes: readonly string[];
}

/** Reads serializeVendorWords()'s output (see matcher.ts). */
export function parseVendorWords(packed: string): VendorWords {
  const all = packed.split(' ').filter(Boolean);
  return {
    words: new Set(all.filter((word) => !word.startsWith('~'))),
    suffixes: all.filter((word) => word.startsWith('~')).map((word) => word.slice(1)),
  };
}

/** False only when detect() can find neither a vendor nor a camera of an unknown brand in these signals. */
export function mayNameCamera(input: ProductSignals, vendorWords: VendorWords): boolean {
  const candidates = [
    ...tokenize(input.title).words,
    ...(input.brand ? brandWords(input.brand) : []),
    ...(input.model ? words(input.model) : []),
  ];
  return candidates.some(
    (word) => vendorWords.words.has(word) || vendorWords.suffixes.some((suffix) => word.length > suffix.length && word.endsWith(suffix)),
  );
}
