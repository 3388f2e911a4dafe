/**
 * The build-time update configuration (build/update-config.ts): UNWARRANTED_UPDATE_URL and
 * UNWARRANTED_UPDATE_KEYS, and the host access and connect-src a build gets from them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import manifest from '../../../manifest.json' with { type: 'json' };
import { firefoxManifest } from '../../../build/firefox-manifest.ts';
import { readUpdateConfig, UNCONFIGURED, updateUrlProblem, withUpdateAccess } from '../../../build/update-config.ts';
import { toBase64 } from '../../../src/update/verify.ts';
import { testKeys, type KeyPair } from '../../support/signed-dataset.ts';

let key: KeyPair;
let other: KeyPair;
beforeAll(async () => {
  ({ key, other } = await testKeys());
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
    expect(read({ UNWARRANTED_UPDATE_URL: URL_, UNWARRANTED_UPDATE_KEYS: keys })).toEqual({
      url: URL_,
      keys: [key.publicKey, other.publicKey],
    });
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
    expect(() => read({ UNWARRANTED_UPDATE_URL: url, UNWARRANTED_UPDATE_KEYS: keyFile('ok.json', [key.publicKey]) })).toThrow(
      /^UNWARRANTED_UPDATE_URL /,
    );
  });

  test.each([
    ['a missing file', () => null, /no such file/],
    ['not JSON', () => 'nope', /JSON/],
    ['an empty list', () => [], /non-empty JSON list/],
    ['a key of the wrong length', () => [{ id: '0000000000000000', publicKey: toBase64(new Uint8Array(31)) }], /32-byte/],
    [
      "a key under another key's id",
      () => [{ id: other.publicKey.id, publicKey: key.publicKey.publicKey }],
      /id must be [0-9a-f]{16}, derived from the key/,
    ],
  ])('a key list with %s fails the build', (name, content, problem) => {
    const value = content();
    const file = value === null ? 'missing.json' : keyFile(`${name}.json`, value);
    expect(() => read({ UNWARRANTED_UPDATE_KEYS: file })).toThrow(problem);
  });

  test("manifest.json is the manifest of a build without an address: no host access, connect-src 'self'", () => {
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
    expect(built.content_security_policy.extension_pages.replace(' https://updates.example.org', '')).toBe(
      manifest.content_security_policy.extension_pages,
    );
    expect(built.permissions).toEqual(manifest.permissions);
    expect(built).not.toHaveProperty('host_permissions');
  });

  test('a manifest.json that already asks for host access is refused, so the build alone decides it', () => {
    expect(() => withUpdateAccess({ ...manifest, optional_host_permissions: ['https://*/*'] }, UNCONFIGURED)).toThrow(/no host access/);
    const wide = { ...manifest, content_security_policy: { extension_pages: "default-src 'none'; connect-src 'self' https:" } };
    expect(() => withUpdateAccess(wide, UNCONFIGURED)).toThrow(/connect-src 'self'/);
  });
});
