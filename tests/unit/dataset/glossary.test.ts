/**
 * Each language beyond English and German (german.test.ts) follows docs/glossary.md: its terms where a
 * rejected variant is common, its quotation marks, and no text left in English. The numbers, dates and
 * names a translation must keep are translations.test.ts's.
 */
import { describe, expect, test } from 'vitest';
import { LANGUAGES, type Language } from '../../../src/shared/languages.ts';
import { localizedTexts } from '../../support/dataset-texts.ts';
import { loadMessages } from '../../support/i18n.ts';

interface Text {
  where: string;
  en: string;
  text: string;
}

interface Rules {
  /** The language's quotation marks; `inside`: the space each mark needs on its inner side. */
  quotes: { open: string; close: string; inside?: string };
  rejected: [RegExp, string][];
}

const RULES: Partial<Record<string, Rules>> = {
  fr: {
    quotes: { open: '«', close: '»', inside: '\u202f' },
    rejected: [
      [/(?<!\p{L})crypt(?:age|er|é|ée|és|ées)(?!\p{L})/iu, 'encryption is « chiffrement », encrypted « chiffré »'],
      [
        /\bmandat(?! judiciaire| de perquisition)(?!s judiciaires)\b/u,
        'a warrant is a « mandat judiciaire » (or « mandat de perquisition » for a search warrant)',
      ],
      // A plain space lets the mark wrap onto a line of its own in the narrow panel.
      [/ [:;!?]/u, 'a no-break space, not a plain one, goes before : ; ! ?'],
    ],
  },
  es: {
    quotes: { open: '«', close: '»' },
    rejected: [
      [/(?<!\p{L})encript\p{L}*/iu, 'encryption is «cifrado», encrypted «cifrado»'],
      [/\bsin (?:una |ninguna )?orden(?! judicial| de registro)/u, 'a warrant is an «orden judicial» (or «orden de registro»)'],
    ],
  },
  it: {
    quotes: { open: '«', close: '»' },
    rejected: [
      [/(?<!\p{L})cript(?:ato|ata|ati|ate|azione)(?!\p{L})/iu, 'encryption is «crittografia», encrypted «crittografato»'],
      [
        /\bsenza (?:un )?mandato(?! giudiziario| di perquisizione)/u,
        'a warrant is a «mandato giudiziario» (or «mandato di perquisizione»)',
      ],
    ],
  },
  nl: {
    quotes: { open: '“', close: '”' },
    rejected: [
      [/encryptie/iu, 'encryption is “versleuteling”'],
      [/\bzonder (?:een )?bevel\b/u, 'a warrant is a “gerechtelijk bevel” (or “huiszoekingsbevel”)'],
    ],
  },
  pl: {
    quotes: { open: '„', close: '”' },
    rejected: [[/\bbez nakazu(?! sądowego| przeszukania)/u, 'a warrant is a „nakaz sądowy” (or „nakaz przeszukania”)']],
  },
};

const CHECKED = LANGUAGES.filter((language) => RULES[language]);

/** Every text of the dataset in `language` with its English (links aside). */
const datasetTexts = (language: Language): Text[] =>
  localizedTexts().flatMap((item) => {
    const en = item.en;
    const text = item[language];
    return en !== undefined && text !== undefined ? [{ where: item.where, en, text }] : [];
  });

function messageTexts(language: Language): Text[] {
  const en = loadMessages('en');
  return Object.entries(loadMessages(language)).map(([key, entry]) => ({
    where: `${language} messages ${key}`,
    en: en[key]?.message ?? '',
    text: entry.message,
  }));
}

function problems(rules: Rules, { where, text }: Text): string[] {
  const found: string[] = [];
  const { open, close, inside } = rules.quotes;
  if (/['"]/.test(text)) found.push(`a straight quote (use ’ or ${open}…${close})`);
  // Polish and Dutch close with ”, which is also English's: an English opening “ is the giveaway there.
  const foreign = ['“', '„', '«', '»'].filter((mark) => mark !== open && mark !== close && !(mark === '“' && open === '„'));
  const opening = text.split(open).length - 1;
  const closing = text.split(close).length - 1;
  if (opening !== closing) found.push(`unbalanced ${open} ${close}`);
  if (open === '„' && text.includes('“')) found.push('an English opening quote “ (use „…”)');
  for (const mark of foreign) {
    // A quote inside a quote uses the next level (« » in Polish, “ ” in Spanish and Italian).
    if (text.includes(mark) && opening === 0) found.push(`${mark} outside a quotation (use ${open}…${close})`);
  }
  if (inside) {
    const bare = new RegExp(`${open}(?!${inside})|(?<!${inside})${close}`, 'u');
    if (bare.test(text)) found.push(`${open} ${close} without the space inside`);
  } else if (new RegExp(`${open}\\s|\\s${close}`, 'u').test(text)) found.push(`${open} ${close} with a space inside`);
  for (const [pattern, reason] of rules.rejected) {
    const match = pattern.exec(text);
    if (match) found.push(`“${match[0]}”: ${reason}`);
  }
  return found.map((problem) => `${where}: ${problem} in: ${text}`);
}

/** English words that no translation holds outside a name: a text the same as its English with one of them was not translated. */
const ENGLISH_WORDS = / (?:the|of|and|for|with|to|is|are|was|were|on|in) /u;
/** Names with such a word, the same in every language. */
const PROPER_NAMES = ['Voice of America', 'Benton Institute for Broadband & Society', 'Request for Assistance'];
const untranslated = ({ en, text }: Text) =>
  text === en && ENGLISH_WORDS.test(PROPER_NAMES.reduce((result, name) => result.split(name).join(' '), en));

describe('each language follows docs/glossary.md', () => {
  test('the check itself', () => {
    const check = (language: string, text: string) => problems(RULES[language]!, { where: 'x', en: '', text });
    expect(check('fr', 'Le fabricant a remis des enregistrements sans mandat judiciaire.')).toEqual([]);
    expect(check('fr', 'Sans mandat, les vidéos sont cryptées.')).toHaveLength(2);
    expect(check('fr', 'Il dit «\u202foui\u202f»')).toEqual([]);
    expect(check('fr', 'Il dit «oui»')).toHaveLength(1);
    expect(check('fr', "l'app")).toHaveLength(1);
    expect(check('fr', 'Pays\u00a0: France\u202f?')).toEqual([]);
    expect(check('fr', 'Pays : France ?')).toHaveLength(1);
    expect(check('es', 'Dijo «sí, “claro”» sin orden judicial.')).toEqual([]);
    expect(check('es', 'Entregó vídeos sin orden y encriptados.')).toHaveLength(2);
    expect(check('es', 'Dijo “sí”.')).toHaveLength(1);
    expect(check('pl', 'Powiedział „tak” bez nakazu sądowego.')).toEqual([]);
    expect(check('pl', 'Powiedział “tak”.')).not.toEqual([]);
    expect(check('nl', 'Hij zei “ja” zonder gerechtelijk bevel.')).toEqual([]);
    expect(check('nl', 'Hij zei „ja” zonder bevel.')).not.toEqual([]);
  });

  describe.each(CHECKED)('%s', (language) => {
    test.each([
      ['dataset texts', datasetTexts],
      ['UI messages', messageTexts],
    ] as const)('%s', (_, texts) => {
      expect(texts(language).flatMap((text) => problems(RULES[language]!, text))).toEqual([]);
      expect(
        texts(language)
          .filter(untranslated)
          .map((text) => text.where),
      ).toEqual([]);
    });
  });
});
