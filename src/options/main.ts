/**
 * Options page: the dataset in use and its safe updates (check now, import, export, roll back,
 * opt-in weekly check), and the panel's settings (language, collapsed, shops, hidden vendors).
 * An update is stored only after every check passed and the user confirmed its summary. What is
 * offered depends on the build (update/config.ts): checking and the weekly check need an update
 * address and a trusted key, import a trusted key; otherwise the page says new data comes with
 * new releases.
 */
import browser from 'webextension-polyfill';
import { type ActiveDataset, installDataset, loadActiveDataset, rollbackToBundled } from '../update/active.ts';
import { clearPendingUpdate, readPendingUpdate } from '../update/pending.ts';
import { setWeeklyCheck, weeklyCheckSet } from '../update/schedule.ts';
import { formatPartialDate } from '../shared/format.ts';
import type { MessageKey } from '../shared/i18n.ts';
import type { Ui } from '../runtime/locales.ts';
import { pageUi, translatePage } from '../runtime/page-ui.ts';
import { readSettings, setVendorHidden, type Settings, writeSettings } from '../runtime/settings.ts';
import { SHOPS } from '../shops/index.ts';
import { TRUSTED_KEYS, UPDATE_HOST_PERMISSION, UPDATE_URL, type UpdateOffer, updateOffer } from '../update/config.ts';
import type { DatasetChanges } from '../update/diff.ts';
import { dayBefore, MAX_UPDATE_BYTES } from '../update/download.ts';
import { checkCandidate, prepareUpdate } from '../update/prepare.ts';
import { hiddenEntries, renderHiddenList } from './hidden-list.ts';

/** An element of this page by id, checked to be of the expected type. */
function $<T extends HTMLElement = HTMLElement>(id: string, type?: new () => T): T {
  const element = document.getElementById(id);
  if (!element || (type && !(element instanceof type))) throw new Error(`missing #${id}`);
  return element as T;
}

interface Candidate {
  text: string;
  signature: string;
  keyId: string;
  source: string;
  changes: DatasetChanges;
  version: string;
}

const FAILURE_KEYS: Record<string, MessageKey> = {
  'not-https': 'update_error_not_https', timeout: 'update_error_timeout', network: 'update_error_network',
  http: 'update_error_http', 'too-large': 'update_error_too_large',
  empty: 'update_error_empty', html: 'update_error_html', unsigned: 'update_error_unsigned',
  'bad-signature': 'update_error_bad_signature', 'not-json': 'update_error_not_json',
  'invalid-schema': 'update_error_invalid_schema', 'future-date': 'update_error_future_date',
  'not-newer': 'update_error_not_newer',
};

function changesText(ui: Ui, changes: DatasetChanges): string {
  return ui.t('options_changes', [
    String(changes.vendorsAdded.length), String(changes.vendorsRemoved.length), String(changes.verdictsChanged.length),
    String(changes.claimsAdded), String(changes.claimsRemoved),
  ]);
}

/** Says what this build offers for updates, and removes the controls it does not offer. */
function showUpdateOffer(ui: Ui, offer: UpdateOffer): void {
  $('update-note').textContent = offer.download && UPDATE_URL !== null
    ? ui.t('options_update_address', UPDATE_URL)
    : ui.t(offer.import ? 'options_update_import_only' : 'options_update_none');
  for (const [id, offered] of [['check-row', offer.download], ['auto-update-row', offer.download], ['import-row', offer.import]] as const) {
    if (offered) $(id).hidden = false;
    else $(id).remove();
  }
}

async function main(): Promise<void> {
  const ui = await pageUi();
  translatePage(ui);
  const offer = updateOffer(UPDATE_URL, TRUSTED_KEYS);
  showUpdateOffer(ui, offer);
  const status = $('update-status');
  const confirmBox = $('update-confirm');
  let candidate: Candidate | undefined;
  let active: ActiveDataset = await loadActiveDataset();

  const say = (text: string, state: 'ok' | 'error' | 'busy') => {
    status.textContent = text;
    status.dataset['state'] = state;
  };
  const fail = (reason: string) => {
    say(ui.t(FAILURE_KEYS[reason] ?? 'update_error_invalid_schema'), 'error');
  };

  function showDataset(): void {
    const { dataset } = active;
    const claims = dataset.vendors.reduce((sum, vendor) => sum + vendor.claims.length, 0);
    $('dataset-version').textContent = ui.t('options_dataset_version', [
      dataset.version, formatPartialDate(dataset.reviewed, ui.locale), String(dataset.vendors.length), String(claims),
    ]);
    $('dataset-source').textContent = active.stored
      ? ui.t('options_dataset_updated', [active.stored.source, formatPartialDate(active.stored.installedAt.slice(0, 10), ui.locale)])
      : ui.t('options_dataset_bundled');
    const error = $('dataset-error');
    error.hidden = active.error === undefined;
    error.textContent = active.error ? ui.t(active.error === 'storage-unreadable' ? 'options_dataset_storage_unreadable' : 'options_dataset_stored_invalid') : '';
    // Also offered when a stored update failed its checks: rolling back removes it.
    // Unreadable storage may still hold a good update: rolling back would delete it.
    $('rollback', HTMLButtonElement).disabled = active.error === 'storage-unreadable' || (active.origin === 'bundled' && active.error === undefined);
  }

  function propose(next: Candidate): void {
    candidate = next;
    $('update-summary').textContent = ui.t('options_update_ready', [next.version, changesText(ui, next.changes)]);
    $('update-verdicts').replaceChildren(
      ...next.changes.verdictsChanged.map((change) => {
        const item = document.createElement('li');
        item.textContent = ui.t('options_verdict_change', [change.vendor, change.verdict, change.from, change.to]);
        return item;
      }),
    );
    confirmBox.hidden = false;
    say('', 'ok');
    $('install', HTMLButtonElement).focus();
  }

  const check = async (url: string, origin: string) => {
    confirmBox.hidden = true;
    // Access to the update host is asked for now, for that host only, never at install.
    const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
    if (!granted) {
      say(ui.t('options_permission_denied', new URL(url).origin), 'error');
      return;
    }
    say(ui.t('options_checking'), 'busy');
    const result = await prepareUpdate(url, active.dataset);
    if (!result.ok && result.reason === 'not-modified') {
      say(ui.t('update_not_modified', formatPartialDate(dayBefore(active.dataset.reviewed) ?? active.dataset.reviewed, ui.locale)), 'ok');
      return;
    }
    if (!result.ok) {
      fail(result.reason);
      return;
    }
    propose({ text: result.text, signature: result.signature, keyId: result.keyId, source: url, changes: result.changes, version: result.dataset.version });
  };
  if (offer.download && UPDATE_URL !== null && UPDATE_HOST_PERMISSION !== null) {
    const [url, origin] = [UPDATE_URL, UPDATE_HOST_PERMISSION];
    $('check').addEventListener('click', () => {
      void check(url, origin);
    });
  }

  if (offer.import) {
    $('import', HTMLInputElement).addEventListener('change', (event) => {
      void (async () => {
        confirmBox.hidden = true;
        const files = [...((event.target as HTMLInputElement).files ?? [])];
        const data = files.find((file) => !file.name.endsWith('.sig'));
        const sig = files.find((file) => file.name.endsWith('.sig'));
        if (!data || !sig) {
          say(ui.t('update_error_files'), 'error');
          return;
        }
        if (data.size > MAX_UPDATE_BYTES) {
          fail('too-large');
          return;
        }
        const signature = (await sig.text()).trim();
        const result = await checkCandidate({ bytes: new Uint8Array(await data.arrayBuffer()), signature, contentType: data.type || null }, active.dataset);
        if (!result.ok) {
          fail(result.reason);
          return;
        }
        propose({ text: result.text, signature, keyId: result.keyId, source: data.name, changes: result.changes, version: result.dataset.version });
      })();
    });
  }

  $('install').addEventListener('click', () => {
    void (async () => {
      if (!candidate) return;
      try {
        await installDataset({ text: candidate.text, signature: candidate.signature, keyId: candidate.keyId, source: candidate.source, installedAt: new Date().toISOString() });
      } catch {
        // Storage full or failing: the single write did not happen, so the dataset in use is unchanged.
        say(ui.t('update_error_storage'), 'error');
        return;
      }
      await clearPendingUpdate().catch(() => undefined);
      active = await loadActiveDataset();
      confirmBox.hidden = true;
      say(ui.t('options_installed', active.dataset.version), 'ok');
      candidate = undefined;
      showDataset();
    })();
  });
  $('cancel').addEventListener('click', () => {
    candidate = undefined;
    confirmBox.hidden = true;
    say('', 'ok');
  });

  $('rollback').addEventListener('click', () => {
    void (async () => {
      try {
        await rollbackToBundled();
      } catch {
        say(ui.t('update_error_storage'), 'error');
        return;
      }
      active = await loadActiveDataset();
      say(ui.t('options_rolled_back'), 'ok');
      showDataset();
    })();
  });

  $('export').addEventListener('click', () => {
    const text = `${JSON.stringify(active.dataset, null, 2)}\n`;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    link.download = `unwarranted-dataset-${active.dataset.version}.json`;
    link.click();
    setTimeout(() => {
      URL.revokeObjectURL(link.href);
    }, 1000);
  });

  // A verified update found by the weekly check waits here for the user.
  // Unreadable storage has already been reported with the dataset; the rest of the page still works.
  const pending = await readPendingUpdate().catch(() => undefined);
  if (pending) {
    const recheck = await checkCandidate({ bytes: new TextEncoder().encode(pending.text), signature: pending.signature }, active.dataset);
    if (recheck.ok) propose({ ...pending, changes: recheck.changes, version: recheck.dataset.version });
    else await clearPendingUpdate().catch(() => undefined);
  }

  await showSettings(ui, offer, () => active.dataset.vendors);
  showDataset();
}

async function showSettings(ui: Ui, offer: UpdateOffer, vendors: () => readonly { id: string; name: string }[]): Promise<void> {
  const settings = await readSettings();
  const saved = () => {
    $('saved').textContent = ui.t('options_saved');
  };

  if (offer.download && UPDATE_HOST_PERMISSION !== null) {
    const origin = UPDATE_HOST_PERMISSION;
    const auto = $('auto-update', HTMLInputElement);
    auto.checked = settings.autoUpdate && (await weeklyCheckSet());
    auto.addEventListener('change', () => {
      void (async () => {
        if (auto.checked) auto.checked = await browser.permissions.request({ origins: [origin] }).catch(() => false);
        await writeSettings({ autoUpdate: auto.checked });
        await setWeeklyCheck(auto.checked);
        saved();
      })();
    });
  }

  const language = $('language', HTMLSelectElement);
  language.value = settings.language;
  language.addEventListener('change', () => {
    void writeSettings({ language: language.value as typeof settings.language }).then(saved);
  });

  const collapsed = $('collapsed', HTMLInputElement);
  collapsed.checked = settings.panelCollapsed;
  collapsed.addEventListener('change', () => {
    void writeSettings({ panelCollapsed: collapsed.checked }).then(saved);
  });

  const disabled = new Set(settings.disabledShops);
  $('shops').replaceChildren(
    ...SHOPS.map((site) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.dataset['shop'] = site.id;
      box.checked = !disabled.has(site.id);
      box.addEventListener('change', () => {
        if (box.checked) disabled.delete(site.id);
        else disabled.add(site.id);
        void writeSettings({ disabledShops: [...disabled] }).then(saved);
      });
      label.append(box, ` ${site.name}`);
      return label;
    }),
  );

  const hidden = $('hidden', HTMLUListElement);
  const showHidden = (current: Settings) => {
    renderHiddenList(hidden, hiddenEntries(current, vendors(), ui.locale), ui, (vendor) => {
      void (async () => {
        await setVendorHidden(vendor, false);
        showHidden(await readSettings());
        saved();
      })();
    });
  };
  showHidden(settings);
}

void main();
