/**
 * Ed25519 signature check for dataset updates, with WebCrypto only, so the same code runs in the
 * extension and in Node (scripts, tests). Nothing here throws: bad input simply does not verify.
 */

export interface TrustedKey {
  id: string;
  /** Base64 of the 32-byte raw Ed25519 public key. */
  publicKey: string;
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict base64 (padded, no whitespace inside) to bytes, or null. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  const trimmed = text.trim();
  if (!BASE64.test(trimmed)) return null;
  try {
    return Uint8Array.from(atob(trimmed), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Returns the id of the trusted key whose detached signature over exactly `bytes` is valid, or null. */
export async function verifySignature(bytes: Uint8Array, signatureBase64: string, keys: readonly TrustedKey[]): Promise<string | null> {
  try {
    const signature = fromBase64(signatureBase64);
    if (signature?.length !== 64) return null;
    // A copy: WebCrypto wants an ArrayBuffer-backed view, and the caller's buffer could change meanwhile.
    const data = new Uint8Array(bytes);
    for (const key of keys) {
      if (await verifyWith(key, data, signature)) return key.id;
    }
  } catch {
    // Fall through: anything unexpected means "not verified".
  }
  return null;
}

async function verifyWith(key: TrustedKey, data: Uint8Array<ArrayBuffer>, signature: Uint8Array<ArrayBuffer>): Promise<boolean> {
  try {
    const raw = fromBase64(key.publicKey);
    if (raw?.length !== 32) return false;
    const publicKey = await crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signature, data);
  } catch {
    return false;
  }
}
