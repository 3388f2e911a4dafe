/**
 * This build's update address and trusted keys, fixed when it was built (UNWARRANTED_UPDATE_URL and
 * UNWARRANTED_UPDATE_KEYS, read and validated by build/update-config.ts; vite.config.ts defines
 * them here). A build without them has no update address and trusts no key: nothing is fetched,
 * no host access is asked for, and new data comes with new releases of the extension.
 */
import type { TrustedKey } from './verify.ts';

declare const __UNWARRANTED_UPDATE__: { url: string | null; keys: TrustedKey[] } | undefined;

// Outside a vite build (scripts run with tsx) nothing is defined: the same as an unconfigured build.
const config = typeof __UNWARRANTED_UPDATE__ === 'undefined' ? { url: null, keys: [] } : __UNWARRANTED_UPDATE__;

/** Where updates are downloaded from (the signature from `<address>.sig`), or null. */
export const UPDATE_URL: string | null = config.url;

/** The host permission pattern for UPDATE_URL (the manifest's only optional host permission), or null. */
export const UPDATE_HOST_PERMISSION: string | null = config.url === null ? null : `https://${new URL(config.url).hostname}/*`;

/** The public keys an update must be signed with. */
export const TRUSTED_KEYS: readonly TrustedKey[] = Object.freeze(config.keys.map((key) => Object.freeze({ ...key })));

/** What the options page offers a build with this address and these keys. */
export interface UpdateOffer {
  /** "Check for update now" and the weekly check: an address, and a key to verify what it serves. */
  download: boolean;
  /** Import of a signed file: any trusted key (without one, every file would fail its signature check). */
  import: boolean;
}

export function updateOffer(url: string | null, keys: readonly TrustedKey[]): UpdateOffer {
  return { download: url !== null && keys.length > 0, import: keys.length > 0 };
}
