/**
 * The pipeline, as one pure function: page → shop spec → signals → gate → detection →
 * view. The content script, the Node tests (tests/support/detect-page.ts), `npm run corpus` and
 * `npm run bench` all call it, so what they measure is what the shopper gets. It reads the Document
 * and URL it is given and nothing else of the browser; the result names the stage where it stopped,
 * with what the stages before found. The gate (detect/gate.ts) comes before detection: a page that
 * cannot name a camera never loads the matcher or the content slice.
 */
import type { VendorSummary } from '../dataset/summary.ts';
import { type Decision, detect, findApp, type ProductSignals } from '../detect/detect.ts';
import { mayNameCamera } from '../detect/gate.ts';
import { shopForUrl } from '../shops/index.ts';
import { readDetails, readProduct } from '../shops/read.ts';
import type { ShopSpec } from '../shops/types.ts';
import type { PipelineData } from './data.ts';
import type { CloudPlatformView, ProductView, UnassessedView } from './view.ts';

export interface PageInput {
  url: URL;
  document: Document;
}

export interface PageOptions {
  /** Shop spec ids the user switched the panel off for (settings). */
  disabledShops?: readonly string[];
}

/** What the pipeline made of a page, named by the stage where it stopped. */
export type PageDecision =
  /** The URL is no product page of a supported shop. */
  | { stage: 'no-shop' }
  /** The user switched the panel off for this shop: the page is not read. */
  | { stage: 'shop-off'; shop: ShopSpec }
  /** No product title on the page. */
  | { stage: 'no-title'; shop: ShopSpec }
  /** The gate (detect/gate.ts): these signals cannot name a camera detection would show a panel for. */
  | { stage: 'gate'; shop: ShopSpec; signals: ProductSignals }
  /** Detection found no camera of a known vendor (the decision says why). */
  | { stage: 'no-detection'; shop: ShopSpec; signals: ProductSignals; decision: Decision }
  /** A clearly-security camera of a brand we have no record of, naming no cloud platform's app. */
  | { stage: 'not-assessed'; shop: ShopSpec; signals: ProductSignals; decision: Decision; unassessed: UnassessedView }
  /** A camera of a known vendor: the panel's view. */
  | { stage: 'view'; shop: ShopSpec; signals: ProductSignals; decision: Decision; view: ProductView };

export function decidePage({ url, document }: PageInput, data: PipelineData, { disabledShops = [] }: PageOptions = {}): PageDecision {
  const shop = shopForUrl(url);
  if (!shop) return { stage: 'no-shop' };
  if (disabledShops.includes(shop.id)) return { stage: 'shop-off', shop };
  const signals = readProduct(shop, document);
  if (!signals) return { stage: 'no-title', shop };
  if (!mayNameCamera(signals, data.gate())) return { stage: 'gate', shop, signals };
  const { data: content, matcher } = data.recognition();
  const decision = detect(signals, matcher);
  const { detection, unassessed } = decision;
  const byId = (id: string) => content.vendors.find((candidate) => candidate.id === id);
  if (unassessed) {
    // The brand is unknown; the app it names tells where its footage goes.
    const app = findApp([signals.title, signals.model ?? '', ...readDetails(shop, document)], matcher);
    const platform = app ? byId(app.platform) : undefined;
    if (!app || !platform) {
      return {
        stage: 'not-assessed',
        shop,
        signals,
        decision,
        unassessed: { vendor: 'unknown', ...unassessed, signals: decision.signals },
      };
    }
    const signalsWithApp = [...decision.signals, { type: 'app' as const, detail: app.detail }];
    const view = vendorView(platform, unassessed.kind, signalsWithApp, content.vendors);
    view.platform = unassessed.brand ? { brand: unassessed.brand } : {};
    return { stage: 'view', shop, signals, decision: { ...decision, signals: signalsWithApp }, view };
  }
  const vendor = detection ? byId(detection.vendor) : undefined;
  if (!detection || !vendor) return { stage: 'no-detection', shop, signals, decision };
  const view = vendorView(vendor, detection.kind, decision.signals, content.vendors);
  if (detection.line) view.line = lineView(vendor.lines, detection.line);
  return { stage: 'view', shop, signals, decision, view };
}

/** The panel's view of a vendor's (or a cloud platform's) record. */
function vendorView(
  vendor: VendorSummary,
  kind: ProductView['kind'],
  signals: ProductView['signals'],
  all: readonly VendorSummary[],
): ProductView {
  const view: ProductView = { vendor: vendor.id, vendorName: vendor.name, kind, verdicts: vendor.verdicts, signals };
  if (vendor.cloudPlatform) view.platform = {};
  const platforms = (vendor.cloudPlatforms ?? []).flatMap(({ id, some }): CloudPlatformView[] => {
    const platform = all.find((candidate) => candidate.id === id);
    return platform ? [{ id, name: platform.name, headline: platform.verdicts.headline, ...(some ? { some } : {}) }] : [];
  });
  if (platforms.length > 0) view.cloudPlatforms = platforms;
  return view;
}

const VENDOR_SIGNALS: readonly string[] = ['line', 'brand', 'title-brand', 'app'];

/**
 * Whether detection saw a vendor (a product line, a brand), camera or not: where the content
 * script starts reading the user's settings (hidden vendors, debug log), and nowhere before.
 */
export function sawVendor(page: PageDecision): boolean {
  return 'decision' in page && page.decision.signals.some((signal) => VENDOR_SIGNALS.includes(signal.type));
}

/** The recognised line for the view, with its own facts where the vendor's summary has them. */
export function lineView(lines: VendorSummary['lines'], name: string): NonNullable<ProductView['line']> {
  const facts = lines?.[name];
  return { name, ...(facts ? { facts } : {}) };
}
