/**
 * A verified update the weekly check found, waiting in storage.local for the user to review it in
 * the options page. What is read back is untrusted (storage can be changed by anything with access
 * to the profile): it is parsed here and checked again in full before it is offered.
 */
import browser from 'webextension-polyfill';
import type { DatasetChanges } from './diff.ts';

export const PENDING_KEY = 'pendingUpdate';

export interface PendingUpdate {
  text: string;
  signature: string;
  keyId: string;
  source: string;
  changes: DatasetChanges;
}

/** The pending update's fields if they have the right types; its changes are computed again on review. */
export function parsePendingUpdate(raw: unknown): Omit<PendingUpdate, 'changes'> | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const fields = raw as Record<string, unknown>;
  const { text, signature, keyId, source } = fields;
  if (typeof text !== 'string' || typeof signature !== 'string' || typeof keyId !== 'string' || typeof source !== 'string')
    return undefined;
  return { text, signature, keyId, source };
}

export async function readPendingUpdate(): Promise<Omit<PendingUpdate, 'changes'> | undefined> {
  const stored: Record<string, unknown> = await browser.storage.local.get(PENDING_KEY);
  return parsePendingUpdate(stored[PENDING_KEY]);
}

export async function storePendingUpdate(update: PendingUpdate): Promise<void> {
  await browser.storage.local.set({ [PENDING_KEY]: update });
}

export async function clearPendingUpdate(): Promise<void> {
  await browser.storage.local.remove(PENDING_KEY);
}
