/**
 * Trims a saved shop page for tests/fixtures: drops scripts (except JSON-LD), styles, images,
 * frames, comments and event attributes, keeping the DOM that the shop reader (src/shops/read.ts) reads.
 * Usage: npx tsx scripts/trim-page.ts <in.html> <out.html> (scripts/fixtures.ts uses it for every real page).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseHTML } from 'linkedom';

const DROP =
  'script:not([type="application/ld+json"]), style, link, noscript, svg, iframe, img, picture, source, video, audio, canvas, template, object, embed, base';
const DROP_ATTR = /^(on|style$|srcset$|data-a-dynamic-image$|data-old-hires$|data-src$|data-csa-|data-a-state$)/;
/** NodeFilter.SHOW_COMMENT (linkedom has no NodeFilter global). */
const SHOW_COMMENT = 128;

export function trimPage(html: string): string {
  const { document } = parseHTML(html);
  for (const element of [...document.querySelectorAll(DROP)]) element.remove();
  for (const element of document.querySelectorAll('*')) {
    for (const { name } of [...element.attributes]) if (DROP_ATTR.test(name)) element.removeAttribute(name);
  }
  // Comments can hold megabytes of inert markup on Amazon pages.
  const walker = document.createTreeWalker(document, SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) (comment as ChildNode).remove();
  // eslint-disable-next-line no-restricted-properties -- reads the page's markup to save it; nothing is inserted as HTML
  return '<!DOCTYPE html>\n' + document.documentElement.outerHTML.replace(/\n\s*\n+/g, '\n');
}

if (process.argv[1] === import.meta.filename) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: npx tsx scripts/trim-page.ts <in.html> <out.html>');
    process.exit(1);
  }
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, trimPage(readFileSync(input, 'utf8')));
}
