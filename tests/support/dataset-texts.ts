/**
 * Every localized text of the dataset files, with where it stands ("dataset.vendors[44:ring].claims[0:…].summary"),
 * for the tests that hold translations to the English (tests/unit/dataset/). Links per language
 * (LocalizedUrl) are left out: a page per language is the site's, not ours.
 */
import { readDatasetFiles } from '../../build/dataset-files.ts';
import type { Language } from '../../src/shared/languages.ts';

export type Localized = { where: string } & Partial<Record<Language, string>>;

export function localizedTexts(): Localized[] {
  const texts: Localized[] = [];
  const visit = (value: unknown, where: string, key: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const id = item && typeof item === 'object' && 'id' in item ? `:${String(item.id)}` : '';
        visit(item, `${where}[${String(index)}${id}]`, key);
      });
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record['en'] === 'string') {
      if (key !== 'url') texts.push({ where, ...(record as Partial<Record<Language, string>>) });
      return;
    }
    for (const [name, child] of Object.entries(record)) visit(child, `${where}.${name}`, name);
  };
  visit(readDatasetFiles(), 'dataset', '');
  return texts;
}
