/**
 * Downloads a dataset update and its detached signature (`<url>.sig`): https only, bounded in
 * size and time, with no cookies, referrer or cache. The request is conditional, but on a date taken
 * from the dataset in use (`If-Modified-Since`), never on a validator the server chose: a replayed
 * ETag or Last-Modified could be unique to one user and tell a returning user from another.
 * Everything it returns is untrusted until checkUpdate() (pipeline.ts) has verified it.
 */
export type DownloadFailure = 'not-https' | 'timeout' | 'network' | 'http' | 'too-large' | 'not-modified';

export type Download =
  | { ok: true; bytes: Uint8Array; signature: string | null; contentType: string | null }
  | { ok: false; reason: DownloadFailure; detail?: string };

export const MAX_UPDATE_BYTES = 8_000_000;
export const UPDATE_TIMEOUT_MS = 10_000;

/** Reads a body up to `max` bytes; stops (and cancels the stream) as soon as it is larger. */
async function readCapped(response: Response, max: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) return undefined;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** `YYYY-MM-DD` as an HTTP date at midnight UTC; undefined if it is not a date. */
export function httpDate(isoDate: string): string | undefined {
  const date = new Date(`${isoDate}T00:00:00Z`);
  // Date rolls 30 February over into March; a real date survives the round trip unchanged.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === isoDate ? date.toUTCString() : undefined;
}

/**
 * The date update checks are conditional on: the day before the dataset's review date, which every
 * user of that dataset shares. A day early, because a maintainer east of UTC may upload a same-day
 * release before midnight UTC; a needless download costs little, a missed update more.
 */
export function dayBefore(isoDate: string): string | undefined {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

export async function downloadUpdate(
  url: string,
  options: { timeoutMs?: number; maxBytes?: number; modifiedSince?: string | undefined } = {},
): Promise<Download> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, reason: 'not-https' };
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return { ok: false, reason: 'not-https' };
  const maxBytes = options.maxBytes ?? MAX_UPDATE_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort();
  }, options.timeoutMs ?? UPDATE_TIMEOUT_MS);
  const init: RequestInit = {
    signal: controller.signal,
    cache: 'no-store',
    credentials: 'omit',
    redirect: 'error',
    referrerPolicy: 'no-referrer',
  };
  try {
    const since = options.modifiedSince ? httpDate(options.modifiedSince) : undefined;
    const response = await fetch(parsed.href, since ? { ...init, headers: { 'If-Modified-Since': since } } : init);
    if (response.status === 304) return { ok: false, reason: 'not-modified' };
    if (!response.ok) return { ok: false, reason: 'http', detail: String(response.status) };
    const bytes = await readCapped(response, maxBytes);
    if (!bytes) return { ok: false, reason: 'too-large' };
    const signatureResponse = await fetch(`${parsed.href}.sig`, init);
    const signatureBytes = signatureResponse.ok ? await readCapped(signatureResponse, 1024) : undefined;
    const signature = signatureBytes ? new TextDecoder().decode(signatureBytes).trim() : null;
    return { ok: true, bytes, signature, contentType: response.headers.get('content-type') };
  } catch (error) {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network', detail: String(error) };
  } finally {
    clearTimeout(timer);
  }
}
