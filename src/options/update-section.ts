/**
 * The options page's "Update the dataset": what this build offers (update/config.ts: checking and
 * the weekly check need an update address and a trusted key, import a trusted key; otherwise the
 * page says new data comes with new releases), "check now" and the import of a signed file. Both
 * end in the confirmation (update-confirm.ts) or in a message that says why the update was refused.
 */
import browser from 'webextension-polyfill';
import type { MessageKey } from '../shared/i18n.ts';
import { formatPartialDate } from '../shared/format.ts';
import { UPDATE_HOST_PERMISSION, UPDATE_URL, type UpdateOffer } from '../update/config.ts';
import { dayBefore, MAX_UPDATE_BYTES } from '../update/download.ts';
import { checkCandidate, prepareUpdate } from '../update/prepare.ts';
import type { DatasetInUse } from './dataset-section.ts';
import { type OptionsPage, type Status, whenDone } from './page.ts';
import type { Confirmation } from './update-confirm.ts';

const FAILURE_KEYS: Partial<Record<string, MessageKey>> = {
  'not-https': 'update_error_not_https',
  timeout: 'update_error_timeout',
  network: 'update_error_network',
  http: 'update_error_http',
  'too-large': 'update_error_too_large',
  empty: 'update_error_empty',
  html: 'update_error_html',
  unsigned: 'update_error_unsigned',
  'bad-signature': 'update_error_bad_signature',
  'not-json': 'update_error_not_json',
  'invalid-schema': 'update_error_invalid_schema',
  'future-date': 'update_error_future_date',
  'not-newer': 'update_error_not_newer',
};

/** The message for why an update was refused. */
export function failureKey(reason: string): MessageKey {
  return FAILURE_KEYS[reason] ?? 'update_error_invalid_schema';
}

/** Says what this build offers for updates, and removes the controls it does not offer. */
export function showUpdateOffer({ ui, get }: OptionsPage, offer: UpdateOffer): void {
  get('update-note', 'p').textContent =
    offer.download && UPDATE_URL !== null
      ? ui.t('options_update_address', UPDATE_URL)
      : ui.t(offer.import ? 'options_update_import_only' : 'options_update_none');
  for (const [id, offered] of [
    ['check-row', offer.download],
    ['auto-update-row', offer.download],
    ['import-row', offer.import],
  ] as const) {
    if (offered) get(id, 'p').hidden = false;
    else get(id, 'p').remove();
  }
}

/** Wires "check now" and the import, as far as this build offers them. */
export function updateSection(page: OptionsPage, offer: UpdateOffer, status: Status, inUse: DatasetInUse, confirm: Confirmation): void {
  if (offer.download && UPDATE_URL !== null && UPDATE_HOST_PERMISSION !== null) {
    const [url, origin] = [UPDATE_URL, UPDATE_HOST_PERMISSION];
    page.get('check', 'button').addEventListener(
      'click',
      whenDone(() => checkNow(page, status, inUse, confirm, url, origin), status),
    );
  }
  if (offer.import) {
    const input = page.get('import', 'input');
    input.addEventListener(
      'change',
      whenDone(() => importFiles(status, inUse, confirm, [...(input.files ?? [])]), status),
    );
  }
}

async function checkNow(
  { ui }: OptionsPage,
  status: Status,
  inUse: DatasetInUse,
  confirm: Confirmation,
  url: string,
  origin: string,
): Promise<void> {
  confirm.withdraw();
  // Access to the update host is asked for now, for that host only, never at install.
  const granted = await browser.permissions.request({ origins: [origin] }).catch(() => false);
  if (!granted) {
    status.say(ui.t('options_permission_denied', new URL(url).origin), 'error');
    return;
  }
  status.say(ui.t('options_checking'), 'busy');
  const current = inUse.active.dataset;
  const result = await prepareUpdate(url, current);
  if (!result.ok && result.reason === 'not-modified') {
    status.say(ui.t('update_not_modified', formatPartialDate(dayBefore(current.reviewed) ?? current.reviewed, ui.locale)), 'ok');
  } else if (!result.ok) {
    status.fail(failureKey(result.reason));
  } else {
    confirm.propose({
      text: result.text,
      signature: result.signature,
      keyId: result.keyId,
      source: url,
      changes: result.changes,
      version: result.dataset.version,
    });
  }
}

/** A signed file and its `.sig`, chosen together. */
async function importFiles(status: Status, inUse: DatasetInUse, confirm: Confirmation, files: File[]): Promise<void> {
  confirm.withdraw();
  const data = files.find((file) => !file.name.endsWith('.sig'));
  const sig = files.find((file) => file.name.endsWith('.sig'));
  if (!data || !sig) {
    status.fail('update_error_files');
    return;
  }
  if (data.size > MAX_UPDATE_BYTES) {
    status.fail('update_error_too_large');
    return;
  }
  const signature = (await sig.text()).trim();
  const bytes = new Uint8Array(await data.arrayBuffer());
  const result = await checkCandidate({ bytes, signature, contentType: data.type || null }, inUse.active.dataset);
  if (!result.ok) {
    status.fail(failureKey(result.reason));
    return;
  }
  confirm.propose({
    text: result.text,
    signature,
    keyId: result.keyId,
    source: data.name,
    changes: result.changes,
    version: result.dataset.version,
  });
}
