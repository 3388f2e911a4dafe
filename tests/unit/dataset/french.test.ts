/**
 * French follows docs/glossary.md: its terms where a rejected variant is common, its typography
 * (« … » with narrow no-break spaces, ’), and no text left in English. The numbers, dates and
 * names a translation must keep are translations.test.ts's.
 */
import { describe, expect, test } from 'vitest';
import { localizedTexts } from '../../support/dataset-texts.ts';
import { loadMessages } from '../../support/i18n.ts';

interface Text {
  where: string;
  en: string;
  fr: string;
}

/** Every French text of the dataset with its English (links aside). */
const datasetTexts = (): Text[] =>
  localizedTexts().flatMap(({ where, en, fr }) => (en !== undefined && fr !== undefined ? [{ where, en, fr }] : []));

function messageTexts(): Text[] {
  const en = loadMessages('en');
  return Object.entries(loadMessages('fr')).map(([key, entry]) => ({
    where: `fr messages ${key}`,
    en: en[key]?.message ?? '',
    fr: entry.message,
  }));
}

const REJECTED: [RegExp, string][] = [
  [/(?<!\p{L})crypt(?:age|er|é|ée|és|ées)(?!\p{L})/iu, 'encryption is « chiffrement », encrypted « chiffré »'],
  [
    /\bmandat(?! judiciaire| de perquisition)(?!s judiciaires)\b/u,
    'a warrant is a « mandat judiciaire » (or « mandat de perquisition » for a search warrant)',
  ],
];

function frenchProblems({ where, fr }: Text): string[] {
  const problems: string[] = [];
  if (/['"]/.test(fr)) problems.push('a straight quote (use ’ or « … »)');
  const opening = [...fr.matchAll(/«/g)].length;
  const closing = [...fr.matchAll(/»/g)].length;
  if (opening !== closing) problems.push('unbalanced « »');
  if (/«(?!\u202f)/u.test(fr) || /(?<!\u202f)»/u.test(fr)) problems.push('« » without a narrow no-break space inside');
  for (const [pattern, reason] of REJECTED) {
    const found = pattern.exec(fr);
    if (found) problems.push(`“${found[0]}”: ${reason}`);
  }
  return problems.map((problem) => `${where}: ${problem} in: ${fr}`);
}

/** English words that no French text holds outside a name: a text the same in both languages with one of them was not translated. */
const ENGLISH_WORDS = / (?:the|of|and|for|with|to|is|are|was|were|on|in) /u;
/** Names with such a word, the same in every language. */
const PROPER_NAMES = ['Voice of America', 'Benton Institute for Broadband & Society'];
const untranslated = ({ en, fr }: Text) =>
  fr === en && ENGLISH_WORDS.test(PROPER_NAMES.reduce((text, name) => text.split(name).join(' '), en));

describe('French follows docs/glossary.md', () => {
  test('the check itself', () => {
    const text = (fr: string) => frenchProblems({ where: 'x', en: '', fr });
    expect(text('Le fabricant a remis des enregistrements sans mandat judiciaire.')).toEqual([]);
    expect(text('Sans mandat, les vidéos sont cryptées.')).toHaveLength(2);
    expect(text('Il dit «\u202foui\u202f»')).toEqual([]);
    expect(text('Il dit «oui»')).toHaveLength(1);
    expect(text("l'app")).toHaveLength(1);
  });

  test.each([
    ['dataset texts', datasetTexts],
    ['UI messages', messageTexts],
  ] as const)('%s', (_, texts) => {
    expect(texts().flatMap(frenchProblems)).toEqual([]);
    expect(
      texts()
        .filter(untranslated)
        .map((text) => text.where),
    ).toEqual([]);
  });
});
