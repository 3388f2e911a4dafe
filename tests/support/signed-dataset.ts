/**
 * Datasets and keys for the update tests: the bundled dataset, plausible next releases of it, and
 * throwaway Ed25519 key pairs made per test file (never a release key).
 */
import { readDatasetFiles } from '../../build/dataset-files.ts';
import { Dataset, type Claim } from '../../src/dataset/schema.ts';
import { generateKeyPair } from '../../src/update/sign.ts';
import { inEveryLanguage } from './localized.ts';

export type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

/** Two fresh key pairs: `key` signs the test releases and is trusted, `other` is the stranger. */
export async function testKeys(): Promise<{ key: KeyPair; other: KeyPair }> {
  const [key, other] = await Promise.all([generateKeyPair(), generateKeyPair()]);
  return { key, other };
}

export const bundled = Dataset.parse(readDatasetFiles());
export const clone = (): Dataset => structuredClone(bundled);
export const today = new Date().toISOString().slice(0, 10);
export const encode = (text: string) => new TextEncoder().encode(text);
/** The bytes of a release as the release tool writes them. */
export const serialise = (data: unknown) => encode(JSON.stringify(data, null, 2) + '\n');

/** The bundled dataset with a later version, i.e. a plausible next release. */
export function next(): Dataset {
  return { ...clone(), version: `${bundled.version}.1` };
}

export const claim = (id: string): Claim => ({
  id,
  topic: 'encryption',
  date: '2024-01',
  status: 'confirmed',
  evidence: 'primary',
  summary: inEveryLanguage('A test claim.'),
  sources: [{ url: 'https://example.org/a', publisher: 'Example', title: 'A page', published: '2024-01-02' }],
});

/** A copy whose first vendor gains a claim and, citing it, a different e2ee verdict. */
export function withChangedVerdict(): { data: Dataset; from: string; to: string } {
  const data = next();
  const vendor = data.vendors[0]!;
  const from = vendor.verdicts.e2ee.value;
  const to = from === 'opt-in' ? 'default' : 'opt-in';
  vendor.claims.push(claim('test-claim'));
  vendor.verdicts.e2ee = { value: to, claims: ['test-claim'] };
  return { data, from, to };
}
