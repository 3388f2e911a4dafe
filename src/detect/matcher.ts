/**
 * Compiles the dataset's recognition data and the word lists into phrase indexes, once, so that
 * detecting a page costs a few map lookups per title word whatever the size of the dataset.
 */
import type { Kind, Recognition, VendorId } from '../dataset/schema.ts';
import { PhraseIndex, type PhraseTable } from './phrase-index.ts';
import { ACCESSORY_WORDS, CONTEXT_WORDS, FOR_WORDS, KIND_WORDS, KIT_WORDS, LEAD_FILLER_WORDS, NOT_CAMERA_WORDS } from './terms.ts';

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
}

function indexOf(list: readonly string[]): PhraseIndex<true> {
  const index = new PhraseIndex<true>();
  for (const phrase of list) index.add(phrase, true);
  return index;
}

export function compileMatcher(vendors: readonly RecognisableVendor[]): Matcher {
  const brands = new PhraseIndex<BrandHit>();
  const lines = new PhraseIndex<LineHit>();
  const notOurs = new PhraseIndex<VendorId>();
  const byId = new Map<VendorId, VendorTraits>();
  for (const { id, recognition } of vendors) {
    byId.set(id, { focus: recognition.focus, defaultKind: recognition.defaultKind });
    for (const brand of recognition.brands) brands.add(brand, { vendor: id, strength: 'brand' });
    for (const brand of recognition.parentBrands) brands.add(brand, { vendor: id, strength: 'parent' });
    for (const line of recognition.lines) {
      for (const phrase of line.match) lines.add(phrase, { vendor: id, line: line.name, kind: line.kind });
    }
    for (const phrase of recognition.notOurs) notOurs.add(phrase, id);
  }
  const kinds = new PhraseIndex<Kind>();
  for (const [kind, list] of Object.entries(KIND_WORDS) as [Kind, readonly string[]][]) {
    for (const phrase of list) kinds.add(phrase, kind);
  }
  return {
    vendors: byId,
    brands,
    lines,
    notOurs,
    kinds,
    kits: indexOf(KIT_WORDS),
    context: indexOf(CONTEXT_WORDS),
    accessories: indexOf(ACCESSORY_WORDS),
    forWords: indexOf(FOR_WORDS),
    notCamera: indexOf(NOT_CAMERA_WORDS),
    leadFiller: indexOf(LEAD_FILLER_WORDS),
  };
}

const TABLES = ['brands', 'lines', 'notOurs', 'kinds', 'kits', 'context', 'accessories', 'forWords', 'notCamera', 'leadFiller'] as const;
type TableName = (typeof TABLES)[number];

/** A compiled matcher as plain data: the build ships this, so pages do not pay for compiling. */
export interface MatcherData {
  vendors: [VendorId, VendorTraits][];
  tables: Record<TableName, PhraseTable<unknown>>;
}

export function serializeMatcher(matcher: Matcher): MatcherData {
  const tables = Object.fromEntries(TABLES.map((name) => [name, (matcher[name] as PhraseIndex<unknown>).toJSON()]));
  return { vendors: [...matcher.vendors], tables: tables as MatcherData['tables'] };
}

/**
 * The start words of every product-line phrase and of every brand that names a vendor by itself
 * (an umbrella brand such as "Amazon" needs a line), space-separated, suffixes as `~suffix`: all
 * that detect/vendor-words.ts needs to tell that a page names no vendor.
 */
export function serializeVendorWords(matcher: Matcher): string {
  const brands = matcher.brands.startWords((hit) => hit.strength === 'brand');
  return [...new Set([...brands, ...matcher.lines.startWords()])].join(' ');
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
  };
}
