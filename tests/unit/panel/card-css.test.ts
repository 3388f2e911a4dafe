/**
 * One stylesheet for the verdict card: panel/card.css, imported by the panel's shadow-root styles
 * and by the extension's pages. The places around the card may size and space it (with selectors of
 * their own, such as `.panel > .headline-text`), but never restate one of its rules. That the build
 * inlines the import: tests/e2e/panel.test.ts sees the card styled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '../../../src');
const read = (path: string) => readFileSync(join(SRC, path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
/** The selectors of every rule, at the top level or inside @media. */
const selectors = (css: string) =>
  [...css.matchAll(/([^{};]+)\{[^{}]*\}/g)].flatMap((match) =>
    match[1]!.split(',').map((selector) => selector.trim().replace(/\s+/g, ' ')),
  );

const card = new Set(selectors(read('panel/card.css')));

test.each([
  ['panel/panel.css', './card.css'],
  ['panel/page.css', './card.css'],
])('%s imports the card stylesheet and restates none of its rules', (file, path) => {
  const css = read(file);
  expect(css).toContain(`@import '${path}';`);
  expect(selectors(css).filter((selector) => card.has(selector))).toEqual([]);
});

test('the card stylesheet holds the card’s rules', () => {
  for (const selector of [
    '.headline-text',
    '.headline-text::before',
    '.verdict-text',
    '.section-summary',
    '.claim-sources',
    "[data-severity='red']",
  ]) {
    expect(card).toContain(selector);
  }
});
