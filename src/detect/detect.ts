/**
 * Decides from what the shop's page reader (shops/read.ts) found whether a page sells a cloud camera, doorbell or similar
 * device, which vendor makes it and what kind it is. Pure: plain strings in, a decision with the
 * signals that led to it out. See docs/architecture.md for the rules in prose.
 *
 * Why it is long: the rules are applied in one order (docs/architecture.md, point 3) and each
 * depends on the ones before; they read best top to bottom in one file.
 */
import type { Kind, VendorId } from '../dataset/schema.ts';
import type { Matcher } from './matcher.ts';
import type { PhraseMatch } from './phrase-index.ts';
import { tokenize, words } from '../shared/normalize.ts';

export interface ProductSignals {
  title: string;
  /** The brand as the shop prints it: a byline ("Visit the Ring Store"), a brand field. */
  brand?: string | undefined;
  /** Breadcrumbs or category path, outermost first. */
  categories?: readonly string[] | undefined;
  /** Model name or number from a spec table. */
  model?: string | undefined;
}

export type SignalType =
  | 'brand'
  | 'title-brand'
  | 'line'
  | 'kind'
  | 'context'
  | 'kit'
  | 'not-camera'
  | 'accessory'
  | 'for'
  | 'not-ours'
  | 'no-vendor'
  | 'no-device'
  | 'no-context'
  | 'no-title'
  | 'security'
  | 'app';

export interface Signal {
  type: SignalType;
  /** The words that fired, as normalised text. */
  detail: string;
}

export interface Detection {
  vendor: VendorId;
  kind: Kind;
  /** The product line, when one was recognised. */
  line?: string;
}

/**
 * A clearly-security camera, doorbell or baby monitor of a brand we have no record of: the
 * not-assessed panel, or a cloud platform's when its product text names the platform's app.
 */
export interface Unassessed {
  kind: Kind;
  /** The brand as the shop prints it, where it prints one. */
  brand?: string;
}

export interface Decision {
  detection: Detection | null;
  /** Set only when detection is null: see Unassessed. */
  unassessed?: Unassessed;
  /** Why: positive signals, and for a rejection the rule that rejected it last. */
  signals: Signal[];
}

/**
 * Words around the brand in bylines and brand fields, in the shops' languages. Written in
 * normalised form (lower case, no accents), so no normalising is needed when the script starts.
 */
const BRAND_BOILERPLATE = new Set(
  `
  visit visiter the store brand by marke besuche den visitez la boutique marque visita lo di tienda de bezoek winkel
  merk odwiedz sklep marka besok butiken varumarke visite a loja magazasini ziyaret edin von par da door van
  official shop offizieller hersteller manufacturer fabricant produttore fabricante fabrikant ver mais artigos
  more items from weitere artikel von
`
    .trim()
    .split(/\s+/),
);
const JAPANESE_STORE = /の?ストアを表示|ブランド/g;

/** How many words may stand between a device noun and an accessory noun of the same clause. */
const ACCESSORY_REACH = 3;

function text(tokens: readonly string[], match: PhraseMatch<unknown>): string {
  return tokens.slice(match.start, match.end).join(' ');
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The matched words as written in `original`, with the shop's own hyphens and spaces ("TP-Link",
 * not "TP Link"); the printed words joined by spaces where they cannot be found.
 */
function asWritten(original: string, printed: readonly string[], match: { start: number; end: number }): string {
  const parts = printed.slice(match.start, match.end);
  const found = new RegExp(parts.map(escapeRegExp).join("[\\s\\-./&+'’_]{1,3}")).exec(original.slice(0, 2000));
  return found?.[0] ?? parts.join(' ');
}

/** The brand field without "Visit the … Store" and the like. */
export function brandWords(brand: string): string[] {
  return words(brand.replace(JAPANESE_STORE, ' ')).filter((word) => !BRAND_BOILERPLATE.has(word));
}

/**
 * brandWords() with each word as the shop printed it, for explanations shown to people. The
 * gate keeps the cheaper brandWords(): it runs on every product page and shows nothing.
 */
function brandTokens(brand: string): { words: string[]; printed: string[] } {
  const tokens = tokenize(brand.replace(JAPANESE_STORE, ' '));
  const keep = tokens.words.map((word) => !BRAND_BOILERPLATE.has(word));
  return { words: tokens.words.filter((_, i) => keep[i]), printed: tokens.printed.filter((_, i) => keep[i]) };
}

export function detect(input: ProductSignals, matcher: Matcher): Decision {
  const signals: Signal[] = [];
  const reject = (type: SignalType, detail: string): Decision => {
    signals.push({ type, detail });
    return { detection: null, signals };
  };

  const { words: title, printed, clause } = tokenize(input.title);
  /** The matched words as the shop printed them. */
  const asPrinted = (match: { start: number; end: number }) => asWritten(input.title, printed, match);
  if (title.length === 0) return reject('no-title', '');

  const notCamera = matcher.notCamera.findFirst(title);
  if (notCamera) return reject('not-camera', asPrinted(notCamera));

  // Everything after "for"/"für"/"compatible with" names what the product fits, not what it is.
  const forMatch = matcher.forWords.findFirst(title);
  const forAt = forMatch?.start ?? title.length;

  // Vendor: a product line before any "for", else the brand field, else the brand leading the title.
  const lines = matcher.lines.findAll(title).filter((hit) => hit.start < forAt);
  const brand = input.brand ? brandTokens(input.brand) : { words: [], printed: [] };
  const brandField = brand.words;
  const brandHit = matcher.brands.matchAt(brandField, 0);
  // Shops that print the brand apart from the name ("Reolink" + "Argus 4 Pro"): read them together.
  const brandLine = lines.length === 0 && brandHit ? matcher.lines.matchAt([...brandField.slice(0, brandHit.end), ...title], 0) : undefined;
  const model = input.model ? tokenize(input.model) : undefined;
  const modelWords = model?.words ?? [];
  const modelLine = lines.length === 0 && !brandLine ? matcher.lines.findFirst(modelWords) : undefined;
  const outsideTitle = brandLine ?? modelLine;
  const line = lines[0] ?? outsideTitle;
  let lead = 0;
  for (let filler = matcher.leadFiller.matchAt(title, 0); filler; filler = matcher.leadFiller.matchAt(title, lead)) {
    lead = filler.end;
  }
  const leadHit = matcher.brands.matchAt(title, lead);

  let vendor: VendorId | undefined;
  if (line) {
    vendor = line.value.vendor;
    const detail =
      line === modelLine
        ? text(model?.printed ?? [], line)
        : line === brandLine
          ? text([...brand.printed, ...printed], line)
          : asPrinted(line);
    signals.push({ type: 'line', detail });
  } else if (brandHit?.value.strength === 'brand') {
    vendor = brandHit.value.vendor;
    signals.push({ type: 'brand', detail: asWritten(input.brand ?? '', brand.printed, brandHit) });
  } else if (leadHit?.value.strength === 'brand' && (!brandHit || brandHit.value.vendor === leadHit.value.vendor)) {
    vendor = leadHit.value.vendor;
    signals.push({ type: 'title-brand', detail: asPrinted(leadHit) });
  }
  // No vendor: the same device, accessory and "for" rules, then the stricter ones of unassessed().
  const knownBrand = brandHit !== undefined || leadHit !== undefined;
  const noVendor = () => reject('no-vendor', brandField.join(' '));
  // Without a vendor every rejection is "no vendor": the rule that fired says nothing about one.
  const rejectAs = (type: SignalType, detail: string) => (vendor === undefined ? noVendor() : reject(type, detail));
  const recognition = vendor === undefined ? undefined : matcher.vendors.get(vendor);
  if (vendor !== undefined && !recognition) return reject('no-vendor', vendor);
  if (brandHit && brandHit.value.vendor === vendor && line) {
    signals.push({ type: 'brand', detail: asWritten(input.brand ?? '', brand.printed, brandHit) });
  }

  // Device nouns: product lines and kind words, before any "for".
  const titleLines = lines.filter((hit) => hit.value.vendor === vendor);
  const devices: { start: number; end: number; kind: Kind }[] = [
    ...titleLines.map((hit) => ({ start: hit.start, end: hit.end, kind: hit.value.kind })),
    ...matcher.kinds.findAll(title).map((hit) => ({ start: hit.start, end: hit.end, kind: hit.value })),
  ].sort((a, b) => a.start - b.start);
  const firstDevice = devices[0];
  if (!firstDevice && !outsideTitle) return rejectAs('no-device', '');
  if (firstDevice && firstDevice.start >= forAt && forMatch) return rejectAs('for', asPrinted(forMatch));

  // Accessories: an accessory noun before the device, or heading the device's own clause.
  const insideLine = (index: number) => titleLines.some((hit) => index >= hit.start && index < hit.end);
  for (const accessory of matcher.accessories.findAll(title)) {
    if (insideLine(accessory.start)) continue;
    const isHead =
      !firstDevice ||
      accessory.start < firstDevice.start ||
      devices.some(
        (device) =>
          device.end <= accessory.start &&
          accessory.start - device.end < ACCESSORY_REACH &&
          clause[device.end - 1] === clause[accessory.start],
      );
    if (isHead) return rejectAs('accessory', asPrinted(accessory));
  }

  // A shop filing the product under accessories ("Zubehör", "Mounts") is believed.
  const categories = input.categories ?? [];
  const lastCategory = words(categories[categories.length - 1] ?? '');
  const categoryAccessory = matcher.accessories.findFirst(lastCategory);
  if (categoryAccessory && !matcher.kinds.findFirst(lastCategory)) {
    return rejectAs('accessory', text(lastCategory, categoryAccessory));
  }
  const categoryWords = categories.flatMap((category) => words(category));
  if (vendor === undefined || !recognition) {
    if (knownBrand) return noVendor();
    const unassessed = unassessedCamera(title, devices, forAt, categoryWords, matcher, asPrinted, signals);
    if (!unassessed) return noVendor();
    const shownBrand = brand.printed.join(' ').trim();
    return { detection: null, unassessed: shownBrand ? { ...unassessed, brand: shownBrand } : unassessed, signals };
  }

  if (!line) {
    const notOurs = matcher.notOurs.findAll(title).find((hit) => hit.value === vendor);
    if (notOurs) return reject('not-ours', asPrinted(notOurs));
  }

  // Kind: a specific kind word or line wins over a plain "camera", in title order.
  const productDevices = devices.filter((device) => device.start < forAt);
  const specific = productDevices.find((device) => device.kind !== 'camera');
  let kind: Kind = specific?.kind ?? line?.value.kind ?? productDevices[0]?.kind ?? recognition.defaultKind;
  if (kind === 'camera') kind = recognition.defaultKind;
  // The word that says what the product is; a product line already stands as its own signal.
  const kindWords = productDevices.filter((device) => !titleLines.some((hit) => hit.start === device.start && hit.end === device.end));
  const shown = kindWords.find((device) => device.kind !== 'camera') ?? kindWords[0];
  if (shown) signals.push({ type: 'kind', detail: asPrinted(shown) });

  // A vendor that also sells phones or lamps needs a product line or a security context.
  if (recognition.focus === 'mixed' && !line && kind === 'camera') {
    const titleContext = matcher.context.findFirst(title);
    const categoryContext = matcher.context.findFirst(categoryWords);
    if (titleContext) signals.push({ type: 'context', detail: asPrinted(titleContext) });
    else if (categoryContext) signals.push({ type: 'context', detail: text(categoryWords, categoryContext) });
    else return reject('no-context', '');
  }

  if (kind === 'camera') kind = kitOrCamera(title.slice(0, forAt), matcher, asPrinted, signals);

  const detection: Detection = { vendor, kind };
  if (line) detection.line = line.value.line;
  return { detection, signals };
}

/** Kinds that are security devices by themselves, once a camera is named. */
const SECURITY_KINDS: readonly Kind[] = ['doorbell', 'baby-monitor', 'floodlight', 'pet-camera'];

/**
 * Whether a title with no known brand is clearly a security camera, video doorbell or baby monitor,
 * and of which kind: it names a camera (a camera noun, or "video" with a doorbell or baby monitor)
 * and either a kind that is a security device by itself or a strict security word (SECURITY_WORDS)
 * in the title or the shop's categories. Stricter than detection with a vendor on purpose: a wrong
 * panel here would be about a brand we know nothing of.
 */
function unassessedCamera(
  title: readonly string[],
  devices: readonly { start: number; end: number; kind: Kind }[],
  forAt: number,
  categoryWords: readonly string[],
  matcher: Matcher,
  asPrinted: (match: { start: number; end: number }) => string,
  signals: Signal[],
): Unassessed | undefined {
  const own = devices.filter((device) => device.start < forAt);
  const titleBeforeFor = title.slice(0, forAt);
  const video = matcher.video.findFirst(titleBeforeFor);
  const namesCamera = own.some((device) => device.kind === 'camera' || device.kind === 'pet-camera') || video !== undefined;
  if (!namesCamera) return undefined;
  const specific = own.find((device) => SECURITY_KINDS.includes(device.kind));
  const security = matcher.security.findFirst(titleBeforeFor);
  const categorySecurity = security ? undefined : matcher.security.findFirst(categoryWords);
  if (!specific && !security && !categorySecurity) return undefined;
  const shown = specific ?? own[0];
  if (shown) signals.push({ type: 'kind', detail: asPrinted(shown) });
  if (security) signals.push({ type: 'security', detail: asPrinted(security) });
  else if (categorySecurity) signals.push({ type: 'security', detail: text(categoryWords, categorySecurity) });
  return { kind: specific?.kind ?? kitOrCamera(titleBeforeFor, matcher, asPrinted, signals) };
}

/** With a camera as head noun, a kit word ("3-Cam Kit", "NVR system") makes the product a kit. */
function kitOrCamera(
  titleBeforeFor: readonly string[],
  matcher: Matcher,
  asPrinted: (match: { start: number; end: number }) => string,
  signals: Signal[],
): Kind {
  const kit = matcher.kits.findFirst(titleBeforeFor);
  if (!kit) return 'camera';
  signals.push({ type: 'kit', detail: asPrinted(kit) });
  return 'kit';
}

/** The cloud platform whose app a product text names ("works with the Smart Life app"), if any. */
export function findApp(texts: readonly string[], matcher: Matcher): { platform: VendorId; detail: string } | undefined {
  for (const value of texts) {
    const tokens = tokenize(value);
    const hit = matcher.apps.findFirst(tokens.words);
    if (hit) return { platform: hit.value, detail: asWritten(value, tokens.printed, hit) };
  }
  return undefined;
}
