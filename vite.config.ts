import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vitest/config';
import { firefoxManifest } from './build/firefox-manifest.ts';
import { reportTarget } from './build/report-target.ts';
import { readUpdateConfig, withUpdateAccess } from './build/update-config.ts';
import { bundledDataset, contentSliceMessage } from './build/vite-dataset.ts';
import { iifeContentScripts, withoutContentScripts } from './build/vite-content-script.ts';
import { compactLocales } from './build/vite-locales.ts';
import { noEval } from './build/vite-no-eval.ts';
import manifest from './manifest.json' with { type: 'json' };

/** A vitest project of real-browser tests (Chromium in tests/e2e, Firefox in tests/firefox). */
function browserTests(name: string, include: string) {
  return {
    extends: true as const,
    test: {
      name,
      include: [include],
      environment: 'node' as const,
      // Time limits detect a hang, not slowness: a loaded two-core machine takes several times as long as an idle one.
      testTimeout: 180_000,
      hookTimeout: 180_000,
      // Waits on the browser (expect.poll) as long as the others (WAIT_MS in tests/support/browser.ts).
      expect: { poll: { timeout: 30_000 } },
      // One browser at a time: the machine has two cores and each suite shares one browser.
      fileParallelism: false,
    },
  };
}

// `vite build --mode firefox` (npm run build:firefox) builds the Firefox version into dist-firefox/.
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  // Update address and trusted keys: UNWARRANTED_UPDATE_URL / UNWARRANTED_UPDATE_KEYS (build/update-config.ts).
  const update = readUpdateConfig(process.env, import.meta.dirname);
  // Where "Report a mistake" leads: UNWARRANTED_REPORT_URL or package.json `bugs` (build/report-target.ts); none by default.
  const report = reportTarget(process.env, import.meta.dirname);
  return {
    define: {
      __UNWARRANTED_UPDATE__: JSON.stringify(update),
      __UNWARRANTED_REPORT__: JSON.stringify(report),
      __UNWARRANTED_REPORTS__: JSON.stringify(report.url !== undefined || report.email !== undefined),
    },
    plugins: [
      bundledDataset(),
      noEval(),
      // Not under vitest: crxjs's dev mode would rewrite (and on exit delete) dist/, which the e2e tests load.
      process.env['VITEST']
        ? undefined
        : crx({
            manifest: withoutContentScripts(withUpdateAccess(firefox ? firefoxManifest(manifest) : manifest, update)),
            browser: firefox ? 'firefox' : 'chrome',
          }),
      // The content script as a self-contained IIFE: no loader, no dynamic import, no web-accessible resources a page could probe.
      process.env['VITEST'] ? undefined : iifeContentScripts(manifest.content_scripts),
      compactLocales(manifest.default_locale, contentSliceMessage),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // The bundled dataset is one chunk that extension pages and the background load from the
      // package, never over the network; it grows with every vendor and language.
      chunkSizeWarningLimit: 1024,
    },
    test: {
      projects: [
        {
          extends: true,
          // Each test takes well under a second on an idle machine; the limits only catch a hang, also on a loaded one.
          test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000, hookTimeout: 60_000 },
        },
        browserTests('e2e', 'tests/e2e/**/*.test.ts'),
        browserTests('firefox', 'tests/firefox/**/*.test.ts'),
      ],
    },
  };
});
