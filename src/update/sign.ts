/**
 * Key generation and signing for dataset releases (scripts and tests). WebCrypto only, like
 * verify.ts, so a key made here is checked by exactly the code the extension runs.
 */
import { fromBase64, toBase64, type TrustedKey } from './verify.ts';

const ED25519 = { name: 'Ed25519' } as const;
const PEM_LABEL = 'PRIVATE KEY';

export async function generateKeyPair(): Promise<{ privateKeyPem: string; publicKey: TrustedKey }> {
  const pair = await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify']);
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privateKeyPem: toPem(pkcs8), publicKey: await trustedKey(raw) };
}

/** Base64 Ed25519 signature over exactly `bytes`. */
export async function signBytes(bytes: Uint8Array, privateKeyPem: string): Promise<string> {
  const key = await crypto.subtle.importKey('pkcs8', fromPem(privateKeyPem), ED25519, false, ['sign']);
  return toBase64(new Uint8Array(await crypto.subtle.sign(ED25519, key, new Uint8Array(bytes))));
}

/** The public half of a private key, via JWK (WebCrypto cannot export it otherwise). */
export async function publicKeyOf(privateKeyPem: string): Promise<TrustedKey> {
  const key = await crypto.subtle.importKey('pkcs8', fromPem(privateKeyPem), ED25519, true, ['sign']);
  const { x } = await crypto.subtle.exportKey('jwk', key);
  const raw = x === undefined ? null : fromBase64(base64urlToBase64(x));
  if (raw?.length !== 32) throw new Error('not an Ed25519 private key');
  return trustedKey(raw);
}

/** id: the first 16 hex digits of SHA-256 over the raw public key. */
async function trustedKey(raw: Uint8Array<ArrayBuffer>): Promise<TrustedKey> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  const id = [...hash.slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return { id, publicKey: toBase64(raw) };
}

function toPem(der: Uint8Array): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${PEM_LABEL}-----\n${lines.join('\n')}\n-----END ${PEM_LABEL}-----\n`;
}

function fromPem(pem: string): Uint8Array<ArrayBuffer> {
  const match = new RegExp(`-----BEGIN ${PEM_LABEL}-----([^-]+)-----END ${PEM_LABEL}-----`).exec(pem);
  const der = match?.[1] === undefined ? null : fromBase64(match[1].replace(/\s+/g, ''));
  if (!der) throw new Error('expected a PKCS#8 PEM private key');
  return der;
}

function base64urlToBase64(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return base64 + '='.repeat((4 - (base64.length % 4)) % 4);
}
