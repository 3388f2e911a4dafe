/**
 * The whole update check, as the options page and the weekly check run it: download, then every
 * check of pipeline.ts against the dataset in use. Nothing is stored here; installing is a
 * separate step the user confirms.
 */
import type { Dataset } from '../dataset/schema.ts';
import { TRUSTED_KEYS } from './config.ts';
import { dayBefore, downloadUpdate, type DownloadFailure, MAX_UPDATE_BYTES } from './download.ts';
import { checkUpdate, type UpdateFailure, type UpdateInput, type UpdateResult } from './pipeline.ts';

export type PreparedUpdate =
  | (Extract<UpdateResult, { ok: true }> & { source: string; signature: string })
  | { ok: false; reason: UpdateFailure | DownloadFailure; detail?: string };

/**
 * checkUpdate() with this build's trusted keys, today's date and the size cap: the one place where
 * they are assembled, for a download, an imported file and an update waiting from the weekly check.
 */
export function checkCandidate(
  candidate: Pick<UpdateInput, 'bytes' | 'signature'> & { contentType?: string | null },
  current: Dataset,
  now: Date = new Date(),
): Promise<UpdateResult> {
  return checkUpdate({
    ...candidate,
    keys: TRUSTED_KEYS,
    current,
    today: now.toISOString().slice(0, 10),
    maxBytes: MAX_UPDATE_BYTES,
  });
}

export async function prepareUpdate(url: string, current: Dataset, options: { timeoutMs?: number } = {}): Promise<PreparedUpdate> {
  const download = await downloadUpdate(url, { ...options, maxBytes: MAX_UPDATE_BYTES, modifiedSince: dayBefore(current.reviewed) });
  if (!download.ok) return download;
  const result = await checkCandidate({ bytes: download.bytes, signature: download.signature, contentType: download.contentType }, current);
  return result.ok ? { ...result, source: url, signature: download.signature ?? '' } : result;
}
