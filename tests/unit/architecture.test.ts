/**
 * The layers of docs/architecture.md, enforced: a folder of src/ imports only from folders of a
 * lower layer (or itself), so detection and the dataset know no UI, and no entry point imports
 * another. Also: one import style, and no file over ~200 lines without a reason in its header.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Lowest first. Folders in one layer do not import each other. */
export const LAYERS: readonly (readonly string[])[] = [
  ['shared'],
  ['dataset'],
  ['detect'],
  ['shops', 'search', 'update'],
  ['pipeline', 'runtime'],
  ['panel'],
  ['content', 'background', 'popup', 'options'],
];
const rank = new Map(LAYERS.flatMap((folders, index) => folders.map((folder) => [folder, index] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'data' ? [] : sourceFiles(path);
    return /\.(ts|css)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = sourceFiles(SRC).map((path) => ({ path, name: relative(SRC, path), text: readFileSync(path, 'utf8') }));
/** Module imports and exports of TypeScript, and CSS @import. */
const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|^\s*@import\s+['"]([^'"]+)['"]/gm;
const specifiers = (text: string) => [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
const code = files.filter((file) => file.name.endsWith('.ts'));
const folderOf = (path: string) => relative(SRC, path).split('/')[0] ?? '';

test('every folder of src/ has a layer', () => {
  const folders = new Set(files.map((file) => folderOf(file.path)).filter((folder) => !folder.endsWith('.ts')));
  expect([...folders].filter((folder) => !rank.has(folder))).toEqual([]);
});

test('no folder imports (TypeScript or CSS) from a higher layer or from another folder of its own layer', () => {
  const wrong: string[] = [];
  for (const file of files) {
    const from = folderOf(file.path);
    for (const specifier of specifiers(file.text)) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file.path), specifier);
      if (!target.startsWith(SRC)) continue;
      const to = folderOf(target);
      if (to === from) continue;
      const [a, b] = [rank.get(from), rank.get(to)];
      if (a === undefined || b === undefined || b >= a) wrong.push(`${file.name} imports ${specifier} (${from} → ${to})`);
    }
  }
  expect(wrong).toEqual([]);
});

test('the content script and the shop-page code never load zod or the whole dataset', () => {
  const wrong = code
    .filter((file) => ['content', 'panel', 'pipeline', 'detect', 'shops'].includes(folderOf(file.path)))
    .flatMap((file) =>
      specifiers(file.text)
        .filter(
          (specifier) =>
            specifier === 'zod' ||
            specifier.endsWith('/schema') ||
            specifier.endsWith('/schema.ts') ||
            specifier === 'virtual:unwarranted/dataset',
        )
        .map((specifier) => `${file.name}: ${specifier}`),
    )
    // Type-only imports are erased from the build.
    .filter(
      (entry) =>
        !files.some(
          (file) =>
            entry.startsWith(`${file.name}:`) &&
            new RegExp(`import type [^;]*['"]${entry.split(': ')[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`).test(file.text),
        ),
    );
  expect(wrong).toEqual([]);
});

test('relative imports name their file with its .ts extension (one import style)', () => {
  const wrong = code.flatMap((file) =>
    specifiers(file.text)
      .filter((specifier) => specifier.startsWith('.') && !/\.(ts|css\?inline|json)$/.test(specifier))
      .map((specifier) => `${file.name}: ${specifier}`),
  );
  expect(wrong).toEqual([]);
});

test('no file in src/ is over 200 lines without saying why in its header comment', () => {
  const long = code.filter((file) => file.text.split('\n').length > 200 && !/^\/\*\*[\s\S]*?Why it is long:[\s\S]*?\*\//.test(file.text));
  expect(long.map((file) => `${file.name} (${String(file.text.split('\n').length)} lines)`)).toEqual([]);
});
