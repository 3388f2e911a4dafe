/**
 * `npm run package`, run twice from the same sources (in different time zones and locales): the store zips must be byte-identical, and
 * each must hold what its store needs (manifest at the root, the right version and browser keys).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const work = mkdtempSync(join(tmpdir(), 'unwarranted-package-test-'));
const runs = [join(work, 'first'), join(work, 'second')];

beforeAll(() => {
  // The second run in another time zone and locale: zips store local time, so a fixed time must not depend on them.
  const environments = [{}, { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }];
  for (const [index, out] of runs.entries()) {
    execFileSync('npx', ['tsx', 'scripts/package.ts', '--out', out], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, ...environments[index] },
    });
  }
}, 180_000);
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The entries of a zip, read from its central directory (enough to check what a store will see). */
function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let index = 0; index < count; index++) {
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const names = ['chrome', 'firefox', 'source'].map((kind) => `unwarranted-${version}-${kind}.zip`);

test('two runs give identical checksums for every package', () => {
  const [first, second] = runs.map((out) => readFileSync(join(out, 'SHA256SUMS'), 'utf8'));
  expect(first).toBe(second);
  expect(
    first!
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/)[1]),
  ).toEqual(names);
  for (const name of names) expect(readFileSync(join(runs[0]!, name)).equals(readFileSync(join(runs[1]!, name)))).toBe(true);
});

test('the Chrome zip is the MV3 build with the release version at its root', () => {
  const entries = readZip(join(runs[0]!, names[0]!));
  const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
  expect(manifest).toMatchObject({ manifest_version: 3, version, background: { service_worker: expect.any(String) } });
  expect(manifest.browser_specific_settings).toBeUndefined();
  expect([...entries.keys()]).toContain('_locales/de/messages.json');
  for (const script of manifest.content_scripts.flatMap((entry: { js: string[] }) => entry.js)) expect(entries.has(script)).toBe(true);
});

test('the Firefox zip declares its gecko id, minimum version and that it collects no data', () => {
  const manifest = JSON.parse(readZip(join(runs[0]!, names[1]!)).get('manifest.json')!.toString('utf8'));
  expect(manifest).toMatchObject({
    version,
    background: { scripts: [expect.any(String)] },
    browser_specific_settings: {
      gecko: { id: expect.stringMatching(/^\{[0-9a-f-]{36}\}$/), data_collection_permissions: { required: ['none'] } },
    },
  });
  expect(manifest.background.service_worker).toBeUndefined();
});

test('the source zip holds what a reviewer needs to rebuild, and nothing built or installed', () => {
  const files = [...readZip(join(runs[0]!, names[2]!)).keys()];
  for (const needed of [
    'package.json',
    'package-lock.json',
    'manifest.json',
    'vite.config.ts',
    'README.md',
    'CHANGELOG.md',
    'src/content/index.ts',
    'src/dataset/data/dataset.json',
    'build/firefox-manifest.ts',
  ]) {
    expect(files).toContain(needed);
  }
  expect(files.filter((file) => /^(node_modules|dist|dist-firefox|packages|tests\/fixtures)\//.test(file))).toEqual([]);
  expect(files).toEqual([...files].sort());
});
