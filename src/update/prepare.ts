/**
 * The whole update check, as the options page and the weekly check run it: download, then every
 * check of pipeline.ts against the dataset in use. Nothing is stored here; installing is a
 * separate step the user confirms.
 */
import type { Dataset } from '../dataset/schema';
import { trustedKeys } from '../dataset/store';
import { dayBefore, downloadUpdate, type DownloadFailure, MAX_UPDATE_BYTES } from './download';
import { checkUpdate, type UpdateFailure, type UpdateResult } from './pipeline';

export type PreparedUpdate =
  | (Extract<UpdateResult, { ok: true }> & { source: string; signature: string })
  | { ok: false; reason: UpdateFailure | DownloadFailure; detail?: string };

export async function prepareUpdate(
  url: string,
  current: Dataset,
  options: { timeoutMs?: number } = {},
): Promise<PreparedUpdate> {
  const download = await downloadUpdate(url, { ...options, maxBytes: MAX_UPDATE_BYTES, modifiedSince: dayBefore(current.reviewed) });
  if (!download.ok) return download;
  const result = await checkUpdate({
    bytes: download.bytes,
    signature: download.signature,
    contentType: download.contentType,
    keys: trustedKeys(),
    current,
    today: new Date().toISOString().slice(0, 10),
    maxBytes: MAX_UPDATE_BYTES,
  });
  return result.ok ? { ...result, source: url, signature: download.signature ?? '' } : result;
}
