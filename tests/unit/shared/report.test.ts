import { describe, expect, test } from 'vitest';
import type { Claim } from '../../../src/dataset/schema.ts';
import { claimFingerprint, claimFingerprints, newClaimIds } from '../../../src/dataset/fingerprint.ts';
import { reportHref } from '../../../src/shared/report.ts';
import { bundledDataset } from '../../../src/dataset/bundled.ts';

const fields = { vendor: 'ring', about: 'ring-ftc-2023-settlement', version: '2026.11.23', language: 'de' };
const EXPECTED_BODY = 'vendor: ring\nabout: ring-ftc-2023-settlement\ndataset: 2026.11.23\nlanguage: de\n\nWas ist falsch?\n';

describe('mistake report', () => {
  test('an issue list gets a new-issue form with exactly the vendor, subject, dataset version and language', () => {
    const href = reportHref({ url: 'https://tracker.test/unwarranted/issues' }, fields, 'Was ist falsch?')!;
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://tracker.test/unwarranted/issues/new');
    expect([...url.searchParams.keys()]).toEqual(['title', 'body']);
    expect(url.searchParams.get('title')).toBe('Mistake report: ring / ring-ftc-2023-settlement');
    expect(url.searchParams.get('body')).toBe(EXPECTED_BODY);
  });

  test('an e-mail address gets a mailto: with the same fields', () => {
    const href = reportHref({ email: 'facts@tracker.test' }, fields, 'Was ist falsch?')!;
    expect(href.startsWith('mailto:facts@tracker.test?')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect([...params.keys()]).toEqual(['subject', 'body']);
    expect(params.get('body')).toBe(EXPECTED_BODY);
  });

  test('nothing about the page or the user: a configured query or fragment is dropped, never extended', () => {
    const href = reportHref({ url: 'https://tracker.test/report?ref=shop#x' }, fields, 'p')!;
    expect(new URL(href).search).not.toContain('ref=');
    expect(href).not.toContain('#');
  });

  test('no address, or an unusable one, gives no report link', () => {
    expect(reportHref({}, fields, 'p')).toBeUndefined();
    expect(reportHref({ url: 'http://tracker.test/issues' }, fields, 'p')).toBeUndefined();
    expect(reportHref({ url: 'javascript:alert(1)' }, fields, 'p')).toBeUndefined();
    expect(reportHref({ email: 'not an address' }, fields, 'p')).toBeUndefined();
  });
});

describe('claim fingerprints (hide until something new is known)', () => {
  const claims = bundledDataset.vendors.find((vendor) => vendor.id === 'ring')!.claims;

  test('nothing is new when nothing changed; a new or edited claim is', () => {
    const seen = claimFingerprints(claims);
    expect(newClaimIds(claimFingerprints(claims), seen)).toEqual([]);
    const edited: Claim[] = claims.map((claim, index) =>
      index === 1 ? { ...claim, summary: { ...claim.summary, en: `${claim.summary.en} More.` } } : claim,
    );
    const added: Claim = { ...claims[0]!, id: 'ring-new-fact', date: '2026-12' };
    expect(newClaimIds(claimFingerprints([...edited, added]), seen)).toEqual([claims[1]!.id, 'ring-new-fact']);
  });

  test('a changed source or status counts as new; the fingerprint starts with the claim id', () => {
    const claim = claims[0]!;
    expect(claimFingerprint(claim).startsWith(`${claim.id}:`)).toBe(true);
    expect(claimFingerprint({ ...claim, status: 'disputed' })).not.toBe(claimFingerprint(claim));
    expect(claimFingerprint({ ...claim, sources: [{ ...claim.sources[0]!, url: 'https://example.org/other' }] })).not.toBe(
      claimFingerprint(claim),
    );
  });
});
