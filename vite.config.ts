import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { Dataset, describeIssues } from './src/dataset/schema.ts';
import { readDatasetFiles } from './src/dataset/files.ts';
import { contentData } from './src/dataset/content-data.ts';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/firefox-manifest.ts';
import { iifeContentScripts, withoutContentScripts } from './scripts/vite-content-script.ts';
import { noEval } from './scripts/vite-no-eval.ts';
import { readUpdateConfig, withUpdateAccess } from './scripts/update-config.ts';

const GENERATED = resolve(import.meta.dirname, 'node_modules/.unwarranted');

/**
 * Assembles and validates the bundled dataset before anything is built (a broken dataset fails
 * the build with the path and problem), and gives the content script only what it needs
 * (recognition data and headline verdicts) as plain data, so it ships neither zod nor the full dataset. The data goes to generated
 * modules behind aliases because crxjs builds the standalone content script without plugins.
 */
function bundledDataset(): Plugin {
  return {
    name: 'unwarranted-dataset',
    config() {
      const result = Dataset.safeParse(readDatasetFiles());
      if (!result.success) {
        throw new Error(`The dataset in src/dataset/data is invalid:\n${describeIssues(result.error)}`);
      }
      // UI messages without their translator descriptions, for a language chosen by the user.
      const locales = Object.fromEntries(
        ['en', 'de'].map((language) => {
          const file = join(import.meta.dirname, 'public/_locales', language, 'messages.json');
          const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string; placeholders?: unknown }>;
          return [language, Object.fromEntries(Object.entries(messages).map(([key, { message, placeholders }]) => [key, placeholders ? { message, placeholders } : { message }]))];
        }),
      );
      mkdirSync(GENERATED, { recursive: true });
      const write = (name: string, data: unknown, lazy = false) => {
        const file = join(GENERATED, name);
        // A JSON string parses faster than the same data as a JavaScript literal; a string needs no parsing.
        const parse = typeof data === 'string' ? JSON.stringify(data) : `JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
        // Lazy: parsed on first call, so a page where the content script has nothing to do never pays for it.
        const code = lazy ? `let value;\nexport default () => (value ??= ${parse});\n` : `export default ${parse};\n`;
        // Written only when changed, and whole (rename), since tests and builds may run side by side.
        if (!existsSync(file) || readFileSync(file, 'utf8') !== code) {
          writeFileSync(`${file}.${String(process.pid)}.tmp`, code);
          renameSync(`${file}.${String(process.pid)}.tmp`, file);
        }
        return file;
      };
      const content = contentData(result.data);
      return {
        resolve: {
          alias: {
            'virtual:unwarranted/content': write('content.js', content.data, true),
            'virtual:unwarranted/vendor-words': write('vendor-words.js', content.vendorWords),
            'virtual:unwarranted/locales': write('locales.js', locales),
            'virtual:unwarranted/dataset': write('dataset.js', result.data),
          },
        },
      };
    },
  };
}

/**
 * Where "Report a mistake" leads (src/shared/report.ts): UNWARRANTED_REPORT_URL (an https issue
 * list, or mailto:address) if set, else package.json `bugs` (url or email); none if neither.
 */
function reportTarget(): { url?: string; email?: string } {
  const override = process.env['UNWARRANTED_REPORT_URL'];
  if (override) return override.startsWith('mailto:') ? { email: override.slice('mailto:'.length) } : { url: override };
  const bugs = (JSON.parse(readFileSync(join(import.meta.dirname, 'package.json'), 'utf8')) as { bugs?: string | { url?: string; email?: string } }).bugs;
  if (typeof bugs === 'string') return { url: bugs };
  return { ...(bugs?.url ? { url: bugs.url } : {}), ...(bugs?.email ? { email: bugs.email } : {}) };
}

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
  // Update address and trusted keys: UNWARRANTED_UPDATE_URL / UNWARRANTED_UPDATE_KEYS (scripts/update-config.ts).
  const update = readUpdateConfig(process.env, import.meta.dirname);
  return {
    define: { __UNWARRANTED_UPDATE__: JSON.stringify(update), __UNWARRANTED_REPORT__: JSON.stringify(reportTarget()) },
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
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
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
