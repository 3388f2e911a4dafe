/**
 * Options page: the dataset in use (dataset-section.ts), its safe updates (update-section.ts,
 * update-confirm.ts, auto-update.ts) and the panel's settings (settings-section.ts). Each section
 * is given what it needs (page.ts); every failure is reported on the page, none is left unhandled.
 */
import { browserUi, type Ui } from '../runtime/locales.ts';
import { pageUi, translatePage } from '../runtime/page-ui.ts';
import { TRUSTED_KEYS, UPDATE_HOST_PERMISSION, UPDATE_URL, updateOffer } from '../update/config.ts';
import { autoUpdateSetting } from './auto-update.ts';
import { datasetSection } from './dataset-section.ts';
import { optionsPage, statusLine } from './page.ts';
import { loadSettings, settingsSection } from './settings-section.ts';
import { confirmation, offerPending } from './update-confirm.ts';
import { showUpdateOffer, updateSection } from './update-section.ts';

async function main(ui: Ui): Promise<void> {
  translatePage(ui);
  const page = optionsPage(document, ui);
  const updateStatus = statusLine(page.get('update-status', 'div'), ui);
  const settingsStatus = statusLine(page.get('saved', 'p'), ui);
  const offer = updateOffer(UPDATE_URL, TRUSTED_KEYS);
  showUpdateOffer(page, offer);

  const inUse = await datasetSection(page, updateStatus);
  const confirm = confirmation(page, updateStatus, inUse);
  updateSection(page, offer, updateStatus, inUse, confirm);
  const settings = await loadSettings();
  settingsSection(page, settingsStatus, settings, () => inUse.active.dataset.vendors);
  await Promise.all([
    // A verified update found by the weekly check waits here for the user.
    offerPending(confirm, inUse).catch(() => {
      updateStatus.fail('error_unexpected');
    }),
    offer.download && UPDATE_URL !== null && UPDATE_HOST_PERMISSION !== null
      ? autoUpdateSetting(
          page,
          settingsStatus,
          { url: UPDATE_URL, origin: UPDATE_HOST_PERMISSION },
          settings.settings.autoUpdate,
          settings.readable,
        ).catch(() => {
          settingsStatus.fail('error_unexpected');
        })
      : undefined,
  ]);
}

/** The page could not be set up (e.g. the browser's storage failed): says so where the dataset is shown. */
function failed(ui: Ui): void {
  const error = document.getElementById('dataset-error');
  if (!error) return;
  error.textContent = ui.t('error_unexpected');
  error.hidden = false;
}

async function boot(): Promise<void> {
  const ui = await pageUi().catch(() => browserUi());
  await main(ui).catch(() => {
    failed(ui);
  });
}

boot().catch((error: unknown) => {
  // Not even the browser's own messages are available: nothing can be shown, only logged.
  console.error(error);
});
