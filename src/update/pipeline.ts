/**
 * Decides whether downloaded bytes may replace the dataset. Pure: the caller fetches and stores.
 * The signature is checked over the exact bytes before they are parsed, so nothing unsigned ever
 * reaches JSON.parse or the schema; every failure is a value, never an exception.
 */
import { futureDates } from '../dataset/check.ts';
import { Dataset, describeIssues } from '../dataset/schema.ts';
import { diffDatasets, type DatasetChanges } from './diff.ts';
import { compareVersions } from './version.ts';
import { verifySignature, type TrustedKey } from './verify.ts';

export type UpdateFailure =
  'too-large' | 'not-json' | 'html' | 'unsigned' | 'bad-signature' | 'invalid-schema' | 'future-date' | 'not-newer' | 'empty';

export type UpdateResult =
  | { ok: true; dataset: Dataset; text: string; keyId: string; changes: DatasetChanges }
  | { ok: false; reason: UpdateFailure; detail?: string };

export interface UpdateInput {
  bytes: Uint8Array;
  signature: string | null;
  contentType?: string | null;
  keys: readonly TrustedKey[];
  /** Only `version` is needed; with `vendors` too, `changes` compares vendor by vendor. */
  current: { version: string; vendors?: Dataset['vendors'] };
  /** YYYY-MM-DD */
  today: string;
  maxBytes: number;
}

const fail = (reason: UpdateFailure, detail?: string): UpdateResult =>
  detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };

export async function checkUpdate(input: UpdateInput): Promise<UpdateResult> {
  try {
    return await check(input);
  } catch (error) {
    return fail('invalid-schema', `unexpected error: ${error instanceof Error ? error.message : 'unknown'}`);
  }
}

async function check({ bytes, signature, contentType, keys, current, today, maxBytes }: UpdateInput): Promise<UpdateResult> {
  if (bytes.length === 0) return fail('empty');
  if (bytes.length > maxBytes) return fail('too-large', `${bytes.length} bytes, at most ${maxBytes} allowed`);
  // A captive portal or error page: say so, rather than "bad signature".
  if (isHtmlType(contentType) || startsWithTag(bytes)) return fail('html');
  if (!signature?.trim()) return fail('unsigned');
  const keyId = await verifySignature(bytes, signature, keys);
  if (keyId === null) return fail('bad-signature', keys.length === 0 ? 'no trusted keys' : undefined);

  let text: string;
  let json: unknown;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    // JSON.parse makes "__proto__" an own key (no pollution); the strict schema then rejects it.
    json = JSON.parse(text);
  } catch (error) {
    return fail('not-json', error instanceof Error ? error.message : undefined);
  }
  const parsed = Dataset.safeParse(json);
  if (!parsed.success) return fail('invalid-schema', describeIssues(parsed.error).split('\n').slice(0, 5).join('\n'));
  const dataset = parsed.data;
  const future = futureDates(dataset, today);
  if (future.length > 0) return fail('future-date', future[0]);
  if (compareVersions(dataset.version, current.version) <= 0) {
    return fail('not-newer', `${dataset.version} is not newer than ${current.version}`);
  }
  const changes = diffDatasets({ version: current.version, vendors: current.vendors ?? [] }, dataset);
  return { ok: true, dataset, text, keyId, changes };
}

function isHtmlType(contentType: string | null | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'text/html';
}

/** True if the first byte after a UTF-8 BOM and whitespace is "<". */
function startsWithTag(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d, 0x0c].includes(bytes[i] ?? 0)) i++;
  return bytes[i] === 0x3c;
}
