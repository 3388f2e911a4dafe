/**
 * Ships `_locales/<language>/messages.json` without the translators' descriptions, without the
 * store listing texts (`store_*`: the stores' listing, which the extension never shows) and without
 * indentation. A content script's first `i18n.getMessage` makes the browser load and parse the
 * whole file: measured side by side, the descriptions (half its bytes) cost every shop page with
 * a panel. The source files in `public/_locales/` keep them for translators.
 *
 * The default locale's file also carries the content slice (pipeline/data.ts, CONTENT_MESSAGE):
 * the content script reads it with the same synchronous call once a page passes the vendor-word
 * gate, so the script does not carry the dataset (content/content-slice.ts says why).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Messages that are the browser stores' listing texts, kept with the translations but not shipped. */
export const STORE_LISTING_PREFIX = 'store_';

/** The messages without their descriptions and listing texts, as compact JSON; `extra` adds messages (the content slice). */
export function shippedMessages(source: string, extra: Record<string, string> = {}): string {
  const all = JSON.parse(source) as Record<string, { message?: string; description?: string }>;
  const messages = Object.fromEntries(Object.entries(all).filter(([key]) => !key.startsWith(STORE_LISTING_PREFIX)));
  for (const entry of Object.values(messages)) delete entry.description;
  for (const [key, message] of Object.entries(extra)) messages[key] = { message };
  return JSON.stringify(messages);
}

/** `defaultLocale`: the manifest's; `extra`: messages for its file only, made when the build ends. */
export function compactLocales(defaultLocale: string, extra: () => Record<string, string>): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'unwarranted-compact-locales',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // After every file, the public ones included, is in the output folder.
    closeBundle() {
      const root = join(resolve(config.root, config.build.outDir), '_locales');
      if (!existsSync(root)) return;
      for (const language of readdirSync(root)) {
        const file = join(root, language, 'messages.json');
        if (existsSync(file)) writeFileSync(file, shippedMessages(readFileSync(file, 'utf8'), language === defaultLocale ? extra() : {}));
      }
    },
  };
}
