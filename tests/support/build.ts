/** Extra builds of the extension for tests that need a build-time setting the default build lacks. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * `vite build` into `outDir` with these build-time settings (UNWARRANTED_UPDATE_URL,
 * UNWARRANTED_UPDATE_KEYS, UNWARRANTED_REPORT_URL), as a release would be built: none of this
 * process's test or build settings leak in.
 */
export function buildWith(outDir: string, settings: Record<string, string>): void {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$|UNWARRANTED_)/.test(name)));
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...env, ...settings },
  });
}
