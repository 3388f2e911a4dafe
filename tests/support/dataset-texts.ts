/**
 * The dataset files' texts for the tests that hold translations to the English
 * (tests/unit/dataset/): every localized text, and every name written the same in every language,
 * each with where it stands ("dataset.vendors[44:ring].claims[0:…].summary"). Links per language
 * (LocalizedUrl) are left out: a page per language is the site's, not ours.
 */
import { readDatasetFiles } from '../../build/dataset-files.ts';
import type { Language } from '../../src/shared/languages.ts';

export type Localized = { where: string } & Partial<Record<Language, string>>;

/** A plain-string `name` or `publisher` (a proper name); recognition's line names are shop words and left out. */
export interface PlainName {
  where: string;
  key: 'name' | 'publisher';
  value: string;
}

export function datasetTexts(): { localized: Localized[]; names: PlainName[] } {
  const localized: Localized[] = [];
  const names: PlainName[] = [];
  const visit = (value: unknown, where: string, key: string, inRecognition: boolean): void => {
    if (typeof value === 'string') {
      if ((key === 'name' || key === 'publisher') && !inRecognition) names.push({ where, key, value });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const id = item && typeof item === 'object' && 'id' in item ? `:${String(item.id)}` : '';
        visit(item, `${where}[${String(index)}${id}]`, key, inRecognition);
      });
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record['en'] === 'string') {
      if (key !== 'url') localized.push({ where, ...(record as Partial<Record<Language, string>>) });
      return;
    }
    for (const [name, child] of Object.entries(record)) visit(child, `${where}.${name}`, name, inRecognition || name === 'recognition');
  };
  visit(readDatasetFiles(), 'dataset', '', false);
  return { localized, names };
}

export const localizedTexts = (): Localized[] => datasetTexts().localized;
