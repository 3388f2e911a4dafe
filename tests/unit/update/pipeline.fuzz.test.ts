/**
 * Property-based tests (fast-check) of checkUpdate (src/update/pipeline.ts): random bytes, random
 * JSON, wrong types, non-https links, `__proto__` keys, huge strings and byte flips, signed or not.
 * Bad input must come back as a clear rejection, never as an exception, a polluted prototype or
 * an accepted dataset. The chosen cases are in pipeline.test.ts.
 */
import fc from 'fast-check';
import { MAX_UPDATE_BYTES } from '../../../src/update/download.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkUpdate, type UpdateFailure, type UpdateResult } from '../../../src/update/pipeline.ts';
import { signBytes } from '../../../src/update/sign.ts';
import { toBase64 } from '../../../src/update/verify.ts';
import { bundled, encode, testKeys, today, type KeyPair } from '../../support/signed-dataset.ts';

const REASONS: UpdateFailure[] = [
  'too-large',
  'not-json',
  'html',
  'unsigned',
  'bad-signature',
  'invalid-schema',
  'future-date',
  'not-newer',
  'empty',
];
const NEXT_VERSION = `${bundled.version}.1`;

let key: KeyPair;
/** The test key imported once: signBytes imports it for every signature, which costs more than the signing. */
let signingKey: CryptoKey;
const sign = async (bytes: Uint8Array) => toBase64(new Uint8Array(await crypto.subtle.sign('Ed25519', signingKey, new Uint8Array(bytes))));
beforeAll(async () => {
  ({ key } = await testKeys());
  const der = Buffer.from(key.privateKeyPem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
  signingKey = await crypto.subtle.importKey('pkcs8', der, 'Ed25519', false, ['sign']);
  // Ed25519 is deterministic: the shortcut signs exactly as the release tool does.
  expect(await sign(encode('test'))).toBe(await signBytes(encode('test'), key.privateKeyPem));
});

/** Signs the bytes with the trusted test key, so that they reach JSON and schema checks. */
async function signedCheck(bytes: Uint8Array): Promise<UpdateResult> {
  return checkUpdate({
    bytes,
    signature: await sign(bytes),
    keys: [key.publicKey],
    current: { version: bundled.version, vendors: bundled.vendors },
    today,
    maxBytes: MAX_UPDATE_BYTES,
  });
}

/** The rejection a user sees: a known reason (each has its localized message in the options page). */
function expectRejected(result: UpdateResult, reasons: UpdateFailure[] = REASONS): void {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(reasons).toContain(result.reason);
}

/** Paths to every string in a value, for targeted corruption. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, item]) => stringPaths(item, [...path, k]));
  return [];
}
function getAt(root: unknown, path: (string | number)[]): unknown {
  let node = root as Record<string | number, unknown>;
  for (const step of path) node = node[step] as Record<string | number, unknown>;
  return node;
}
function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  (getAt(root, path.slice(0, -1)) as Record<string | number, unknown>)[path[path.length - 1]!] = value;
}
const CANDIDATE = JSON.stringify({ ...bundled, version: NEXT_VERSION });
/** A fresh valid next release (parsing its JSON is several times faster than structuredClone). */
const candidate = () => JSON.parse(CANDIDATE) as unknown;
const allStrings = stringPaths(candidate());
const urlPaths = allStrings.filter((path) => path[path.length - 1] === 'url');
const textPaths = allStrings.filter((path) => ['en', 'de', 'title', 'publisher', 'name'].includes(String(path[path.length - 1])));
/** Every object that holds a string (not arrays: they cannot take a key). */
const objectPaths = [...new Map(allStrings.map((path) => path.slice(0, -1)).map((path) => [path.join('\u0000'), path])).values()].filter(
  (path) => !Array.isArray(getAt(candidate(), path)),
);

/**
 * One of the paths, drawn field by field: first a place in the schema (array indexes read as `*`,
 * e.g. `vendors.*.claims.*.summary.de`), then one instance of it. Each kind of field is as likely
 * as any other, not in proportion to its instances (most are source titles and URLs), so a few
 * dozen runs reach every kind, which is what these properties are about.
 */
function byField(paths: (string | number)[][]): fc.Arbitrary<(string | number)[]> {
  const fields = new Map<string, (string | number)[][]>();
  for (const path of paths) {
    const field = path.map((step) => (typeof step === 'number' ? '*' : step)).join('.');
    const instances = fields.get(field);
    if (instances) instances.push(path);
    else fields.set(field, [path]);
  }
  return fc.constantFrom(...fields.values()).chain((instances) => fc.constantFrom(...instances));
}

describe('update pipeline', () => {
  test('random bytes, signed or not, are rejected with a known reason', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.boolean(), async (bytes, sign) => {
        const result = sign
          ? await signedCheck(bytes)
          : await checkUpdate({ bytes, signature: 'AAAA', keys: [key.publicKey], current: bundled, today, maxBytes: MAX_UPDATE_BYTES });
        expectRejected(result);
      }),
      { numRuns: 300 },
    );
  });

  test('random JSON values, signed, are rejected as not a dataset', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        expectRejected(await signedCheck(encode(JSON.stringify(value))), ['invalid-schema', 'html', 'empty']);
      }),
      { numRuns: 300 },
    );
  });

  test('a valid next release with one field given a wrong type is rejected', async () => {
    // Not null: some strings are nullable (a source without a publication date).
    const wrong = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.array(fc.string(), { maxLength: 2 }),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
    );
    await fc.assert(
      fc.asyncProperty(byField(allStrings), wrong, async (path, value) => {
        const data = candidate();
        setAt(data, path, value);
        expectRejected(await signedCheck(encode(JSON.stringify(data))), ['invalid-schema']);
      }),
      { numRuns: 40 },
    );
  });

  test('source and action links that are not https are rejected', async () => {
    const bad = fc.oneof(
      fc.constantFrom(
        'javascript:alert(1)',
        'JAVASCRIPT:alert(1)',
        ' javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'http://example.org/',
        'file:///etc/passwd',
        '//example.org/',
        'https://user:pass@example.org/',
        'vbscript:msgbox(1)',
        'blob:https://example.org/x',
      ),
      fc.webUrl({ validSchemes: ['http', 'ftp'] }),
    );
    await fc.assert(
      fc.asyncProperty(byField(urlPaths), bad, async (path, url) => {
        const data = candidate();
        setAt(data, path, url);
        expectRejected(await signedCheck(encode(JSON.stringify(data))), ['invalid-schema']);
      }),
      { numRuns: 40 },
    );
  });

  test('__proto__ and constructor keys are rejected and pollute nothing', async () => {
    await fc.assert(
      fc.asyncProperty(byField(objectPaths), fc.constantFrom('__proto__', 'constructor', 'prototype'), async (path, name) => {
        const data = candidate();
        const text = JSON.stringify(data);
        // Add the key to the chosen object, as raw JSON (an object literal would not keep it).
        const node = getAt(data, path) as Record<string, unknown>;
        const marker = `"__marker__":${JSON.stringify(Math.random())}`;
        node['__marker__'] = 0;
        const withMarker = JSON.stringify(data).replace('"__marker__":0', `"${name}":{"polluted":true,"version":"9999.01.01"},${marker}`);
        expect(withMarker).not.toBe(text);
        expectRejected(await signedCheck(encode(withMarker)), ['invalid-schema']);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });

  test('huge strings and unpaired surrogates in texts are rejected', async () => {
    const bad = fc.oneof(
      fc.constant('x'.repeat(100_000)),
      // Over the 2000 characters a text may have, also after trimming: the ends are never spaces.
      fc.string({ minLength: 1999, maxLength: 2200 }).map((text) => `«${text}»`),
      fc.constantFrom('\uD800', 'Ring \uDC00 doorbell', 'a\uDBFFb', '\uDFFF\uD800'),
      fc.constantFrom('', '   '),
    );
    await fc.assert(
      fc.asyncProperty(byField(textPaths), bad, async (path, value) => {
        const data = candidate();
        setAt(data, path, value);
        expectRejected(await signedCheck(encode(JSON.stringify(data))), ['invalid-schema']);
      }),
      { numRuns: 40 },
    );
  });

  test('truncated or byte-flipped releases are rejected, by signature or by parsing', async () => {
    const good = encode(JSON.stringify(candidate()));
    const signature = await signBytes(good, key.privateKeyPem);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: good.length - 1 }), fc.integer({ min: 1, max: 255 }), fc.boolean(), async (at, flip, truncate) => {
        const bytes = truncate ? good.slice(0, at) : good.map((byte, i) => (i === at ? byte ^ flip : byte));
        const result = await checkUpdate({ bytes, signature, keys: [key.publicKey], current: bundled, today, maxBytes: MAX_UPDATE_BYTES });
        expectRejected(result, ['bad-signature', 'empty', 'html']);
      }),
      { numRuns: 150 },
    );
  });
});
