/**
 * Short fingerprints of a vendor's claims, so "hide until something new is known" can tell which
 * claims a dataset added or changed since the user hid the vendor. Pure and zod-free.
 */
import type { Claim } from './schema.ts';

/** FNV-1a, 32 bit: enough to tell edits of one claim apart; not a security measure. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** "claim-id:hash" of everything the reader sees of the claim: date, status, texts, sources. */
export function claimFingerprint(claim: Pick<Claim, 'id' | 'date' | 'status' | 'summary' | 'sources'>): string {
  return `${claim.id}:${fnv1a(JSON.stringify([claim.date, claim.status, claim.summary, claim.sources]))}`;
}

export function claimFingerprints(claims: readonly Claim[]): string[] {
  return claims.map(claimFingerprint);
}

/**
 * Ids of the claims that are new or changed: fingerprints (of the dataset in use) the user has not
 * seen. Takes fingerprints, not claims, so the content script can use it without the hashing.
 */
export function newClaimIds(fingerprints: readonly string[], seen: readonly string[]): string[] {
  const known = new Set(seen);
  return fingerprints
    .filter((fingerprint) => !known.has(fingerprint))
    .map((fingerprint) => fingerprint.slice(0, fingerprint.lastIndexOf(':')));
}
