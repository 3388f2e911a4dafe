/**
 * A Bloom filter of fixed size: the gate (gate.ts) asks it whether a word or phrase is one of the
 * dataset's, and the answer is "no" or "probably". A "no" is always right, so the gate never turns
 * away a page detection would give a panel; a wrong "probably" only costs that page detection. The
 * content script carries it at the same size however large the dataset grows, where a word list
 * would grow with every vendor; what grows is the share of wrong "probably"s (npm run bench prints
 * it for the 1×, 10× and 100× datasets).
 */

/** Bits of the shipped filter (5.5 KB of text): room for several times today's phrases at few wrong answers. */
export const FILTER_BITS = 6 * 5460;
/** Bit positions per key. */
export const FILTER_HASHES = 7;

/**
 * The filter's bits, six to a character in the base64 alphabet: the form it ships in, read as it
 * is (decoding it first would cost a page more than all its lookups).
 */
export interface BloomFilter {
  bits: string;
  hashes: number;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The six bits of a base64 character, without a table. */
function sextet(code: number): number {
  if (code >= 97) return code - 71; // a–z: 26–51
  if (code >= 65) return code - 65; // A–Z: 0–25
  if (code >= 48) return code + 4; // 0–9: 52–61
  return code === 43 ? 62 : 63; // + /
}

/** The bit positions of a key: FNV-1a over its UTF-16 code units, murmur3's finaliser for a second hash, h1 + i·h2. */
function positions(key: string, bits: number, count: number): number[] {
  let first = 0x811c9dc5;
  for (let i = 0; i < key.length; i += 1) first = Math.imul(first ^ key.charCodeAt(i), 0x01000193);
  let second = first ^ 0x9e3779b9;
  second = Math.imul(second ^ (second >>> 16), 0x85ebca6b);
  second = Math.imul(second ^ (second >>> 13), 0xc2b2ae35);
  second = (second ^ (second >>> 16)) | 1;
  const result: number[] = [];
  for (let i = 0; i < count; i += 1) result.push(((first + Math.imul(i, second)) >>> 0) % bits);
  return result;
}

/** False: certainly not among the keys; true: probably among them. */
export function filterHas(filter: BloomFilter, key: string): boolean {
  for (const position of positions(key, filter.bits.length * 6, filter.hashes)) {
    if ((sextet(filter.bits.charCodeAt(Math.floor(position / 6))) & (1 << (position % 6))) === 0) return false;
  }
  return true;
}

/** The shipped form (serializeFilter) read back: the hash count, a colon, the bits. */
export function parseFilter(packed: string): BloomFilter {
  const colon = packed.indexOf(':');
  return { bits: packed.slice(colon + 1), hashes: Number(packed.slice(0, colon)) };
}

/** Build time: a filter of `bits` bits (a multiple of 6) holding `keys`. */
export function buildFilter(keys: Iterable<string>, bits = FILTER_BITS, hashes = FILTER_HASHES): BloomFilter {
  if (bits % 6 !== 0) throw new Error(`a filter's bits come six to a character: ${String(bits)}`);
  const sextets = new Uint8Array(Math.ceil(bits / 6));
  for (const key of keys) {
    for (const position of positions(key, bits, hashes)) {
      const index = Math.floor(position / 6);
      sextets[index] = (sextets[index] ?? 0) | (1 << (position % 6));
    }
  }
  return { bits: [...sextets].map((value) => ALPHABET[value] ?? '').join(''), hashes };
}

export function serializeFilter(filter: BloomFilter): string {
  return `${String(filter.hashes)}:${filter.bits}`;
}

/** Share of bits set: the chance of a wrong "probably" is about this to the power of the hash count. */
export function filterFill(filter: BloomFilter): number {
  let set = 0;
  for (let i = 0; i < filter.bits.length; i += 1) for (let value = sextet(filter.bits.charCodeAt(i)); value; value &= value - 1) set += 1;
  return set / (filter.bits.length * 6);
}
