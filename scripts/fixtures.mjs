// Builds tests/fixtures/ from ../shared/fixtures (real saved pages) and tests/fixtures/synthetic.json
// (real shop page structures carrying real camera product data). Writes trimmed pages and
// tests/fixtures/INDEX.tsv. Run: node scripts/fixtures.mjs [--sites amazon]
// The shared folder exists only on developer machines; the output is committed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { trimPage } from './trim-page.mjs';

const SHARED = '../shared/fixtures';
const OUT = 'tests/fixtures';
// Vendor names in the shared index that differ from our vendor ids.
const VENDOR_ALIASES = { tapo: 'tp-link', google: 'nest' };

const siteFilter = process.argv.includes('--sites') ? process.argv[process.argv.indexOf('--sites') + 1].split(',') : null;
const wanted = (site) => !siteFilter || siteFilter.some((prefix) => site.startsWith(prefix));

const rows = [];
const synthetic = JSON.parse(readFileSync(`${OUT}/synthetic.json`, 'utf8'));

// 1. Real pages, trimmed.
if (existsSync(`${SHARED}/INDEX.tsv`)) {
  const [header, ...lines] = readFileSync(`${SHARED}/INDEX.tsv`, 'utf8').trim().split('\n');
  const columns = header.split('\t');
  for (const line of lines) {
    const row = Object.fromEntries(line.split('\t').map((value, i) => [columns[i], value]));
    if (!wanted(row.site)) continue;
    const out = join(OUT, row.file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, trimPage(readFileSync(join(SHARED, row.file), 'utf8')));
    const vendor = VENDOR_ALIASES[row.vendor] ?? row.vendor;
    const kind = synthetic.realPageKinds[row.file] ?? '';
    rows.push([row.file, row.url, row.label, vendor, kind, `real page, saved by ${row.source_repo}`]);
  }
} else {
  console.warn(`${SHARED} not found: keeping the real pages already in ${OUT}`);
  const previous = readFileSync(`${OUT}/INDEX.tsv`, 'utf8').trim().split('\n').slice(1);
  for (const line of previous) if (line.split('\t')[5].startsWith('real page')) rows.push(line.split('\t'));
}

// 2. Synthetic pages: a real page of the same shop as template, product fields replaced.
for (const page of synthetic.pages) {
  if (!wanted(page.file.split('/')[1])) continue;
  const template = synthetic.templates[page.template];
  const html = template.file ? readFileSync(join(OUT, template.file), 'utf8') : fromStructure(template.html, page);
  const { document } = parseHTML(html);
  for (const [field, selector] of Object.entries(template.fields ?? {})) {
    const value = page[field];
    if (value === undefined) throw new Error(`${page.file}: missing ${field}`);
    const element = document.querySelector(selector);
    if (!element) throw new Error(`${template.file}: no element for ${field} (${selector})`);
    if (field === 'categories') {
      const items = [...element.querySelectorAll('li:not(.a-breadcrumb-divider)')];
      const divider = element.querySelector('li.a-breadcrumb-divider');
      const list = items[0]?.parentElement;
      for (const item of element.querySelectorAll('li')) item.remove();
      value.forEach((name, i) => {
        if (i > 0 && divider) list.append(divider.cloneNode(true));
        const item = items[0].cloneNode(true);
        item.querySelector('a').textContent = ` ${name} `;
        list.append(item);
      });
    } else if (field === 'bullets') {
      const list = element.querySelector('ul');
      const template = list.querySelector('li');
      for (const item of list.querySelectorAll('li')) item.remove();
      for (const text of value) {
        const item = template.cloneNode(true);
        (item.querySelector('.a-list-item') ?? item).textContent = ` ${text} `;
        list.append(item);
      }
    } else {
      element.textContent = ` ${value} `;
    }
  }
  // `set`: every place a shop repeats a field (h1, og:title, microdata) — "selector" or "selector@attribute".
  for (const [field, targets] of Object.entries(template.set ?? {})) {
    const value = page[field];
    if (value === undefined) throw new Error(`${page.file}: missing ${field}`);
    for (const target of targets) {
      const [selector, attribute] = target.split('@');
      const element = document.querySelector(selector);
      if (!element) throw new Error(`${template.file}: no element for ${field} (${target})`);
      if (attribute) element.setAttribute(attribute, value);
      else element.textContent = ` ${value} `;
    }
  }
  // JSON-LD Product blocks carry the new product too.
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    if (!template.file) break;
    try {
      const data = JSON.parse(script.textContent);
      if (data['@type'] !== 'Product') continue;
      data.name = page.title;
      if (page.brandValue) data.brand = { '@type': 'Brand', name: page.brandValue };
      script.textContent = JSON.stringify(data);
    } catch {}
  }
  if (!page.model) for (const row of document.querySelectorAll('tr.po-model_name')) row.remove();
  document.querySelector('title').textContent = `${page.title} ${template.suffix}`;
  const out = join(OUT, page.file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
  const base = template.file ?? 'the documented page structure (docs/research/shop-structures.md)';
  rows.push([page.file, page.url, page.label, page.vendor, page.kind ?? '', `synthetic: ${base} with ${page.source}`]);
}

/**
 * A page for a shop we have no saved page of, from the structure its scrapers document:
 * `{{title}}`, `{{brand}}`, `{{category}}` and `{{jsonld}}` (a schema.org Product) are filled in.
 */
function fromStructure(html, page) {
  const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const jsonld = JSON.stringify({
    '@context': 'https://schema.org', '@type': 'Product', name: page.title,
    ...(page.brandValue ? { brand: { '@type': 'Brand', name: page.brandValue } } : {}),
    ...(page.categories ? { category: page.categories.join(' > ') } : {}),
  }).replace(/</g, '\\u003c');
  return html
    .replaceAll('{{title}}', escape(page.title))
    .replaceAll('{{brand}}', escape(page.brandValue ?? ''))
    .replaceAll('{{category}}', escape((page.categories ?? []).join(' > ')))
    .replaceAll('{{jsonld}}', jsonld);
}

// 3. Hostile pages: a camera page with hostile page CSS (or code) injected into its <head>.
//    Listed in tests/fixtures/hostile/INDEX.tsv; the browser tests check the panel survives.
const hostileRows = [];
for (const page of synthetic.hostile ?? []) {
  const html = readFileSync(join(OUT, page.base), 'utf8').replace('</head>', `${page.inject}</head>`);
  const out = join(OUT, page.file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  const base = rows.find((row) => row[0] === page.base);
  hostileRows.push([page.file, page.url, base[2], base[3], base[4], `hostile: ${page.about}, on ${page.base}`]);
}
// Hand-written hostile pages are not generated: keep their rows as they are.
const hostileIndex = `${OUT}/hostile/INDEX.tsv`;
const handWritten = existsSync(hostileIndex)
  ? readFileSync(hostileIndex, 'utf8').trim().split('\n').slice(1).map((line) => line.split('\t')).filter((row) => row[5]?.startsWith('hostile (hand-written)'))
  : [];
writeFileSync(hostileIndex, [['file', 'url', 'label', 'vendor', 'kind', 'origin'], ...hostileRows, ...handWritten].map((row) => row.join('\t')).join('\n') + '\n');

rows.sort((a, b) => a[0].localeCompare(b[0]));
const header = ['file', 'url', 'label', 'vendor', 'kind', 'origin'];
writeFileSync(`${OUT}/INDEX.tsv`, [header, ...rows].map((row) => row.join('\t')).join('\n') + '\n');
console.log(`${rows.length} fixtures indexed in ${OUT}/INDEX.tsv`);
