/**
 * The mechanical part of "a translation says exactly what the English says": every number, year
 * and count of a text's English appears in each translation (formatted for that language, or as
 * the language's word for a small number), and every name of a vendor, platform, programme or
 * publisher the English mentions appears too. What a test cannot judge (no stronger, no weaker in
 * wording) is docs/glossary.md's and a reviewer's; this catches a dropped date or a changed count.
 */
import { describe, expect, test } from 'vitest';
import { LANGUAGES, type Language } from '../../../src/shared/languages.ts';
import { datasetTexts, localizedTexts } from '../../support/dataset-texts.ts';
import { loadMessages } from '../../support/i18n.ts';

/** Names as the dataset writes them in every language: they must survive translation unchanged. */
function names(): string[] {
  const { localized, names: plain } = datasetTexts();
  const found = new Set(plain.map((name) => name.value).filter((value) => value.length >= 3));
  // A name the dataset translates somewhere ({ en: "CVE Program", de: "CVE-Programm" }) is no proper name.
  for (const text of localized) if (text.en) found.delete(text.en);
  return [...found];
}

/** Words a translation may use for a small number ("elfmal" for "11 times", "zehn Monate"). */
const NUMBER_WORDS: Partial<Record<Language, readonly string[]>> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  de: ['null', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
};

/** Fixed phrases a language says without the English digits. */
const IDIOMS: Partial<Record<Language, Record<string, RegExp>>> = {
  de: { '24/7': /rund um die Uhr/ },
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The numbers a text writes, as plain digits ("1,000" in English and "1.000" in German both give "1000"). */
function numbersIn(text: string, language: Language): string[] {
  const parts = new Intl.NumberFormat(language).formatToParts(12345.6);
  const group = parts.find((part) => part.type === 'group')?.value ?? ',';
  const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
  const groups = [group, '\u202f', '\u00a0'].map(escape).join('|');
  const number = new RegExp(
    `(?<![\\p{L}\\d.,/])\\d{1,3}(?:(?:${groups})\\d{3})+(?![\\d])|(?<![\\p{L}\\d.,/])\\d+(?:${escape(decimal)}\\d+)?`,
    'gu',
  );
  return [...text.matchAll(number)].map((match) =>
    match[0].replace(new RegExp(`(?:${groups})(?=\\d{3}\\b)`, 'g'), '').replace(decimal, '.'),
  );
}

/** What the translation lacks of the English's numbers and names. */
function drift(en: string, translated: string, language: Language, knownNames: readonly string[]): string[] {
  const problems: string[] = [];
  let english = en;
  let other = translated;
  for (const [phrase, pattern] of Object.entries(IDIOMS[language] ?? {})) {
    if (english.includes(phrase) && pattern.test(other)) english = english.split(phrase).join(' ');
  }
  // Version numbers and the like ("TLS 1.2", "firmware 2.800.0000000.8") are written as they are in every language.
  const literal = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)+(?![\d])/gu;
  for (const [token] of english.matchAll(literal)) {
    if (new RegExp(`(?<![\\p{L}\\d.,])${escape(token)}(?![\\d])`, 'u').test(other)) {
      english = english.replace(token, ' ');
      other = other.replace(token, ' ');
    }
  }
  const have = numbersIn(other, language);
  const words = NUMBER_WORDS[language] ?? [];
  const lower = other.toLowerCase();
  for (const value of numbersIn(english, 'en')) {
    const at = have.indexOf(value);
    if (at >= 0) {
      have.splice(at, 1);
      continue;
    }
    const word = words[Number(value)];
    if (word && new RegExp(`(?<!\\p{L})${word}`, 'u').test(lower)) continue;
    problems.push(`the number ${value}`);
  }
  for (const name of knownNames) {
    // German joins a name into a compound with hyphens: "Night-Owl-Kameras".
    const written = [name, name.replaceAll(' ', '-')];
    if (new RegExp(`(?<![\\p{L}\\d])${escape(name)}(?![\\p{L}\\d])`, 'u').test(en) && !written.some((form) => translated.includes(form))) {
      problems.push(`the name “${name}”`);
    }
  }
  return problems;
}

const OTHERS = LANGUAGES.filter((language) => language !== 'en');

describe('translations keep the English text’s numbers and names', () => {
  test('the check itself: a dropped date, a changed count and a lost name are found; formatted numbers and number words are not', () => {
    expect(
      drift('Reported in February 2026; 1,000 cameras; 2.5 TB.', 'Gemeldet im Februar 2026; 1.000 Kameras; 2,5 TB.', 'de', []),
    ).toEqual([]);
    expect(drift('11 times, 24/7', 'elfmal, rund um die Uhr', 'de', [])).toEqual([]);
    expect(
      drift('Popular Science reported in February 2026 that it began in 2025.', 'Laut Popular Science begann es 2025.', 'de', [
        'Popular Science',
      ]),
    ).toEqual(['the number 2026']);
    expect(drift('11 times', '12-mal', 'de', [])).toEqual(['the number 11']);
    expect(drift('The Verge reported it.', 'Ein Magazin berichtete.', 'de', ['The Verge'])).toEqual(['the name “The Verge”']);
  });

  test('every localized text of the dataset exists in every language', () => {
    const missing = localizedTexts().flatMap((text) =>
      LANGUAGES.filter((language) => !text[language]?.trim()).map((language) => `${text.where}: no ${language}`),
    );
    expect(missing).toEqual([]);
  });

  test('every translation of the dataset has the English text’s numbers, dates and names', () => {
    const known = names();
    const problems = localizedTexts().flatMap((text) =>
      OTHERS.flatMap((language) =>
        drift(text.en ?? '', text[language] ?? '', language, known).map((problem) => `${text.where} (${language}): lacks ${problem}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  test('every UI message has the English message’s numbers and placeholders', () => {
    const english = loadMessages('en');
    const problems = OTHERS.flatMap((language) => {
      const messages = loadMessages(language);
      return Object.entries(english).flatMap(([key, entry]) => {
        const translated = messages[key]?.message;
        if (translated === undefined) return [`${language} ${key}: missing`];
        const placeholders = (text: string) => [...text.matchAll(/\$[A-Z_]+\$/g)].map((match) => match[0]).sort();
        const issues = drift(entry.message, translated, language, []);
        if (placeholders(entry.message).join() !== placeholders(translated).join()) issues.push('the same placeholders');
        return issues.map((issue) => `${language} ${key}: lacks ${issue}`);
      });
    });
    expect(problems).toEqual([]);
  });
});
