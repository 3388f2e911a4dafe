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
    rows.push([row.file, row.url, row.label, vendor, '', `real page, saved by ${row.source_repo}`]);
  }
} else {
  console.warn(`${SHARED} not found: keeping the real pages already in ${OUT}`);
  const previous = readFileSync(`${OUT}/INDEX.tsv`, 'utf8').trim().split('\n').slice(1);
  for (const line of previous) if (line.split('\t')[5].startsWith('real page')) rows.push(line.split('\t'));
}

// 2. Synthetic pages: a real page of the same shop as template, product fields replaced.
const synthetic = JSON.parse(readFileSync(`${OUT}/synthetic.json`, 'utf8'));
for (const page of synthetic.pages) {
  if (!wanted(page.file.split('/')[1])) continue;
  const template = synthetic.templates[page.template];
  const { document } = parseHTML(readFileSync(join(OUT, template.file), 'utf8'));
  for (const [field, selector] of Object.entries(template.fields)) {
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
  if (!page.model) for (const row of document.querySelectorAll('tr.po-model_name')) row.remove();
  document.querySelector('title').textContent = `${page.title} : ${template.suffix}`;
  const out = join(OUT, page.file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
  rows.push([page.file, page.url, page.label, page.vendor, page.kind ?? '', `synthetic: ${template.file} with ${page.source}`]);
}

rows.sort((a, b) => a[0].localeCompare(b[0]));
const header = ['file', 'url', 'label', 'vendor', 'kind', 'origin'];
writeFileSync(`${OUT}/INDEX.tsv`, [header, ...rows].map((row) => row.join('\t')).join('\n') + '\n');
console.log(`${rows.length} fixtures indexed in ${OUT}/INDEX.tsv`);
