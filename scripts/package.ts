/**
 * `npm run package`: the store uploads, reproducibly (the same sources give byte-identical zips).
 *   packages/unwarranted-<version>-chrome.zip    Chrome Web Store (the `vite build` output)
 *   packages/unwarranted-<version>-firefox.zip   addons.mozilla.org (the `vite build --mode firefox` output)
 *   packages/unwarranted-<version>-source.zip    the sources AMO reviewers rebuild it from
 *   packages/SHA256SUMS
 * The version comes from package.json; manifest.json and CHANGELOG.md must agree with it.
 * `--out DIR` writes elsewhere (the reproducibility test packages twice and compares).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';

const ROOT = resolve(import.meta.dirname, '..');
/** Saved shop pages (about 50 MB) are test data, not needed to build; they stay in the repository. */
const SOURCE_EXCLUDED = ['tests/fixtures/'];
// A fixed timestamp in local time: zip stores local DOS time, so this gives the same bytes in any time zone.
const MTIME = new Date(1980, 0, 1, 12, 0, 0);

function fail(message: string): never {
  console.error(`package: ${message}`);
  process.exit(1);
}

function releaseVersion(): string {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string };
  if (manifest.version !== version) fail(`manifest.json has version ${manifest.version}, package.json ${version}: make them equal`);
  const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
  if (!new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]`, 'm').test(changelog)) fail(`CHANGELOG.md has no "## [${version}]" entry`);
  return version;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split(sep).join('/'));
}

/**
 * The files git tracks, as they are in the working tree (so the builds and the sources match).
 * Untracked files never go in; uncommitted changes do, with a warning: release from a clean tree.
 */
function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: ROOT, encoding: 'utf8' });
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).trim();
  if (dirty) console.warn('package: tracked files have uncommitted changes; they are in the packages (release from a clean tree)');
  // A tracked file deleted in the working tree is left out, like any other uncommitted change.
  return listed
    .split('\0')
    .filter((file) => file && existsSync(join(ROOT, file)) && !SOURCE_EXCLUDED.some((prefix) => file.startsWith(prefix)));
}

/** Writes a zip of `files` (paths relative to `base`), sorted, with fixed times and modes. */
async function writeZip(target: string, base: string, files: string[]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const file of [...files].sort()) {
    zip.addBuffer(readFileSync(join(base, file)), file, {
      mtime: MTIME,
      mode: 0o100644,
      compress: true,
      compressionLevel: 9,
      forceDosTimestamp: true,
    });
  }
  zip.end();
  await finished(zip.outputStream.pipe(createWriteStream(target)));
}

function build(outDir: string, mode?: 'firefox'): void {
  // The same build wherever this runs, e.g. not a test build when called from a test.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)));
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'warn', ...(mode ? ['--mode', mode] : [])], {
    cwd: ROOT,
    stdio: 'inherit',
    env,
  });
}

async function main(): Promise<void> {
  const outIndex = process.argv.indexOf('--out');
  const out = resolve(outIndex > 0 ? (process.argv[outIndex + 1] ?? fail('--out needs a directory')) : join(ROOT, 'packages'));
  const version = releaseVersion();
  const work = mkdtempSync(join(tmpdir(), 'unwarranted-package-'));
  try {
    const chrome = join(work, 'chrome');
    const firefox = join(work, 'firefox');
    build(chrome);
    build(firefox, 'firefox');
    // Only our own files are replaced: --out may point at a folder that holds other things.
    mkdirSync(out, { recursive: true });
    const zips: [string, string, string[]][] = [
      [`unwarranted-${version}-chrome.zip`, chrome, filesUnder(chrome)],
      [`unwarranted-${version}-firefox.zip`, firefox, filesUnder(firefox)],
      [`unwarranted-${version}-source.zip`, ROOT, sourceFiles()],
    ];
    const sums: string[] = [];
    for (const [name, base, files] of zips) {
      await writeZip(join(out, name), base, files);
      const bytes = readFileSync(join(out, name));
      sums.push(`${createHash('sha256').update(bytes).digest('hex')}  ${name}`);
      console.log(`${name}  ${String(files.length)} files, ${(bytes.length / 1024).toFixed(1)} KB`);
    }
    writeFileSync(join(out, 'SHA256SUMS'), `${sums.join('\n')}\n`);
    console.log(`\n${sums.join('\n')}\n\nwritten to ${relative(process.cwd(), out) || '.'}/`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
