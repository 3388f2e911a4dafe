/**
 * The vite plugin that turns the dataset and the UI messages into the modules the extension
 * imports (declared in src/virtual.d.ts).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { Dataset, describeIssues } from '../src/dataset/schema.ts';
import { LANGUAGES } from '../src/shared/languages.ts';
import { CONTENT_MESSAGE, contentMessageText } from '../src/pipeline/data.ts';
import { contentData } from './content-data.ts';
import { readDatasetFiles } from './dataset-files.ts';

const GENERATED = resolve(import.meta.dirname, '..', 'node_modules/.unwarranted');

/**
 * Assembles and validates the bundled dataset before anything is built (a broken dataset fails
 * the build with the path and problem), and gives the content script only what it needs
 * (recognition data and headline verdicts) as plain data, so it ships neither zod nor the full dataset. The data goes to generated
 * modules behind aliases because crxjs builds the standalone content script without plugins.
 */
/** The content slice as the default locale's message, once the dataset plugin has read the dataset. */
let contentSlice: string | undefined;
export function contentSliceMessage(): Record<string, string> {
  if (contentSlice === undefined) throw new Error('the dataset plugin has not run');
  return { [CONTENT_MESSAGE]: contentSlice };
}

export function bundledDataset(): Plugin {
  return {
    name: 'unwarranted-dataset',
    config() {
      const result = Dataset.safeParse(readDatasetFiles());
      if (!result.success) {
        throw new Error(`The dataset in src/dataset/data is invalid:\n${describeIssues(result.error)}`);
      }
      // UI messages without their translator descriptions, for a language chosen by the user.
      const locales = Object.fromEntries(
        LANGUAGES.map((language) => {
          const file = join(import.meta.dirname, '..', 'public/_locales', language, 'messages.json');
          const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string; placeholders?: unknown }>;
          return [
            language,
            Object.fromEntries(
              Object.entries(messages).map(([key, { message, placeholders }]) => [
                key,
                placeholders ? { message, placeholders } : { message },
              ]),
            ),
          ];
        }),
      );
      mkdirSync(GENERATED, { recursive: true });
      const write = (name: string, data: unknown) => {
        const file = join(GENERATED, name);
        // A JSON string parses faster than the same data as a JavaScript literal; a string needs no parsing.
        const parse = typeof data === 'string' ? JSON.stringify(data) : `JSON.parse(${JSON.stringify(JSON.stringify(data))})`;
        const code = `export default ${parse};\n`;
        // Written only when changed, and whole (rename), since tests and builds may run side by side.
        if (!existsSync(file) || readFileSync(file, 'utf8') !== code) {
          writeFileSync(`${file}.${String(process.pid)}.tmp`, code);
          renameSync(`${file}.${String(process.pid)}.tmp`, file);
        }
        return file;
      };
      const content = contentData(result.data);
      contentSlice = contentMessageText(content.data);
      return {
        resolve: {
          alias: {
            'virtual:unwarranted/gate': write('gate.js', content.gate),
            'virtual:unwarranted/locales': write('locales.js', locales),
            'virtual:unwarranted/dataset': write('dataset.js', result.data),
          },
        },
      };
    },
  };
}
