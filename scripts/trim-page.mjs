// Trims a saved shop page for tests/fixtures: drops scripts (except JSON-LD), styles,
// images, frames and event attributes, keeping the DOM that shop adapters read.
// Usage: node scripts/trim-page.mjs <in.html> <out.html>
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseHTML } from 'linkedom';

const DROP = 'script:not([type="application/ld+json"]), style, link, noscript, svg, iframe, img, picture, source, video, audio, canvas, template, object, embed, base';
const DROP_ATTR = /^(on|style$|srcset$|data-a-dynamic-image$|data-old-hires$|data-src$|data-csa-|data-a-state$)/;

export function trimPage(html) {
  const { document } = parseHTML(html);
  for (const el of [...document.querySelectorAll(DROP)]) el.remove();
  for (const el of document.querySelectorAll('*')) {
    for (const { name } of [...el.attributes]) if (DROP_ATTR.test(name)) el.removeAttribute(name);
  }
  // Comments can hold megabytes of inert markup on Amazon pages.
  const walker = document.createTreeWalker(document, 128 /* SHOW_COMMENT */);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.remove();
  return '<!DOCTYPE html>\n' + document.documentElement.outerHTML.replace(/\n\s*\n+/g, '\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [, , input, output] = process.argv;
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, trimPage(readFileSync(input, 'utf8')));
}
