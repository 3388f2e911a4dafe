/**
 * Which dataset is in use: a signed update the user installed, kept in storage.local, or the
 * bundled one. A stored update is checked again on every load (signature and schema): if storage
 * was corrupted or tampered with, the bundled dataset is used and the options page says why.
 */
import browser from 'webextension-polyfill';
import { bundledDataset } from '../dataset/bundled.ts';
import { Dataset } from '../dataset/schema.ts';
import { TRUSTED_KEYS } from './config.ts';
import { verifySignature } from './verify.ts';
import { compareVersions } from './version.ts';

export const STORED_KEY = 'dataset';

/** Exactly what was downloaded and verified, so it can be re-verified byte for byte. */
export interface StoredDataset {
  text: string;
  signature: string;
  keyId: string;
  source: string;
  installedAt: string;
}

export interface ActiveDataset {
  dataset: Dataset;
  origin: 'bundled' | 'updated';
  stored?: Omit<StoredDataset, 'text' | 'signature'>;
  /** Why a stored update is not in use, if there is one, or why storage could not be read. */
  error?: 'stored-invalid' | 'storage-unreadable';
}

function isStored(value: unknown): value is StoredDataset {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['text', 'signature', 'keyId', 'source', 'installedAt'].every((key) => typeof record[key] === 'string');
}

export async function loadActiveDataset(): Promise<ActiveDataset> {
  const bundled: ActiveDataset = { dataset: bundledDataset, origin: 'bundled' };
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(STORED_KEY))[STORED_KEY];
  } catch {
    return { ...bundled, error: 'storage-unreadable' };
  }
  if (raw === undefined) return bundled;
  if (!isStored(raw)) return { ...bundled, error: 'stored-invalid' };
  const bytes = new TextEncoder().encode(raw.text);
  const keyId = await verifySignature(bytes, raw.signature, TRUSTED_KEYS);
  let parsed: ReturnType<typeof Dataset.safeParse> | undefined;
  try {
    parsed = Dataset.safeParse(JSON.parse(raw.text));
  } catch {
    parsed = undefined;
  }
  if (!keyId || !parsed?.success) return { ...bundled, error: 'stored-invalid' };
  // A newer extension release may bundle a newer dataset than an update installed before it.
  if (compareVersions(parsed.data.version, bundledDataset.version) <= 0) return bundled;
  return { dataset: parsed.data, origin: 'updated', stored: { keyId, source: raw.source, installedAt: raw.installedAt } };
}

/** One write, so a crash mid-update leaves either the old or the new dataset, never a mix. */
export async function installDataset(stored: StoredDataset): Promise<void> {
  await browser.storage.local.set({ [STORED_KEY]: stored });
}

export async function rollbackToBundled(): Promise<void> {
  await browser.storage.local.remove(STORED_KEY);
}
