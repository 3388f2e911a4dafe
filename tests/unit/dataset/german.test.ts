/**
 * German must read as German and follow docs/glossary.md; both languages follow their typography.
 * Checks every UI message (public/_locales) and every text of the assembled dataset that the
 * German UI shows: claim summaries, verdict notes, programme names and summaries, actions, the
 * complaint text, publishers, the vendor scope and localized source titles. A source title is the
 * headline as published and stays in its original language, so it is not checked; but a title in
 * [brackets] is our own description of a source and must be localized ({en, de}), like any other
 * text of ours.
 */
import { describe, expect, test } from 'vitest';
import { readDatasetFiles } from '../../../build/dataset-files.ts';
import { datasetTexts as allDatasetTexts } from '../../support/dataset-texts.ts';
import { loadMessages } from '../../support/i18n.ts';

/**
 * Proper names that legitimately contain English words; removed from a German text before the
 * word check. Keep it explicit and small: a description belongs in a localized name instead.
 */
const PROPER_NAMES = [
  '*Privacy Not Included', // Mozilla's buyer's guide
  'Request for Assistance', // Ring's former Neighbors feature
  'Submit Emergency Request', // button label on Amazon's portal, quoted and translated
  'with Netatmo', // Legrand's product label
  'Circle View Doorbell', // Logitech product
  'Doorbell Dual', // eufy product
  'The Register', // British technology news site
  'Somfy Protect by Myfox', // the company's legal name
  'DoorBell', // Ajax product
  'Video Doorbell', // Blink product
  'The Verge',
  'The National Law Review',
  'National Law Review', // after the name with “The”, which it is part of
  'Review Geek',
  'The Inquirer',
  'The New York Times',
  'Center for Strategic and International Studies',
  'North Carolina Journal of Law & Technology',
  'Dahua Technology USA',
  'Android Police',
  'Privacy Daily',
  'Biometric Update',
  'Österreichische Datenschutzbehörde', // Austria's data protection authority, by its own name
  'Consumer Reports', // US consumer organisation
  'iot-privacy.info', // a website's name
];

/** A word or phrase, matched whole (not inside a longer word), any case. */
const word = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${text}(?![\\p{L}\\p{N}])`, 'iu');

/** English that must not appear in German text. */
const ENGLISH: readonly RegExp[] = [
  ...[
    'the',
    'and',
    'of',
    'with',
    'without',
    'for',
    'from',
    'or',
    'is',
    'are',
    'not',
    'only',
    'this',
    'that',
    'which',
    'has',
    'have',
    'by',
    'your',
    'our',
    'its',
  ].map(word),
  ...[
    'warrants?',
    'footage',
    'devices?',
    'vendors?',
    'police',
    'court',
    'orders?',
    'consent',
    'law enforcement',
    'subscriptions?',
    'encryption',
    'encrypted',
    'end[- ]to[- ]end',
    'doorbells?',
    'updates?',
    'buttons?',
    'settings',
    'integration',
    'privacy',
    'downgrade',
    // words of our [bracketed] source descriptions
    'on',
    'about',
    'reports?',
    'articles?',
    'reviews?',
    'summary',
    'statement',
    'press release',
    'help page',
    'policy',
    'policies',
  ].map(word),
  /Flock Safety integration/,
  /Echo Show and other/,
  /Update suchen/,
];

/** German variants the glossary rejects, with the reason. */
const REJECTED: readonly (readonly [RegExp, string])[] = [
  [
    /(?<![Rr]ichterliche[nmrs]? )(?<![\p{L}-])Beschl(uss|usses|üsse|üssen)(?!\p{L})/u,
    'a warrant is a “richterlicher Beschluss”, never a bare “Beschluss”',
  ],
  [/Gerichtsbeschl/u, 'a court order is a “gerichtliche Anordnung”'],
  [/Vorladung/u, 'a subpoena is a “Subpoena”, not a summons to appear'],
  [
    /\ban (die |deutsche )?(US-)?(Polizei|Polizeibehörden|Behörden|Strafverfolgungsbehörden|Ermittlungsbehörden) (zu )?(geben|gegeben|gibt|gab|gebe)\b/u,
    'footage is “herausgegeben”, not “gegeben”',
  ],
  [/Gerätewort|Set-Wort|Sicherheitskontext/u, 'not German words'],
  [/Dringlichkeitsantr|Eilanfrage/u, 'an emergency request is a “Notfallanfrage”, an urgent one a “dringende Anfrage”'],
  [/Zustimmung (der|des) (Besitzer|Nutzer|Kund|Kontoinhaber)/u, 'consent is “Einwilligung”'],
  [/Datenschutzbehörde|Datenschutz-Aufsichtsbehörde/u, 'a data protection authority is a “Datenschutzaufsichtsbehörde”'],
  [/(?<!\p{L})USA(?!\p{L})/u, 'the United States are the “Vereinigte Staaten” (in compounds “US-”), as in the panel’s region names'],
  [/Großbritannien/u, 'the UK is the “Vereinigtes Königreich”'],
  [/Babyfon/u, 'a baby monitor is a “Babyphone”'],
  [/Ende zu Ende/u, 'hyphenated: “Ende-zu-Ende”'],
];

/** German quotes „…“ (nested ‚…‘), apostrophe ’; no straight or English quotes. */
function germanTypography(text: string): string[] {
  const problems: string[] = [];
  if (/["']/.test(text)) problems.push('straight quote or apostrophe (use „…“ and ’)');
  if (/[”«»]/.test(text)) problems.push('English or French quotation mark (use „…“)');
  const quotes = text.replace(/[^„“]/g, '');
  if (!/^(„“)*$/.test(quotes)) problems.push('unpaired „…“');
  return problems;
}

/** English quotes “…” (nested ‘…’), apostrophe ’; no straight or German quotes. */
function englishTypography(text: string): string[] {
  const problems: string[] = [];
  if (/["']/.test(text)) problems.push('straight quote or apostrophe (use “…” and ’)');
  if (/[„‚«»]/.test(text)) problems.push('German or French quotation mark (use “…”)');
  const quotes = text.replace(/[^“”]/g, '');
  if (!/^(“”)*$/.test(quotes)) problems.push('unpaired “…”');
  return problems;
}

interface Text {
  where: string;
  de?: string;
  en?: string;
}

/** Every text of the dataset the UI shows, with its English counterpart; proper names count as both. */
function datasetTexts(): Text[] {
  const { localized, names } = allDatasetTexts();
  return [
    ...localized.flatMap(({ where, en, de }) => (en !== undefined && de !== undefined ? [{ where, en, de }] : [])),
    ...names
      .filter((name) => name.key === 'publisher' || /\.partnerships\[\d+[^\]]*\]\.name$/.test(name.where))
      .map(({ where, value }) => ({ where, de: value, en: value })),
  ];
}

/** Every source title of the dataset, as it stands (a headline, or our localized description). */
function sourceTitles(): { where: string; title: unknown }[] {
  const titles: { where: string; title: unknown }[] = [];
  const visit = (value: unknown, where: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const id = item && typeof item === 'object' && 'id' in item ? `:${String(item.id)}` : '';
        visit(item, `${where}[${String(index)}${id}]`);
      });
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record['url'] === 'string' && 'title' in record) titles.push({ where: `${where}.title`, title: record['title'] });
    for (const [name, child] of Object.entries(record)) visit(child, `${where}.${name}`);
  };
  visit(readDatasetFiles(), 'dataset');
  return titles;
}

/** Our [bracketed] description of a source, whose headline could not be checked. */
const isDescription = (title: unknown): boolean =>
  typeof title === 'string'
    ? title.startsWith('[')
    : !!title && typeof title === 'object' && Object.values(title).some((text) => typeof text === 'string' && text.startsWith('['));

/** A [bracketed] title must be {en, de}, both in brackets, the German passing the German checks. */
function descriptionProblems({ where, title }: { where: string; title: unknown }): string[] {
  if (!title || typeof title !== 'object') return [`${where}: not localized ({"en": …, "de": …}): ${String(title)}`];
  const { en, de } = title as Partial<Record<'en' | 'de', unknown>>;
  if (typeof en !== 'string' || typeof de !== 'string') return [`${where}: needs an en and a de text`];
  const bracketed = [en, de].every((text) => text.startsWith('[') && text.endsWith(']'));
  return [...(bracketed ? [] : [`${where}: en and de both in [brackets]`]), ...germanProblems({ where, en, de })];
}

function messages(language: 'en' | 'de'): Text[] {
  return Object.entries(loadMessages(language)).map(([key, entry]) => ({
    where: `${language} messages ${key}`,
    [language]: entry.message,
  }));
}

function germanProblems(text: Text): string[] {
  const de = text.de ?? '';
  const problems: string[] = [];
  // Placeholders ($VENDOR$) are filled in at run time; proper names stay as they are.
  let stripped = de.replace(/\$[A-Z_]+\$/g, ' ');
  for (const name of PROPER_NAMES) stripped = stripped.split(name).join(' ');
  for (const pattern of ENGLISH) {
    const found = pattern.exec(stripped);
    if (found) problems.push(`English “${found[0].trim()}”`);
  }
  for (const [pattern, reason] of REJECTED) {
    const found = pattern.exec(stripped);
    if (found) problems.push(`“${found[0]}”: ${reason}`);
  }
  // A search warrant only where the English (the source) literally speaks of one.
  if (/Durchsuchungsbeschl/.test(de) && !/search[- ]warrant/i.test(text.en ?? '')) {
    problems.push('“Durchsuchungsbeschluss” where the English says no “search warrant”: use “richterlicher Beschluss”');
  }
  problems.push(...germanTypography(de));
  return problems.map((problem) => `${text.where}: ${problem} in: ${de}`);
}

const report = (texts: Text[], check: (text: Text) => string[]) => texts.flatMap(check);

describe('German follows docs/glossary.md', () => {
  test('UI messages', () => {
    expect(report(messages('de'), germanProblems)).toEqual([]);
  });

  test('dataset texts, programme names and publishers', () => {
    expect(report(datasetTexts(), germanProblems)).toEqual([]);
  });

  test('source titles in [brackets] are our descriptions: localized, German in the German UI', () => {
    const descriptions = sourceTitles().filter(({ title }) => isDescription(title));
    expect(descriptions.length).toBeGreaterThan(0);
    expect(descriptions.flatMap(descriptionProblems)).toEqual([]);
  });

  test('no dataset text is left in English', () => {
    const untranslated = datasetTexts().filter(
      (text) => text.de === text.en && text.en !== undefined && !/publisher|\.name$/.test(text.where) && text.en.split(/\s+/).length > 3,
    );
    expect(untranslated.map((text) => text.where)).toEqual([]);
  });
});

describe('English typography: “…” and ’', () => {
  const english = (text: Text) => englishTypography(text.en ?? '').map((problem) => `${text.where}: ${problem} in: ${text.en ?? ''}`);

  test('UI messages', () => {
    expect(report(messages('en'), english)).toEqual([]);
  });

  test('dataset texts, programme names and publishers', () => {
    expect(report(datasetTexts(), english)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const problems = (de: string, en = '') => germanProblems({ where: 'test', de, en });

  test.each([
    'Ring hat Aufnahmen ohne richterlichen Beschluss an die Polizei gegeben.',
    'Herausgabe ohne Beschluss',
    'Anfragen ohne Durchsuchungsbeschluss',
    'Jetzt nach Update suchen',
    'dem Gerätewort „Kamera“',
    'Flock Safety integration',
    'Amazon (Echo Show and other Amazon devices with a camera)',
    'In den USA und in den Vereinigten Staaten',
    'Ein "Zitat"',
    'Ein „Zitat”',
  ])('reject %s', (de) => {
    expect(problems(de)).not.toEqual([]);
  });

  test.each([
    ['Ring hat Aufnahmen ohne richterlichen Beschluss an die Polizei herausgegeben.', ''],
    ['Richterlicher Beschluss erforderlich', ''],
    ['nur mit gültigem Durchsuchungsbeschluss', 'only with a valid search warrant'],
    ['Mozillas Ratgeber „*Privacy Not Included“ und The Verge', ''],
    ['US-Senator Ed Markey, c’t', ''],
  ])('accept %s', (de, en) => {
    expect(problems(de, en)).toEqual([]);
  });

  test('bracketed source titles', () => {
    const check = (title: unknown) => (isDescription(title) ? descriptionProblems({ where: 'test', title }) : []);
    expect(check('Ring’s headline as published')).toEqual([]);
    expect(check('[Texas Attorney General press release on the lawsuit against Lorex]')).not.toEqual([]);
    expect(check({ en: '[Axios report on Ring]', de: '[Axios-Bericht on Ring]' })).not.toEqual([]);
    expect(check({ en: '[Axios report on Ring]', de: 'Bericht von Axios über Ring' })).not.toEqual([]);
    expect(check({ en: '[Axios report on Ring]' })).not.toEqual([]);
    expect(check({ en: '[Axios report on Ring]', de: '[Bericht von Axios über Ring]' })).toEqual([]);
  });

  test('English quotes', () => {
    expect(englishTypography('the brand “Ring” in the shop’s field')).toEqual([]);
    expect(englishTypography('the vendor\'s "policy"')).not.toEqual([]);
  });
});
