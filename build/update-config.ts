/**
 * Where a build of the extension fetches dataset updates, and which keys it trusts: build-time
 * configuration, read by vite.config.ts from two environment variables (README, "Releasing"):
 *
 *   UNWARRANTED_UPDATE_URL   https address of the signed dataset (its signature at `<address>.sig`)
 *   UNWARRANTED_UPDATE_KEYS  path to a JSON list of trusted public keys, as `npm run dataset:keygen` prints them
 *
 * Neither is set by default: such a build has no update address and trusts no key, asks for no host
 * access, and its options page says that new data comes with new releases. Keys alone allow importing
 * a signed file; an address needs keys (else every download would fail its signature check). Bad
 * values fail the build with the variable and the problem. The result goes into the bundle as a
 * define (src/update/config.ts) and into the manifest (withUpdateAccess), nowhere else.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Same shape as TrustedKey in src/update/verify.ts. */
export interface BuildKey {
  id: string;
  publicKey: string;
}

export interface UpdateConfig {
  /** The update address, normalised, or null: this build has none. */
  url: string | null;
  keys: BuildKey[];
}

export const UNCONFIGURED: UpdateConfig = { url: null, keys: [] };

/** Why `value` cannot be an update address, or null if it can. */
export function updateUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'https:') return 'must start with https://';
  if (url.username || url.password) return 'must not contain a user name or password';
  // Host permissions (match patterns) cannot name a port, and the signature is fetched at `<address>.sig`.
  if (url.port) return 'must not name a port';
  if (url.search || url.hash) return 'must not have a query or fragment (the signature is fetched from <address>.sig)';
  if (!url.hostname.includes('.')) return 'must name a public host';
  return null;
}

/** The keys in a key-list file; throws with the file and the problem. */
export function readKeyList(file: string): BuildKey[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(data) || data.length === 0) throw new Error(`${file}: expected a non-empty JSON list of {"id", "publicKey"}`);
  return data.map((entry: unknown, index) => {
    const { id, publicKey } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    const raw = typeof publicKey === 'string' && /^[A-Za-z0-9+/]{43}=$/.test(publicKey) ? Buffer.from(publicKey, 'base64') : null;
    if (raw?.length !== 32) throw new Error(`${file}[${String(index)}]: publicKey must be the base64 of a 32-byte Ed25519 public key`);
    // The id is derived from the key (src/update/sign.ts), so a key cannot be listed under another's id.
    const expected = createHash('sha256').update(raw).digest('hex').slice(0, 16);
    if (id !== expected) throw new Error(`${file}[${String(index)}]: id must be ${expected}, derived from the key`);
    return { id: expected, publicKey: publicKey as string };
  });
}

/** The update configuration a build gets from `env`; paths are relative to `root`. Throws on bad values. */
export function readUpdateConfig(env: Record<string, string | undefined>, root: string): UpdateConfig {
  const url = env['UNWARRANTED_UPDATE_URL']?.trim() ?? '';
  const keysFile = env['UNWARRANTED_UPDATE_KEYS']?.trim() ?? '';
  const problem = url ? updateUrlProblem(url) : null;
  if (problem) throw new Error(`UNWARRANTED_UPDATE_URL ${problem}: ${url}`);
  let keys: BuildKey[] = [];
  try {
    keys = keysFile ? readKeyList(resolve(root, keysFile)) : [];
  } catch (error) {
    throw new Error(`UNWARRANTED_UPDATE_KEYS: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (url && keys.length === 0) {
    throw new Error('UNWARRANTED_UPDATE_URL needs UNWARRANTED_UPDATE_KEYS: without a trusted key every update would be refused');
  }
  return { url: url ? new URL(url).href : null, keys };
}

interface Manifest {
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  [key: string]: unknown;
}

/**
 * The manifest of a build with this configuration. manifest.json is that of a build without an
 * update address: no host access and `connect-src 'self'`. With an address, that one host is added
 * as an optional permission (asked for when the user checks or turns on the weekly check) and to
 * `connect-src`; nothing wider, so no other host can ever be asked for or contacted.
 */
export function withUpdateAccess<T extends Manifest>(manifest: T, config: UpdateConfig): T & { optional_host_permissions?: string[] } {
  const policy = manifest.content_security_policy?.extension_pages ?? '';
  if (manifest.optional_host_permissions !== undefined || !/(^|;)\s*connect-src 'self'\s*(;|$)/.test(policy)) {
    throw new Error("manifest.json must ask for no host access (update access is added at build time) and allow only connect-src 'self'");
  }
  if (!config.url) return manifest;
  const { hostname } = new URL(config.url);
  return {
    ...manifest,
    optional_host_permissions: [`https://${hostname}/*`],
    content_security_policy: {
      ...manifest.content_security_policy,
      extension_pages: policy.replace(/(^|;)(\s*)connect-src 'self'/, `$1$2connect-src 'self' https://${hostname}`),
    },
  };
}
