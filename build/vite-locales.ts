/**
 * Ships `_locales/<language>/messages.json` without the translators' descriptions and without
 * indentation. A content script's first `i18n.getMessage` makes the browser load and parse the
 * whole file: measured side by side, the descriptions (half its bytes) cost every shop page with
 * a panel. The source files in `public/_locales/` keep them for translators.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** The messages without their descriptions, as compact JSON. */
export function shippedMessages(source: string): string {
  const messages = JSON.parse(source) as Record<string, { description?: string }>;
  for (const entry of Object.values(messages)) delete entry.description;
  return JSON.stringify(messages);
}

export function compactLocales(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'unwarranted-compact-locales',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // After every file, the public ones included, is in the output folder.
    closeBundle() {
      const root = join(config.root, config.build.outDir, '_locales');
      if (!existsSync(root)) return;
      for (const language of readdirSync(root)) {
        const file = join(root, language, 'messages.json');
        if (existsSync(file)) writeFileSync(file, shippedMessages(readFileSync(file, 'utf8')));
      }
    },
  };
}
