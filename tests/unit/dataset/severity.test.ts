/**
 * The headline model (src/dataset/severity.ts) against docs/verdicts.md: the same rows in the same
 * order, each row reached by a record that meets its condition and none above it, earlier rows
 * winning, findings counted only from claims reported as fact; and alternatives that follow the
 * same rule and fit the product's kind.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bundledDataset } from '../../../src/dataset/bundled.ts';
import { alternatives, alternativesFor, offeredKinds } from '../../../src/dataset/facts.ts';
import type { Claim, Dataset, Finding, Vendor } from '../../../src/dataset/schema.ts';
import { HEADLINE_ROWS, type HeadlineReason, headline } from '../../../src/dataset/severity.ts';
import { snake } from '../../../src/panel/message-keys.ts';
import { LANGUAGES } from '../../../src/shared/languages.ts';
import { inEveryLanguage } from '../../support/localized.ts';

const blank = bundledDataset.vendors.find((vendor) => vendor.id === 'amcrest')!;

/** A record with every verdict unknown and no claims, then the given verdict values and findings. */
function record(values: Partial<Record<keyof Vendor['verdicts'], string>> = {}, found: [Finding, Claim['status']][] = []): Vendor {
  const vendor = structuredClone(blank);
  for (const verdict of Object.values(vendor.verdicts)) verdict.value = 'unknown';
  vendor.verdicts.policeDisclosure.cases = [];
  for (const [name, value] of Object.entries(values))
    (vendor.verdicts[name as keyof Vendor['verdicts']] as { value: string }).value = value;
  vendor.claims = found.map(([finding, status], i) => ({
    id: `test-${String(i)}`,
    topic: 'incident',
    date: '2024',
    status,
    evidence: 'primary',
    summary: inEveryLanguage('x'),
    sources: [{ url: 'https://example.org/', publisher: 'x', title: 'x', published: null }],
    finding,
  }));
  return vendor;
}

/** Per row of docs/verdicts.md, a record meeting its condition and no earlier row's. */
const EXAMPLES: Record<HeadlineReason, Vendor> = {
  disclosures: record({ policeDisclosure: 'documented' }),
  'footage-misuse': record({ policeDisclosure: 'policy-allows', e2ee: 'not-offered' }, [['footage-misuse', 'confirmed']]),
  'false-encryption-claim': record({ e2ee: 'default' }, [['false-encryption-claim', 'ended']]),
  'emergency-policy': record({ policeDisclosure: 'policy-allows', e2ee: 'default' }, [['video-exposed', 'confirmed']]),
  'video-exposed': record({ e2ee: 'default', cloudByDefault: 'no', localOnly: 'yes' }, [['video-exposed', 'confirmed']]),
  'no-e2ee': record({ policeDisclosure: 'no-known-case', e2ee: 'opt-in', cloudByDefault: 'yes', localOnly: 'yes' }),
  'e2ee-default': record({ e2ee: 'default', cloudByDefault: 'yes' }, [['none', 'confirmed']]),
  'local-default': record({ e2ee: 'not-offered', cloudByDefault: 'no', localOnly: 'yes' }),
  'no-known-case': record({ policeDisclosure: 'no-known-case', cloudByDefault: 'no', localOnly: 'partial' }),
  unknown: record({ cloudByDefault: 'yes', localOnly: 'no', euStorage: 'eu' }),
};

describe('headline (docs/verdicts.md)', () => {
  test('the code lists the rows of the documented table, in its order and with its colours', () => {
    const rows = readFileSync('docs/verdicts.md', 'utf8')
      .split('\n')
      .filter((line) => /^\| \d+ \|/.test(line))
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .map((cells) => ({ severity: cells[3], reason: cells[4]?.replace(/`/g, '') }));
    expect(rows).toEqual(HEADLINE_ROWS);
  });

  test.each(HEADLINE_ROWS)('row "$reason" gives $severity', ({ reason, severity }) => {
    expect(headline(EXAMPLES[reason])).toEqual({ reason, severity });
  });

  test('an earlier row wins: documented disclosures stay red whatever else holds', () => {
    const everything = record({ policeDisclosure: 'documented', e2ee: 'default', cloudByDefault: 'no', localOnly: 'yes' }, [
      ['video-exposed', 'confirmed'],
      ['false-encryption-claim', 'confirmed'],
    ]);
    expect(headline(everything)).toEqual({ severity: 'red', reason: 'disclosures' });
  });

  test('a disputed or superseded claim never colours a headline; an ended one does', () => {
    expect(headline(record({}, [['footage-misuse', 'disputed']])).reason).toBe('unknown');
    expect(headline(record({}, [['video-exposed', 'superseded']])).reason).toBe('unknown');
    expect(headline(record({}, [['video-exposed', 'ended']])).reason).toBe('video-exposed');
  });

  test('no end-to-end encryption is not held against recording that stays local by default', () => {
    expect(headline(record({ e2ee: 'not-offered', cloudByDefault: 'no', localOnly: 'yes' })).severity).toBe('green');
    expect(headline(record({ e2ee: 'not-offered', cloudByDefault: 'unknown', localOnly: 'yes' })).severity).toBe('amber');
  });

  test('every reason has its headline in every language', () => {
    for (const language of LANGUAGES) {
      const messages = JSON.parse(readFileSync(`public/_locales/${language}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      for (const { reason } of HEADLINE_ROWS) expect(messages[`headline_${snake(reason)}`]?.message).toContain('$VENDOR$');
    }
  });
});

describe('alternatives', () => {
  const dataset: Dataset = {
    ...bundledDataset,
    vendors: [
      { ...EXAMPLES['e2ee-default'], id: 'hue', name: 'Secure Cam', recognition: { ...blank.recognition, lines: [] } },
      { ...EXAMPLES['local-default'], id: 'netatmo', name: 'Local Bell' },
      { ...EXAMPLES['no-known-case'], id: 'ezviz', name: 'Grey Cam' },
      { ...EXAMPLES['video-exposed'], id: 'wyze', name: 'Leaky Cam' },
      { ...EXAMPLES.disclosures, id: 'ring', name: 'Red Bell' },
    ],
  };

  test('only vendors whose own headline is green, with that reason; never the vendor itself', () => {
    expect(alternatives(dataset, 'ring').map(({ id, reason }) => [id, reason])).toEqual([
      ['hue', 'e2ee-default'],
      ['netatmo', 'local-default'],
    ]);
    expect(alternatives(dataset, 'hue').map(({ id }) => id)).toEqual(['netatmo']);
  });

  test('fit the product: a doorbell page is offered doorbells, a camera page cameras', () => {
    const list = alternatives(dataset, 'ring');
    expect(alternativesFor(list, ['doorbell']).map(({ id }) => id)).toEqual(['netatmo']);
    expect(alternativesFor(list, ['camera']).map(({ id }) => id)).toEqual(['hue', 'netatmo']);
    expect(alternativesFor(list, ['pet-camera'])).toEqual([]);
    expect(alternativesFor(list, ['camera'], 1).map(({ id }) => id)).toEqual(['hue']);
  });

  test('in the bundled dataset every alternative is green and offered for a kind it makes', () => {
    for (const vendor of bundledDataset.vendors) {
      for (const item of alternatives(bundledDataset, vendor.id)) {
        const own = bundledDataset.vendors.find((candidate) => candidate.id === item.id)!;
        expect(headline(own)).toEqual({ severity: 'green', reason: item.reason });
        expect(item.kinds).toEqual(offeredKinds(own));
      }
    }
  });
});
