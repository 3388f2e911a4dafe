/** verifySignature (src/update/verify.ts): which trusted key signed, and null for anything else. */
import { beforeAll, describe, expect, test } from 'vitest';
import { signBytes } from '../../../src/update/sign.ts';
import { toBase64, verifySignature, type TrustedKey } from '../../../src/update/verify.ts';
import { encode, testKeys, type KeyPair } from '../../support/signed-dataset.ts';

let key: KeyPair;
let other: KeyPair;
beforeAll(async () => {
  ({ key, other } = await testKeys());
});

describe('verifySignature', () => {
  test('names the key that signed', async () => {
    const bytes = encode('hello');
    const signature = await signBytes(bytes, other.privateKeyPem);
    expect(await verifySignature(bytes, signature, [key.publicKey, other.publicKey])).toBe(other.publicKey.id);
  });

  test.each([
    ['garbage', 'not base64 at all!'],
    ['empty', ''],
    ['too short', toBase64(new Uint8Array(63))],
    ['zeros', toBase64(new Uint8Array(64))],
  ])('returns null for a %s signature', async (_, signature) => {
    expect(await verifySignature(encode('hello'), signature, [key.publicKey])).toBeNull();
  });

  test('returns null for a malformed key, or none', async () => {
    const bytes = encode('hello');
    const signature = await signBytes(bytes, key.privateKeyPem);
    const bad: TrustedKey[] = [
      { id: 'a', publicKey: '' },
      { id: 'b', publicKey: '***' },
      { id: 'c', publicKey: toBase64(new Uint8Array(31)) },
    ];
    expect(await verifySignature(bytes, signature, bad)).toBeNull();
    expect(await verifySignature(bytes, signature, [])).toBeNull();
  });
});
