/** Release keys (src/update/sign.ts): their id, their public half, their PEM form. */
import { beforeAll, describe, expect, test } from 'vitest';
import { publicKeyOf } from '../../../src/update/sign.ts';
import { fromBase64 } from '../../../src/update/verify.ts';
import { testKeys, type KeyPair } from '../../support/signed-dataset.ts';

let key: KeyPair;
beforeAll(async () => {
  ({ key } = await testKeys());
});

describe('keys', () => {
  test('have a 16-hex-digit id and a 32-byte public key', async () => {
    expect(key.publicKey.id).toMatch(/^[0-9a-f]{16}$/);
    expect(fromBase64(key.publicKey.publicKey)).toHaveLength(32);
    expect(key.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
    expect(await publicKeyOf(key.privateKeyPem)).toEqual(key.publicKey);
  });
});
