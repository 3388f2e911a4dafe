/**
 * Content script: shop adapter → detection → panel. Runs at document_end on product URLs only
 * (see manifest.json), so the common case — not a camera — costs one read of a few elements.
 */
import generated from 'virtual:unwarranted/recognition';
import { detect } from '../detect/detect';
import { compileMatcher } from '../detect/matcher';
import browser from 'webextension-polyfill';
import { contentLanguage } from '../panel/format';
import { type PanelView, createPanel, placePanel, showError, showFacts, updatePanel } from '../panel/panel';
import { t } from '../shared/i18n';
import { requestVendorFacts } from '../shared/messages';
import { siteForUrl } from '../sites';
import type { RecognisableVendor } from '../detect/matcher';

/** Validated by the build before it was generated, so the cast only restores the type. */
const recognition = generated as readonly (RecognisableVendor & { name: string })[];

/** State kept on the isolated world's global, so a second injection reuses the first panel. */
interface ContentState {
  panel?: HTMLElement;
}
const STATE_KEY = Symbol.for('unwarranted.content');
const scope = globalThis as unknown as Record<symbol, ContentState | undefined>;
const state: ContentState = (scope[STATE_KEY] ??= {});

function run(): void {
  const site = siteForUrl(new URL(location.href));
  const signals = site?.read(document);
  const decision = site && signals ? detect(signals, compileMatcher(recognition)) : undefined;
  const detection = decision?.detection;
  if (!site || !detection) {
    state.panel?.remove();
    delete state.panel;
    return;
  }
  const view = {
    vendor: detection.vendor,
    vendorName: recognition.find((vendor) => vendor.id === detection.vendor)?.name ?? detection.vendor,
    kind: detection.kind,
  };
  if (state.panel?.isConnected) {
    updatePanel(state.panel, view, t);
  } else {
    const anchor = site.anchor(document);
    if (!anchor) return;
    state.panel = createPanel(document, view, t);
    placePanel(state.panel, anchor);
  }
  void loadFacts(state.panel, view.vendor);
}

/** Fills in the verdicts; ignores an answer that arrives after the panel moved to another vendor. */
async function loadFacts(panel: HTMLElement, vendor: PanelView['vendor']): Promise<void> {
  const locale = browser.i18n.getUILanguage();
  try {
    const facts = await requestVendorFacts(vendor);
    if (panel.getAttribute('data-vendor') !== vendor) return;
    if (facts) showFacts(panel, facts, { t, locale, language: contentLanguage(locale) });
    else showError(panel, t);
  } catch {
    if (panel.getAttribute('data-vendor') === vendor) showError(panel, t);
  }
}

run();
