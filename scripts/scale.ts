/**
 * Synthetic datasets for the bench's scaling figures: the real one grown to `factor` times its
 * vendors (brands, cloud platforms with their app names, product lines, all renamed so that every
 * copy is a new brand), every text in seven languages instead of two. Not valid data: only for
 * measuring what grows with the dataset and what must not.
 */
import { gzipSync } from 'node:zlib';
import { contentData } from '../build/content-data.ts';
import type { Dataset, Vendor } from '../src/dataset/schema.ts';
import { compileMatcher, type Matcher } from '../src/detect/matcher.ts';
import { filterFill } from '../src/detect/bloom.ts';
import { parseGate } from '../src/detect/gate.ts';

const MORE_LANGUAGES = ['fr', 'es', 'it', 'nl', 'pl'] as const;

/** Every `{ en, de }` text also in five more languages (the English text, marked). */
function inSevenLanguages<T>(value: T): T {
  if (Array.isArray(value)) return value.map(inSevenLanguages) as T;
  if (typeof value !== 'object' || value === null) return value;
  const record = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, inSevenLanguages(inner)]));
  if (typeof record['en'] === 'string' && typeof record['de'] === 'string') {
    for (const language of MORE_LANGUAGES) record[language] = `[${language}] ${record['en']}`;
  }
  return record as T;
}

export function grownDataset(dataset: Dataset, factor: number): Dataset {
  const vendors: Vendor[] = [...dataset.vendors];
  for (let copy = 1; copy < factor; copy += 1) {
    const rename = (phrase: string) => phrase.replace(/^(\S+)/, `$1x${String(copy)}`);
    for (const vendor of dataset.vendors) {
      const { recognition } = vendor;
      vendors.push({
        ...vendor,
        recognition: {
          ...recognition,
          brands: recognition.brands.map(rename),
          parentBrands: recognition.parentBrands.map(rename),
          apps: recognition.apps.map(rename),
          lines: recognition.lines.map((line) => ({ ...line, match: line.match.map(rename) })),
        },
      });
    }
  }
  return inSevenLanguages({ ...dataset, vendors });
}

export interface ScalePoint {
  factor: number;
  vendors: number;
  platforms: number;
  lines: number;
  matcher: Matcher;
  /** What the content script carries of the dataset: the packed gate. */
  gateBytes: number;
  gateGzipBytes: number;
  /** How full the gate's Bloom filter is. */
  gateFill: number;
  /** The content slice (in the extension's messages, read on pages past the gate). */
  sliceBytes: number;
  gate: ReturnType<typeof parseGate>;
}

export function scalePoint(dataset: Dataset, factor: number): ScalePoint {
  const grown = grownDataset(dataset, factor);
  const content = contentData(grown);
  const gate = parseGate(content.gate);
  return {
    factor,
    vendors: grown.vendors.length,
    platforms: grown.vendors.filter((vendor) => vendor.type === 'cloud-platform').length,
    lines: grown.vendors.reduce((sum, vendor) => sum + vendor.recognition.lines.length, 0),
    matcher: compileMatcher(grown.vendors),
    gateBytes: content.gate.length,
    gateGzipBytes: gzipSync(content.gate, { level: 9 }).length,
    gateFill: filterFill(gate.filter),
    sliceBytes: JSON.stringify(content.data).length,
    gate,
  };
}
