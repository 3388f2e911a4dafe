/** updateOffer (src/update/config.ts): what the options page offers, by what the build was given. */
import { beforeAll, describe, expect, test } from 'vitest';
import { updateOffer } from '../../../src/update/config.ts';
import { testKeys, type KeyPair } from '../../support/signed-dataset.ts';

let key: KeyPair;
beforeAll(async () => {
  ({ key } = await testKeys());
});
const URL_ = 'https://updates.example.org/dataset.json';

describe('updateOffer', () => {
  test('what the options page offers: download with an address and a key, import with a key, else neither', () => {
    expect(updateOffer(URL_, [key.publicKey])).toEqual({ download: true, import: true });
    expect(updateOffer(null, [key.publicKey])).toEqual({ download: false, import: true });
    expect(updateOffer(null, [])).toEqual({ download: false, import: false });
    expect(updateOffer(URL_, [])).toEqual({ download: false, import: false });
  });
});
