/**
 * Compiles the dataset's recognition data and the word lists into phrase indexes, once, so that
 * detecting a page costs a few map lookups per title word whatever the size of the dataset. The
 * content script uses only loadMatcher(), over tables packed at build time.
 */
import type { Kind, Recognition, VendorId } from '../dataset/schema.ts';
import { PhraseIndex, type PhraseTable } from './phrase-index.ts';
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

/**
 * The start words of every product-line phrase and of every brand that names a vendor by itself
 * (an umbrella brand such as "Amazon" needs a line); then the device nouns a camera of a brand we
 * have no record of must name; then the start words of the security terms and security kinds it
 * also needs (detect.ts, unassessedCamera()). Space-separated, suffixes as `~suffix`, the three sets
 * `|`-separated: all that detect/vendor-words.ts needs to tell that a page can get no panel.
 */
export function serializeVendorWords(data: MatcherData): string {
  const brands = startWords(data.tables.brands as PhraseTable<BrandHit>, (hit) => hit.strength === 'brand');
  const vendors = [...new Set([...brands, ...startWords(data.tables.lines)])];
  const security = [
    ...new Set([...startWords(data.tables.security), ...startWords(data.tables.kinds as PhraseTable<Kind>, (kind) => kind !== 'camera')]),
  ];
  return [vendors, DEVICE_GATE_WORDS, security].map((list) => list.join(' ')).join('|');
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
