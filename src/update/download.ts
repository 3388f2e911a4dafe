/**
 * Downloads a dataset update and its detached signature (`<url>.sig`): https only, bounded in
 * size and time, with no cookies, referrer or cache. It sends no ETag or other validator either: a
 * server-chosen ETag could tell one returning user from another. Everything it returns is untrusted
 * until checkUpdate() (pipeline.ts) has verified it.
 */
export type DownloadFailure = 'not-https' | 'timeout' | 'network' | 'http' | 'too-large';

export type Download =
  | { ok: true; bytes: Uint8Array; signature: string | null; contentType: string | null }
  | { ok: false; reason: DownloadFailure; detail?: string };

export const MAX_UPDATE_BYTES = 2_000_000;
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

export async function downloadUpdate(
  url: string,
  options: { timeoutMs?: number; maxBytes?: number } = {},
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
  const init: RequestInit = { signal: controller.signal, cache: 'no-store', credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer' };
  try {
    const response = await fetch(parsed.href, init);
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
