/**
 * Compiles the dataset's recognition data and the word lists into phrase indexes, once, so that
 * detecting a page costs a few map lookups per title word whatever the size of the dataset. The
 * content script uses only loadMatcher(), over tables packed at build time.
 */
import type { Kind, Recognition, VendorId } from '../dataset/schema.ts';
import { buildFilter, FILTER_BITS, serializeFilter } from './bloom.ts';
import { type PackedPhrases, type PackedWords, phraseKey } from './gate.ts';
import { PhraseIndex, type PhraseTable, unpackEntries } from './phrase-index.ts';
import { PhraseTableBuilder, startWords } from './phrase-table.ts';
import {
  ACCESSORY_WORDS,
  CONTEXT_WORDS,
  DEVICE_GATE_WORDS,
  FOR_WORDS,
  KIND_WORDS,
  KIT_WORDS,
  LEAD_FILLER_WORDS,
  NOT_CAMERA_WORDS,
  SECURITY_WORDS,
  VIDEO_WORDS,
} from './terms.ts';

/** What detection needs to know of a vendor: the dataset's recognition block and the id. */
export interface RecognisableVendor {
  id: VendorId;
  recognition: Recognition;
}

export interface BrandHit {
  vendor: VendorId;
  /** `parent`: an umbrella brand that needs a product line to name the vendor. */
  strength: 'brand' | 'parent';
}

export interface LineHit {
  vendor: VendorId;
  line: string;
  kind: Kind;
}

/** What detection needs to know of a vendor beyond the phrases. */
export type VendorTraits = Pick<Recognition, 'focus' | 'defaultKind'>;

export interface Matcher {
  vendors: ReadonlyMap<VendorId, VendorTraits>;
  brands: PhraseIndex<BrandHit>;
  lines: PhraseIndex<LineHit>;
  notOurs: PhraseIndex<VendorId>;
  kinds: PhraseIndex<Kind>;
  kits: PhraseIndex<true>;
  context: PhraseIndex<true>;
  accessories: PhraseIndex<true>;
  forWords: PhraseIndex<true>;
  notCamera: PhraseIndex<true>;
  leadFiller: PhraseIndex<true>;
  /** Strict security context, for cameras of brands we have no record of. */
  security: PhraseIndex<true>;
  video: PhraseIndex<true>;
  /** Cloud platforms' app names ("Smart Life app"), anywhere in a camera's product text. */
  apps: PhraseIndex<VendorId>;
}

function packList(list: readonly string[]): PhraseTable<true> {
  const table = new PhraseTableBuilder<true>();
  for (const phrase of list) table.add(phrase, true);
  return table.pack();
}

type TableName =
  | 'brands'
  | 'lines'
  | 'notOurs'
  | 'kinds'
  | 'kits'
  | 'context'
  | 'accessories'
  | 'forWords'
  | 'notCamera'
  | 'leadFiller'
  | 'security'
  | 'video'
  | 'apps';

/** A compiled matcher as plain data: the build ships this, so pages do not pay for compiling. */
export interface MatcherData {
  vendors: [VendorId, VendorTraits][];
  tables: Record<TableName, PhraseTable<unknown>>;
}

/** Packs the dataset's recognition data and the word lists (build time, tests, scripts). */
export function compileMatcherData(vendors: readonly RecognisableVendor[]): MatcherData {
  const brands = new PhraseTableBuilder<BrandHit>();
  const lines = new PhraseTableBuilder<LineHit>();
  const notOurs = new PhraseTableBuilder<VendorId>();
  const apps = new PhraseTableBuilder<VendorId>();
  const traits: [VendorId, VendorTraits][] = [];
  for (const { id, recognition } of vendors) {
    traits.push([id, { focus: recognition.focus, defaultKind: recognition.defaultKind }]);
    for (const brand of recognition.brands) brands.add(brand, { vendor: id, strength: 'brand' });
    for (const brand of recognition.parentBrands) brands.add(brand, { vendor: id, strength: 'parent' });
    for (const line of recognition.lines) {
      for (const phrase of line.match) lines.add(phrase, { vendor: id, line: line.name, kind: line.kind });
    }
    for (const phrase of recognition.notOurs) notOurs.add(phrase, id);
    for (const phrase of recognition.apps) apps.add(phrase, id);
  }
  const kinds = new PhraseTableBuilder<Kind>();
  for (const [kind, list] of Object.entries(KIND_WORDS) as [Kind, readonly string[]][]) {
    for (const phrase of list) kinds.add(phrase, kind);
  }
  const tables: Record<TableName, PhraseTable<unknown>> = {
    brands: brands.pack(),
    lines: lines.pack(),
    notOurs: notOurs.pack(),
    kinds: kinds.pack(),
    kits: packList(KIT_WORDS),
    context: packList(CONTEXT_WORDS),
    accessories: packList(ACCESSORY_WORDS),
    forWords: packList(FOR_WORDS),
    notCamera: packList(NOT_CAMERA_WORDS),
    leadFiller: packList(LEAD_FILLER_WORDS),
    security: packList(SECURITY_WORDS),
    video: packList(VIDEO_WORDS),
    apps: apps.pack(),
  };
  return { vendors: traits, tables };
}

/** The matcher of a vendor list: what loadMatcher() makes of compileMatcherData(). */
export function compileMatcher(vendors: readonly RecognisableVendor[]): Matcher {
  return loadMatcher(compileMatcherData(vendors));
}

/** Every phrase of a packed table, as words (the first word, then the rest). */
function phrasesOf(table: PhraseTable<unknown>): string[][] {
  return Object.keys(table.first).flatMap((word) => (unpackEntries(table, word) ?? []).map(([rest]) => [word, ...rest]));
}

/** A table's phrases without their values, each once: all the gate asks is whether one is there. */
function presence(table: PhraseTable<unknown>): PhraseTable<true> {
  const first: Record<string, string> = {};
  for (const word of Object.keys(table.first)) {
    // Longest first, as packed; a missing value index reads as 0 (unpackEntries).
    first[word] = [...new Set((unpackEntries(table, word) ?? []).map(([rest]) => rest.join(' ')))].join('\n');
  }
  return { values: [true], first, suffixes: table.suffixes.map(([suffix]) => [suffix, 0]) };
}

/**
 * The gate (detect/gate.ts) as JSON: in a Bloom filter of fixed size, the words every brand that
 * names a vendor by itself and every product line start with (an umbrella brand such as "Amazon"
 * needs a line), and the whole brand and line phrases; as they are, the fixed word lists of
 * terms.ts it also needs: the device nouns and the start words of the security terms and security
 * kinds a camera of a brand we have no record of must name (detect.ts, unassessedCamera()), the
 * device nouns (kinds) and the not-camera phrases.
 */
export function serializeGate(data: MatcherData, bits = FILTER_BITS): string {
  const { brands, lines, kinds, notCamera, security } = data.tables;
  if (brands.suffixes.length > 0 || lines.suffixes.length > 0) throw new Error('brand and line phrases cannot be word endings');
  const brandPhrases = phrasesOf(brands);
  const linePhrases = phrasesOf(lines);
  const starts = [...startWords(brands as PhraseTable<BrandHit>, (hit) => hit.strength === 'brand'), ...startWords(lines)];
  const keys = [
    ...starts.map((word) => phraseKey('w', [word])),
    ...brandPhrases.map((phrase) => phraseKey('b', phrase)),
    ...linePhrases.map((phrase) => phraseKey('l', phrase)),
  ];
  const securityStarts = [...startWords(security), ...startWords(kinds as PhraseTable<Kind>, (kind) => kind !== 'camera')];
  const words: PackedWords = {
    filter: serializeFilter(buildFilter(new Set(keys), bits)),
    longest: Math.max(...[...brandPhrases, ...linePhrases].map((phrase) => phrase.length)),
    devices: DEVICE_GATE_WORDS.join(' '),
    security: [...new Set(securityStarts)].join(' '),
  };
  const phrases: PackedPhrases = { kinds: presence(kinds), notCamera: presence(notCamera) };
  return `${JSON.stringify(words)}\n${JSON.stringify(phrases)}`;
}

export function loadMatcher(data: MatcherData): Matcher {
  const table = <T>(name: TableName) => new PhraseIndex<T>(data.tables[name] as PhraseTable<T>);
  return {
    vendors: new Map(data.vendors),
    brands: table('brands'),
    lines: table('lines'),
    notOurs: table('notOurs'),
    kinds: table('kinds'),
    kits: table('kits'),
    context: table('context'),
    accessories: table('accessories'),
    forWords: table('forWords'),
    notCamera: table('notCamera'),
    leadFiller: table('leadFiller'),
    security: table('security'),
    video: table('video'),
    apps: table('apps'),
  };
}
