import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { firefoxManifest } from '../../build/firefox-manifest.ts';
import { readUpdateConfig, UNCONFIGURED, updateUrlProblem, withUpdateAccess } from '../../build/update-config.ts';
import { hiddenEntries } from '../../src/options/hidden-list.ts';
import { parseSettings } from '../../src/runtime/settings.ts';
import { updateOffer } from '../../src/update/config.ts';
import { readDatasetFiles } from '../../build/dataset-files.ts';
import { Dataset, type Claim } from '../../src/dataset/schema.ts';
import { diffDatasets } from '../../src/update/diff.ts';
import { dayBefore, downloadUpdate, httpDate } from '../../src/update/download.ts';
import { checkUpdate, type UpdateResult } from '../../src/update/pipeline.ts';
import { compareVersions } from '../../src/update/version.ts';
import { generateKeyPair, publicKeyOf, signBytes } from '../../src/update/sign.ts';
import { fromBase64, toBase64, verifySignature, type TrustedKey } from '../../src/update/verify.ts';

const bundled = Dataset.parse(readDatasetFiles());
const clone = (): Dataset => structuredClone(bundled);
const today = new Date().toISOString().slice(0, 10);
const encode = (text: string) => new TextEncoder().encode(text);
const serialise = (data: unknown) => encode(JSON.stringify(data, null, 2) + '\n');

let key: Awaited<ReturnType<typeof generateKeyPair>>;
let other: Awaited<ReturnType<typeof generateKeyPair>>;
beforeAll(async () => {
  [key, other] = await Promise.all([generateKeyPair(), generateKeyPair()]);
});

/** The bundled dataset with a later version, i.e. a plausible next release. */
function next(): Dataset {
  return { ...clone(), version: `${bundled.version}.1` };
}

const claim = (id: string): Claim => ({
  id,
  topic: 'encryption',
  date: '2024-01',
  status: 'confirmed',
  evidence: 'primary',
  summary: { en: 'A test claim.', de: 'Eine Test-Aussage.' },
  sources: [{ url: 'https://example.org/a', publisher: 'Example', title: 'A page', published: '2024-01-02' }],
});

/** A copy whose first vendor gains a claim and, citing it, a different e2ee verdict. */
function withChangedVerdict(): { data: Dataset; from: string; to: string } {
  const data = next();
  const vendor = data.vendors[0]!;
  const from = vendor.verdicts.e2ee.value;
  const to = from === 'opt-in' ? 'default' : 'opt-in';
  vendor.claims.push(claim('test-claim'));
  vendor.verdicts.e2ee = { value: to, claims: ['test-claim'] };
  return { data, from, to };
}

async function update(
  bytes: Uint8Array,
  options: { sign?: boolean; signature?: string | null; contentType?: string | null; maxBytes?: number; version?: string } = {},
): Promise<UpdateResult> {
  const signature = options.signature !== undefined ? options.signature : options.sign === false ? null : await signBytes(bytes, key.privateKeyPem);
  return checkUpdate({
    bytes,
    signature,
    contentType: options.contentType ?? 'application/json',
    keys: [key.publicKey],
    current: { version: options.version ?? bundled.version },
    today,
    maxBytes: options.maxBytes ?? 1_000_000,
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
      bytes, signature: await signBytes(bytes, key.privateKeyPem), keys: [], current: bundled, today, maxBytes: 1e6,
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
    expect((result.ok ? '' : result.detail ?? '').split('\n').length).toBeLessThanOrEqual(5);
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

describe('keys', () => {
  test('have a 16-hex-digit id and a 32-byte public key', async () => {
    expect(key.publicKey.id).toMatch(/^[0-9a-f]{16}$/);
    expect(fromBase64(key.publicKey.publicKey)).toHaveLength(32);
    expect(key.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----\n$/);
    expect(await publicKeyOf(key.privateKeyPem)).toEqual(key.publicKey);
  });
});

describe('compareVersions', () => {
  test.each([
    ['2026.11.23', '2026.11.23', 0],
    ['2026.11.24', '2026.11.23', 1],
    ['2026.11.23.1', '2026.11.23', 1],
    ['2026.11.23.10', '2026.11.23.9', 1],
    ['2026.02.01', '2026.10.01', -1],
    ['2027.01.01', '2026.12.31.99', 1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });
});

describe('diffDatasets', () => {
  test('reports an added claim and a changed verdict', () => {
    const { data, from, to } = withChangedVerdict();
    const changes = diffDatasets(bundled, data);
    expect(changes.claimsAdded).toBe(1);
    expect(changes.claimsRemoved).toBe(0);
    expect(changes.verdictsChanged).toEqual([{ vendor: data.vendors[0]!.id, verdict: 'e2ee', from, to }]);
  });

  test('reports added and removed vendors with their claims', () => {
    const smaller = { ...clone(), vendors: bundled.vendors.slice(1) };
    const first = bundled.vendors[0]!;
    expect(diffDatasets(smaller, bundled)).toMatchObject({ vendorsAdded: [first.id], vendorsRemoved: [], claimsAdded: first.claims.length });
    expect(diffDatasets(bundled, smaller)).toMatchObject({ vendorsAdded: [], vendorsRemoved: [first.id], claimsRemoved: first.claims.length });
  });

  test('reports nothing for the same data', () => {
    expect(diffDatasets(bundled, clone())).toMatchObject({ vendorsAdded: [], vendorsRemoved: [], verdictsChanged: [], claimsAdded: 0, claimsRemoved: 0 });
  });
});

test('a signed update that starts with a byte-order mark is refused, not installed in a form that fails to load', async () => {
  const { generateKeyPair: make, signBytes: sign } = await import('../../src/update/sign.ts');
  const { checkUpdate: check } = await import('../../src/update/pipeline.ts');
  const { readDatasetFiles: read } = await import('../../build/dataset-files.ts');
  const pair = await make();
  const text = `\uFEFF${JSON.stringify({ ...(read() as object), version: '2099.01.01' })}`;
  const bytes = new TextEncoder().encode(text);
  const result = await check({
    bytes, signature: await sign(bytes, pair.privateKeyPem), keys: [pair.publicKey], current: { version: '2026.11.23' },
    today: '2026-11-23', maxBytes: 2_000_000,
  });
  expect(result).toMatchObject({ ok: false, reason: 'not-json' });
});

describe('downloadUpdate', () => {
  /** Runs a download against a stub fetch and returns what it sent and what it made of the answers. */
  async function download(answer: (url: string) => Response, modifiedSince?: string) {
    const sent: { url: string; init: RequestInit }[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: string, init: RequestInit) => {
      sent.push({ url: input, init });
      return Promise.resolve(answer(input));
    }) as typeof fetch;
    try {
      return { sent, result: await downloadUpdate('https://updates.example/dataset.json', modifiedSince ? { modifiedSince } : {}) };
    } finally {
      globalThis.fetch = realFetch;
    }
  }

  test('asks conditionally on the given date, with no cookies, referrer, cache or server-chosen validator', async () => {
    const { sent, result } = await download((url) => new Response(url.endsWith('.sig') ? 'c2ln' : '{}', { headers: { ETag: '"user-1234"' } }), '2026-11-23');
    expect(result).toMatchObject({ ok: true, signature: 'c2ln' });
    expect(sent.map(({ url }) => url)).toEqual(['https://updates.example/dataset.json', 'https://updates.example/dataset.json.sig']);
    expect(sent[0]!.init.headers).toEqual({ 'If-Modified-Since': 'Mon, 23 Nov 2026 00:00:00 GMT' });
    for (const { init } of sent) expect(init).toMatchObject({ credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', redirect: 'error' });
    // The ETag the server sent is not kept anywhere: a second download sends the same request.
    const again = await download(() => new Response('{}'), '2026-11-23');
    expect(again.sent[0]!.init.headers).toEqual(sent[0]!.init.headers);
  });

  test('a 304 answer is "not modified", and the signature is not fetched', async () => {
    const { sent, result } = await download(() => new Response(null, { status: 304 }), '2026-11-23');
    expect(result).toEqual({ ok: false, reason: 'not-modified' });
    expect(sent).toHaveLength(1);
  });

  test('without a date, or with something that is not one, the request is unconditional', async () => {
    expect((await download(() => new Response('{}'))).sent[0]!.init.headers).toBeUndefined();
    expect((await download(() => new Response('{}'), '2026-13-45')).sent[0]!.init.headers).toBeUndefined();
    expect(httpDate('2026-02-30')).toBeUndefined();
    expect(httpDate('2024-02-29')).toBe('Thu, 29 Feb 2024 00:00:00 GMT');
  });

  test('checks are conditional on the day before the review date (a same-day release east of UTC is not missed)', () => {
    expect([dayBefore('2026-11-23'), dayBefore('2024-03-01'), dayBefore('2026-01-01'), dayBefore('nonsense')]).toEqual(['2026-11-22', '2024-02-29', '2025-12-31', undefined]);
  });
});

describe('build-time update configuration (UNWARRANTED_UPDATE_URL, UNWARRANTED_UPDATE_KEYS)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unwarranted-update-config-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const keyFile = (name: string, content: unknown) => {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    return name;
  };
  const read = (env: Record<string, string>) => readUpdateConfig(env, dir);
  const URL_ = 'https://updates.example.org/dataset.json';

  test('nothing set (or empty): no address and no key, the default build', () => {
    expect(read({})).toEqual(UNCONFIGURED);
    expect(read({ UNWARRANTED_UPDATE_URL: ' ', UNWARRANTED_UPDATE_KEYS: '' })).toEqual({ url: null, keys: [] });
  });

  test('an address and a key list, relative to the repository; or keys alone', () => {
    const keys = keyFile('keys.json', [key.publicKey, other.publicKey]);
    expect(read({ UNWARRANTED_UPDATE_URL: URL_, UNWARRANTED_UPDATE_KEYS: keys })).toEqual({ url: URL_, keys: [key.publicKey, other.publicKey] });
    expect(read({ UNWARRANTED_UPDATE_KEYS: join(dir, keys) })).toEqual({ url: null, keys: [key.publicKey, other.publicKey] });
  });

  test('an address without a key fails the build: every update would be refused', () => {
    expect(() => read({ UNWARRANTED_UPDATE_URL: URL_ })).toThrow(/UNWARRANTED_UPDATE_URL needs UNWARRANTED_UPDATE_KEYS/);
  });

  test.each([
    ['http://updates.example.org/dataset.json', /https/],
    ['not a url', /not a URL/],
    ['https://user:secret@updates.example.org/dataset.json', /user name or password/],
    ['https://updates.example.org:8443/dataset.json', /port/],
    ['https://updates.example.org/dataset.json?user=1', /query/],
    ['https://updates.example.org/dataset.json#x', /fragment/],
    ['https://localhost/dataset.json', /public host/],
  ])('the address %s fails the build', (url, problem) => {
    expect(updateUrlProblem(url)).toMatch(problem);
    expect(() => read({ UNWARRANTED_UPDATE_URL: url, UNWARRANTED_UPDATE_KEYS: keyFile('ok.json', [key.publicKey]) })).toThrow(/^UNWARRANTED_UPDATE_URL /);
  });

  test.each([
    ['a missing file', () => null, /no such file/],
    ['not JSON', () => 'nope', /JSON/],
    ['an empty list', () => [], /non-empty JSON list/],
    ['a key of the wrong length', () => [{ id: '0000000000000000', publicKey: toBase64(new Uint8Array(31)) }], /32-byte/],
    ["a key under another key's id", () => [{ id: other.publicKey.id, publicKey: key.publicKey.publicKey }], /id must be [0-9a-f]{16}, derived from the key/],
  ])('a key list with %s fails the build', (name, content, problem) => {
    const value = content();
    const file = value === null ? 'missing.json' : keyFile(`${name}.json`, value);
    expect(() => read({ UNWARRANTED_UPDATE_KEYS: file })).toThrow(problem);
  });

  test('manifest.json is the manifest of a build without an address: no host access, connect-src \'self\'', () => {
    for (const base of [manifest, firefoxManifest(manifest)]) {
      const built = withUpdateAccess(base, UNCONFIGURED);
      expect(built).toEqual(base);
      expect(built).not.toHaveProperty('optional_host_permissions');
      expect(built.content_security_policy.extension_pages).toMatch(/(^|; )connect-src 'self';/);
    }
  });

  test('a build with an address may ask for that one host and connect to it, nothing wider', () => {
    const built = withUpdateAccess(manifest, { url: URL_, keys: [key.publicKey] });
    expect(built.optional_host_permissions).toEqual(['https://updates.example.org/*']);
    expect(built.content_security_policy.extension_pages).toContain("; connect-src 'self' https://updates.example.org;");
    expect(built.content_security_policy.extension_pages.replace(" https://updates.example.org", '')).toBe(manifest.content_security_policy.extension_pages);
    expect(built.permissions).toEqual(manifest.permissions);
    expect(built).not.toHaveProperty('host_permissions');
  });

  test('a manifest.json that already asks for host access is refused, so the build alone decides it', () => {
    expect(() => withUpdateAccess({ ...manifest, optional_host_permissions: ['https://*/*'] }, UNCONFIGURED)).toThrow(/no host access/);
    const wide = { ...manifest, content_security_policy: { extension_pages: "default-src 'none'; connect-src 'self' https:" } };
    expect(() => withUpdateAccess(wide, UNCONFIGURED)).toThrow(/connect-src 'self'/);
  });

  test('what the options page offers: download with an address and a key, import with a key, else neither', () => {
    expect(updateOffer(URL_, [key.publicKey])).toEqual({ download: true, import: true });
    expect(updateOffer(null, [key.publicKey])).toEqual({ download: false, import: true });
    expect(updateOffer(null, [])).toEqual({ download: false, import: false });
    expect(updateOffer(URL_, [])).toEqual({ download: false, import: false });
  });

  test('an update address stored by an earlier version is not read', () => {
    const settings = parseSettings({ updateUrl: 'https://mirror.example.net/dataset.json', autoUpdate: true });
    expect(settings).not.toHaveProperty('updateUrl');
    expect(settings.autoUpdate).toBe(true);
  });
});

describe('hidden vendors in the options page', () => {
  test('both kinds, by the name in the dataset, one entry per vendor, sorted by name', () => {
    const entries = hiddenEntries(
      { hiddenVendors: ['tp-link', 'ring'], hiddenUntilNew: { eufy: ['a'], ring: ['b'] } },
      bundled.vendors,
      'en',
    );
    const name = (id: string) => bundled.vendors.find((vendor) => vendor.id === id)!.name;
    expect(entries).toEqual(
      [
        { vendor: 'eufy', name: name('eufy'), until: 'new' },
        { vendor: 'ring', name: name('ring'), until: 'always' },
        { vendor: 'tp-link', name: name('tp-link'), until: 'always' },
      ].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
    );
  });

  test('a vendor the dataset in use no longer has is listed by its id', () => {
    expect(hiddenEntries({ hiddenVendors: ['ring'], hiddenUntilNew: {} }, [], 'de')).toEqual([{ vendor: 'ring', name: 'ring', until: 'always' }]);
  });
});
