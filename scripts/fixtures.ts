/**
 * Builds tests/fixtures/ from ../shared/fixtures (real saved pages) and tests/fixtures/synthetic.json
 * (real shop page structures carrying real camera product data). Writes trimmed pages,
 * tests/fixtures/INDEX.tsv and tests/fixtures/hostile/INDEX.tsv.
 * Run from the repository root: npm run fixtures [-- --sites amazon]
 * The shared folder exists only on developer machines; the output is committed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { trimPage } from './trim-page.ts';

/** A synthetic page's product fields, written into its template where `fields` and `set` say. */
interface ProductFields {
  title: string;
  /** The brand as the page shows it (e.g. Amazon's "Visit the Ring Store" byline). */
  brand?: string;
  /** The brand itself, for microdata and JSON-LD. */
  brandValue?: string;
  ogTitle?: string;
  model?: string;
  categories?: string[];
  bullets?: string[];
}

interface SyntheticPage extends ProductFields {
  file: string;
  template: string;
  url: string;
  label: string;
  vendor: string;
  kind?: string;
  /** Where the product data comes from. */
  source: string;
}

/** A saved page to copy (`file`), or the documented structure of a shop's page (`html`). */
interface Template {
  file?: string;
  html?: string;
  suffix: string;
  /** Field → the one element that shows it. */
  fields?: Partial<Record<keyof ProductFields, string>>;
  /** Field → every place a shop repeats it: "selector" or "selector@attribute". */
  set?: Partial<Record<keyof ProductFields, string[]>>;
}

interface HostilePage {
  file: string;
  /** The camera page it is built on (a file in INDEX.tsv). */
  base: string;
  url: string;
  about: string;
  /** Markup injected into the page's <head>. */
  inject: string;
}

interface Synthetic {
  /** The kind of each real camera page (INDEX.tsv's `kind`). */
  realPageKinds: Record<string, string>;
  templates: Record<string, Template>;
  pages: SyntheticPage[];
  hostile?: HostilePage[];
}

/** file, url, label, vendor, kind, origin: one line of an INDEX.tsv. */
type Row = string[];

const SHARED = '../shared/fixtures';
const OUT = 'tests/fixtures';
const HEADER: Row = ['file', 'url', 'label', 'vendor', 'kind', 'origin'];
// Vendor names in the shared index that differ from our vendor ids.
const VENDOR_ALIASES: Record<string, string> = { tapo: 'tp-link', google: 'nest' };

const sitesAt = process.argv.indexOf('--sites');
const siteFilter = sitesAt >= 0 ? (process.argv[sitesAt + 1] ?? fail('--sites needs a list, e.g. --sites amazon,argos')).split(',') : null;
const wanted = (site: string) => !siteFilter || siteFilter.some((prefix) => site.startsWith(prefix));

function fail(message: string): never {
  throw new Error(message);
}
/** The element a selector must find in a template. */
function required(document: Document | Element, selector: string, what: string): Element {
  return document.querySelector(selector) ?? fail(`${what}: no element for ${selector}`);
}
const tsv = (rows: Row[]) => rows.map((row) => row.join('\t')).join('\n') + '\n';

const rows: Row[] = [];
const synthetic = JSON.parse(readFileSync(`${OUT}/synthetic.json`, 'utf8')) as Synthetic;

// 1. Real pages, trimmed.
if (existsSync(`${SHARED}/INDEX.tsv`)) {
  const [header = '', ...lines] = readFileSync(`${SHARED}/INDEX.tsv`, 'utf8').trim().split('\n');
  const columns = header.split('\t');
  for (const line of lines) {
    const row: Record<string, string> = Object.fromEntries(line.split('\t').map((value, i) => [columns[i], value]));
    const column = (name: string) => row[name] ?? fail(`${SHARED}/INDEX.tsv: no ${name} in ${line}`);
    if (!wanted(column('site'))) continue;
    const file = column('file');
    const out = join(OUT, file);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, trimPage(readFileSync(join(SHARED, file), 'utf8')));
    const vendor = VENDOR_ALIASES[column('vendor')] ?? column('vendor');
    const kind = synthetic.realPageKinds[file] ?? '';
    rows.push([file, column('url'), column('label'), vendor, kind, `real page, saved by ${column('source_repo')}`]);
  }
} else {
  console.warn(`${SHARED} not found: keeping the real pages already in ${OUT}`);
  const previous = readFileSync(`${OUT}/INDEX.tsv`, 'utf8').trim().split('\n').slice(1);
  for (const line of previous) if (line.split('\t')[5]?.startsWith('real page')) rows.push(line.split('\t'));
}

// 2. Synthetic pages: a real page of the same shop as template, product fields replaced.
for (const page of synthetic.pages) {
  if (!wanted(page.file.split('/')[1] ?? '')) continue;
  const template = synthetic.templates[page.template] ?? fail(`${page.file}: no template ${page.template}`);
  const html = template.file
    ? readFileSync(join(OUT, template.file), 'utf8')
    : fromStructure(template.html ?? fail(`template ${page.template}: neither file nor html`), page);
  const { document } = parseHTML(html);
  const where = template.file ?? page.template;
  for (const [field, selector] of Object.entries(template.fields ?? {}) as [keyof ProductFields, string][]) {
    const value = page[field] ?? fail(`${page.file}: missing ${field}`);
    const element = required(document, selector, `${where} (${field})`);
    if (field === 'categories') {
      const items = [...element.querySelectorAll('li:not(.a-breadcrumb-divider)')];
      const divider = element.querySelector('li.a-breadcrumb-divider');
      const first = items[0] ?? fail(`${where}: no breadcrumb in ${selector}`);
      const list = first.parentElement ?? fail(`${where}: a breadcrumb outside a list`);
      for (const item of element.querySelectorAll('li')) item.remove();
      (page.categories ?? []).forEach((name, i) => {
        if (i > 0 && divider) list.append(divider.cloneNode(true));
        const item = first.cloneNode(true) as Element;
        required(item, 'a', `${where} (breadcrumb link)`).textContent = ` ${name} `;
        list.append(item);
      });
    } else if (field === 'bullets') {
      const list = required(element, 'ul', `${where} (bullets)`);
      const model = required(list, 'li', `${where} (bullet)`);
      for (const item of list.querySelectorAll('li')) item.remove();
      for (const text of page.bullets ?? []) {
        const item = model.cloneNode(true) as Element;
        (item.querySelector('.a-list-item') ?? item).textContent = ` ${text} `;
        list.append(item);
      }
    } else {
      element.textContent = ` ${String(value)} `;
    }
  }
  // `set`: every place a shop repeats a field (h1, og:title, microdata) — "selector" or "selector@attribute".
  for (const [field, targets] of Object.entries(template.set ?? {}) as [keyof ProductFields, string[]][]) {
    const value = page[field] ?? fail(`${page.file}: missing ${field}`);
    for (const target of targets) {
      const [selector = '', attribute] = target.split('@');
      const element = required(document, selector, `${where} (${field})`);
      if (attribute) element.setAttribute(attribute, String(value));
      else element.textContent = ` ${String(value)} `;
    }
  }
  // JSON-LD Product blocks carry the new product too.
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    if (!template.file) break;
    try {
      const data = JSON.parse(script.textContent) as Record<string, unknown>;
      if (data['@type'] !== 'Product') continue;
      data['name'] = page.title;
      if (page.brandValue) data['brand'] = { '@type': 'Brand', name: page.brandValue };
      script.textContent = JSON.stringify(data);
    } catch {
      // Not JSON: left as it is.
    }
  }
  if (!page.model) for (const row of document.querySelectorAll('tr.po-model_name')) row.remove();
  required(document, 'title', where).textContent = `${page.title} ${template.suffix}`;
  const out = join(OUT, page.file);
  mkdirSync(dirname(out), { recursive: true });
  // eslint-disable-next-line no-restricted-properties -- reads the page's markup to save it; nothing is inserted as HTML
  writeFileSync(out, '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
  const base = template.file ?? 'the documented page structure (docs/research/shop-structures.md)';
  rows.push([page.file, page.url, page.label, page.vendor, page.kind ?? '', `synthetic: ${base} with ${page.source}`]);
}

/**
 * A page for a shop we have no saved page of, from the structure its scrapers document:
 * `{{title}}`, `{{brand}}`, `{{category}}` and `{{jsonld}}` (a schema.org Product) are filled in.
 */
function fromStructure(html: string, page: SyntheticPage): string {
  const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => entities[c] ?? c);
  const jsonld = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: page.title,
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
const hostileRows: Row[] = [];
for (const page of synthetic.hostile ?? []) {
  const html = readFileSync(join(OUT, page.base), 'utf8').replace('</head>', `${page.inject}</head>`);
  const out = join(OUT, page.file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, html);
  const base = rows.find((row) => row[0] === page.base) ?? fail(`${page.file}: its base ${page.base} is not in the index`);
  hostileRows.push([page.file, page.url, base[2] ?? '', base[3] ?? '', base[4] ?? '', `hostile: ${page.about}, on ${page.base}`]);
}
// Hand-written hostile pages are not generated: keep their rows as they are.
const hostileIndex = `${OUT}/hostile/INDEX.tsv`;
const handWritten = existsSync(hostileIndex)
  ? readFileSync(hostileIndex, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .filter((row) => row[5]?.startsWith('hostile (hand-written)'))
  : [];
writeFileSync(hostileIndex, tsv([HEADER, ...hostileRows, ...handWritten]));

rows.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
writeFileSync(`${OUT}/INDEX.tsv`, tsv([HEADER, ...rows]));
console.log(`${String(rows.length)} fixtures indexed in ${OUT}/INDEX.tsv`);
