/**
 * Popup: look up any brand by name (typo-tolerant), see its verdict card (the panel's own
 * component), compare up to three vendors verdict by verdict. The vendor detected on the active
 * tab comes first. The parts: results.ts (the list), detail.ts (card or comparison), compare.ts
 * (the chosen vendors), wired by controller.ts; failures are told in words (failures.ts).
 */
import browser from 'webextension-polyfill';
import { browserUi } from '../runtime/locales.ts';
import { requestTabVendor } from '../runtime/messages.ts';
import { pageUi, translatePage } from '../runtime/page-ui.ts';
import { createH } from '../shared/h.ts';
import { loadActiveDataset } from '../update/active.ts';
import type { Vendor } from './context.ts';
import { startPopup } from './controller.ts';
import { popupElements } from './dom.ts';
import { createFailures, Failure } from './failures.ts';

/** The vendor on the active tab; `?tab=<id>` names the tab when the popup is opened as a page. */
async function activeTabVendor(): Promise<string | null> {
  try {
    const named = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(named) && named > 0) return await requestTabVendor(named);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : await requestTabVendor(tab.id);
  } catch {
    // No vendor to put first: the popup works the same without it.
    return null;
  }
}

async function main(): Promise<void> {
  const elements = popupElements(document);
  // Until the chosen language is known, a failure is told in the browser's.
  let failures = createFailures(elements.error, browserUi().t);
  try {
    const ui = await pageUi();
    translatePage(ui);
    failures = createFailures(elements.error, ui.t);
    const active = await loadActiveDataset();
    // The bundled dataset is used then; the options page says more.
    if (active.error === 'storage-unreadable') failures.report(new Failure('error_storage_unreadable'));
    const { dataset } = active;
    const vendors = new Map<string, Vendor>(dataset.vendors.map((vendor) => [vendor.id, vendor]));
    const context = {
      ui,
      h: createH(document),
      card: { document, t: ui.t, locale: ui.locale, language: ui.language },
      dataset,
      detected: await activeTabVendor(),
      vendor: (id: string) => vendors.get(id),
      failures,
    };
    await startPopup(context, elements);
  } catch (error) {
    failures.report(error);
  }
}

main().catch((error: unknown) => {
  // Only when the page itself is broken (an element of index.html missing): said at its top.
  document.body.prepend(createH(document)('p', { className: 'popup-error', attrs: { role: 'alert' } }, browserUi().t('error_unexpected')));
  console.error(error);
});
