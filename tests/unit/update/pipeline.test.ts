/**
 * checkUpdate (src/update/pipeline.ts) on chosen cases: what it accepts and why it rejects.
 * The property-based tests over random input are in pipeline.fuzz.test.ts.
 */
import { MAX_UPDATE_BYTES } from '../../../src/update/download.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { readDatasetFiles } from '../../../build/dataset-files.ts';
import { checkUpdate, type UpdateResult } from '../../../src/update/pipeline.ts';
import { generateKeyPair, signBytes } from '../../../src/update/sign.ts';
import { toBase64 } from '../../../src/update/verify.ts';
import {
  bundled,
  clone,
  encode,
  next,
  serialise,
  testKeys,
  today,
  withChangedVerdict,
  type KeyPair,
} from '../../support/signed-dataset.ts';

let key: KeyPair;
let other: KeyPair;
beforeAll(async () => {
  ({ key, other } = await testKeys());
});

async function update(
  bytes: Uint8Array,
  options: { sign?: boolean; signature?: string | null; contentType?: string | null; maxBytes?: number; version?: string } = {},
): Promise<UpdateResult> {
  const signature =
    options.signature !== undefined ? options.signature : options.sign === false ? null : await signBytes(bytes, key.privateKeyPem);
  return checkUpdate({
    bytes,
    signature,
    contentType: options.contentType ?? 'application/json',
    keys: [key.publicKey],
    current: { version: options.version ?? bundled.version },
    today,
    maxBytes: options.maxBytes ?? MAX_UPDATE_BYTES,
  });
}

const reason = (result: UpdateResult) => (result.ok ? 'ok' : result.reason);

describe('checkUpdate accepts', () => {
  test('a signed, valid, newer dataset and reports what changed', async () => {
    const { data, from, to } = withChangedVerdict();
    const bytes = serialise(data);
    const result = await checkUpdate({
      bytes,
      signature: await signBytes(bytes, key.privateKeyPem),
      contentType: 'application/json; charset=utf-8',
      keys: [other.publicKey, key.publicKey],
      current: bundled,
      today,
      maxBytes: bytes.length,
    });
    if (!result.ok) throw new Error(`${result.reason}: ${result.detail ?? ''}`);
    expect(result.keyId).toBe(key.publicKey.id);
    expect(result.dataset.version).toBe(`${bundled.version}.1`);
    expect(result.text).toBe(new TextDecoder().decode(bytes));
    expect(result.changes).toEqual({
      vendorsAdded: [],
      vendorsRemoved: [],
      verdictsChanged: [{ vendor: data.vendors[0]!.id, verdict: 'e2ee', from, to }],
      claimsAdded: 1,
      claimsRemoved: 0,
      fromVersion: bundled.version,
      toVersion: `${bundled.version}.1`,
    });
  });

  test('a newer date version, given only the current version', async () => {
    const result = await update(serialise({ ...clone(), version: '2999.01.01' }), { version: '2026.11.23' });
    expect(reason(result)).toBe('ok');
  });
});

describe('checkUpdate rejects', () => {
  test('an empty body', async () => {
    expect(reason(await update(new Uint8Array()))).toBe('empty');
  });

  test('a body over the size limit, before looking at it', async () => {
    const bytes = serialise(next());
    expect(reason(await update(bytes, { maxBytes: bytes.length - 1, sign: false }))).toBe('too-large');
  });

  test.each([
    ['an HTML content type', '{}', 'text/html; charset=utf-8'],
    ['an HTML error page', '\uFEFF \n <!doctype html><title>502 Bad Gateway</title>', 'application/json'],
    ['HTML without a content type', '<html><body>Sign in to the Wi-Fi</body></html>', null],
  ])('%s', async (_, body, contentType) => {
    expect(reason(await update(encode(body), { contentType, sign: false }))).toBe('html');
  });

  test.each([null, '', '   '])('no signature (%j)', async (signature) => {
    expect(reason(await update(serialise(next()), { signature }))).toBe('unsigned');
  });

  test('a signature by a key that is not trusted', async () => {
    const bytes = serialise(next());
    expect(reason(await update(bytes, { signature: await signBytes(bytes, other.privateKeyPem) }))).toBe('bad-signature');
  });

  test('one byte changed after signing', async () => {
    const bytes = serialise(next());
    const signature = await signBytes(bytes, key.privateKeyPem);
    const tampered = new Uint8Array(bytes);
    const at = new TextDecoder().decode(bytes).indexOf('"version"') + 1;
    tampered[at] = tampered[at]! ^ 0x20; // "version" → "Version": still JSON, no longer signed
    expect(reason(await update(tampered, { signature }))).toBe('bad-signature');
    expect(reason(await update(bytes, { signature }))).toBe('ok');
  });

  test('a valid signature when no key is trusted', async () => {
    const bytes = serialise(next());
    const result = await checkUpdate({
      bytes,
      signature: await signBytes(bytes, key.privateKeyPem),
      keys: [],
      current: bundled,
      today,
      maxBytes: MAX_UPDATE_BYTES,
    });
    expect(result).toEqual({ ok: false, reason: 'bad-signature', detail: 'no trusted keys' });
  });

  test.each([
    ['not JSON', encode('dataset: yes\n')],
    ['truncated JSON', serialise(next()).slice(0, 500)],
    ['invalid UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
  ])('%s, even when signed', async (_, bytes) => {
    expect(reason(await update(bytes))).toBe('not-json');
  });

  test('a source that is not https', async () => {
    const data = withChangedVerdict().data;
    data.vendors[0]!.claims.at(-1)!.sources[0]!.url = 'http://example.org/a';
    const result = await update(serialise(data));
    expect(result).toMatchObject({ ok: false, reason: 'invalid-schema' });
    expect(result.ok ? '' : result.detail).toMatch(/sources\.0\.url: expected an https:\/\/ URL/);
  });

  test('valid JSON of the wrong shape, with at most 5 lines of detail', async () => {
    const result = await update(serialise({ vendors: [{}, {}, {}] }));
    expect(reason(result)).toBe('invalid-schema');
    expect((result.ok ? '' : (result.detail ?? '')).split('\n').length).toBeLessThanOrEqual(5);
  });

  test.each(['__proto__', 'constructor', 'prototype'])('a "%s" key, without polluting anything', async (name) => {
    const text = JSON.stringify(next(), null, 2).replace('{', `{"${name}": {"polluted": true, "version": "9999.01.01"},`);
    const nested = text.replace('"recognition": {', `"recognition": {"${name}": {"polluted": true},`);
    expect(reason(await update(encode(text)))).toBe('invalid-schema');
    expect(reason(await update(encode(nested)))).toBe('invalid-schema');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('a date in the future', async () => {
    const result = await update(serialise({ ...next(), reviewed: '2999-01-01' }));
    expect(result).toEqual({ ok: false, reason: 'future-date', detail: 'reviewed: 2999-01-01 is in the future' });
  });

  test.each([
    ['the same version', bundled.version, bundled.version],
    ['an older version', '2020.01.01', bundled.version],
    ['an older revision of the same day', '2026.11.23.2', '2026.11.23.3'],
  ])('%s', async (_, version, current) => {
    expect(reason(await update(serialise({ ...clone(), version }), { version: current }))).toBe('not-newer');
  });

  test('anything, without throwing', async () => {
    const inputs = [
      { bytes: encode('{}'), signature: '%%%', keys: [{ id: 'x', publicKey: 'nope' }] },
      { bytes: encode('null'), signature: 'AAAA', keys: [key.publicKey] },
      { bytes: new Uint8Array(3), signature: toBase64(new Uint8Array(64)), keys: [other.publicKey] },
    ];
    for (const input of inputs) {
      const result = await checkUpdate({ ...input, current: { version: 'garbage' }, today, maxBytes: 10 });
      expect(reason(result)).toBe('bad-signature');
    }
  });
});

test('a signed update that starts with a byte-order mark is refused, not installed in a form that fails to load', async () => {
  const pair = await generateKeyPair();
  const text = `\uFEFF${JSON.stringify({ ...(readDatasetFiles() as object), version: '2099.01.01' })}`;
  const bytes = new TextEncoder().encode(text);
  const result = await checkUpdate({
    bytes,
    signature: await signBytes(bytes, pair.privateKeyPem),
    keys: [pair.publicKey],
    current: { version: '2026.11.23' },
    today: '2026-11-23',
    maxBytes: MAX_UPDATE_BYTES,
  });
  expect(result).toMatchObject({ ok: false, reason: 'not-json' });
});
