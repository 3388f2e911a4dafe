import { describe, expect, test } from 'vitest';
import { futureDates } from '../../../src/dataset/check.ts';
import { readDatasetFiles } from '../../../build/dataset-files.ts';
import { Dataset, describeIssues } from '../../../src/dataset/schema.ts';
import { VENDOR_IDS } from '../../../src/dataset/schema-ids.ts';
import { claim } from '../../support/signed-dataset.ts';

type Raw = ReturnType<typeof Dataset.parse>;
const raw = readDatasetFiles() as Raw;
const clone = (): Raw => structuredClone(raw);
const problems = (data: unknown): string => {
  const result = Dataset.safeParse(data);
  return result.success ? '' : describeIssues(result.error);
};

/** A copy of the dataset whose first vendor has one claim, cited by its e2ee verdict. */
function withClaim(): Raw {
  const data = clone();
  const vendor = data.vendors[0]!;
  vendor.claims = [...vendor.claims, claim('test-claim')];
  vendor.verdicts.e2ee = { value: 'opt-in', claims: ['test-claim'] };
  return data;
}

describe('bundled dataset', () => {
  test('passes the schema', () => {
    expect(problems(raw)).toBe('');
  });

  test('has an entry for every vendor id', () => {
    expect(raw.vendors.map((vendor) => vendor.id).sort()).toEqual([...VENDOR_IDS].sort());
  });

  test('has no date in the future', () => {
    expect(futureDates(Dataset.parse(raw), new Date().toISOString().slice(0, 10))).toEqual([]);
  });
});

describe('schema rejects', () => {
  test('a source that is not https', () => {
    const data = withClaim();
    data.vendors[0]!.claims.at(-1)!.sources[0]!.url = 'http://example.org/a';
    expect(problems(data)).toMatch(/sources\.0\.url: expected an https:\/\/ URL/);
  });

  test.each(['javascript:alert(1)', 'data:text/html,x', 'https://', 'not a url', 'https://user:pw@example.org/'])(
    'a source URL like %s',
    (url) => {
      const data = withClaim();
      data.vendors[0]!.claims.at(-1)!.sources[0]!.url = url;
      expect(problems(data)).toMatch(/expected an https:\/\/ URL/);
    },
  );

  test('a claim without a German text', () => {
    const data = withClaim();
    delete (data.vendors[0]!.claims.at(-1)!.summary as { de?: string }).de;
    expect(problems(data)).toMatch(/claims\.\d+\.summary\.de: /);
  });

  test('an empty English text', () => {
    const data = withClaim();
    data.vendors[0]!.claims.at(-1)!.summary.en = '  ';
    expect(problems(data)).toMatch(/summary\.en: /);
  });

  test('a claim without sources', () => {
    const data = withClaim();
    data.vendors[0]!.claims.at(-1)!.sources = [];
    expect(problems(data)).toMatch(/a claim needs at least one source/);
  });

  test('a verdict that cites a claim of another vendor, or none that exists', () => {
    const data = withClaim();
    data.vendors[1]!.verdicts.e2ee = { value: 'opt-in', claims: ['test-claim'] };
    expect(problems(data)).toMatch(/vendors\.1\.verdicts\.e2ee\.claims\.0: cites unknown claim "test-claim"/);
  });

  test('an unknown vendor id, naming the path', () => {
    const data = clone();
    (data.vendors[0] as { id: string }).id = 'acme';
    expect(problems(data)).toMatch(/^vendors\.0\.id: /m);
  });

  test('a verdict without claims', () => {
    const data = clone();
    data.vendors[0]!.verdicts.e2ee = { value: 'default', claims: [] };
    expect(problems(data)).toMatch(/verdicts\.e2ee\.claims: verdict "default" cites no claim/);
  });

  test('a duplicate vendor id', () => {
    const data = clone();
    data.vendors.push(structuredClone(data.vendors[0]!));
    expect(problems(data)).toMatch(/duplicate vendor id/);
  });

  test('a duplicate claim id', () => {
    const data = withClaim();
    data.vendors[1]!.claims = [claim('test-claim')];
    expect(problems(data)).toMatch(/duplicate claim id "test-claim"/);
  });

  test('a brand claimed by two vendors, whatever its case and accents', () => {
    const data = clone();
    const ring = data.vendors.find((vendor) => vendor.id === 'ring')!;
    data.vendors.find((vendor) => vendor.id === 'blink')!.recognition.brands.push(ring.recognition.brands[0]!.toUpperCase());
    expect(problems(data)).toMatch(/is claimed by both/);
  });

  test('a counted incident or regulator claim that does not say its finding; a disputed one need not', () => {
    const data = withClaim();
    const vendor = data.vendors[0]!;
    vendor.claims = [...vendor.claims, { ...claim('test-incident'), topic: 'incident' }];
    expect(problems(data)).toMatch(/claims\.\d+\.finding: incident claim "test-incident" must say its finding/);
    vendor.claims.at(-1)!.status = 'disputed';
    expect(problems(data)).toBe('');
    vendor.claims.at(-1)!.status = 'ended';
    vendor.claims.at(-1)!.finding = 'none';
    expect(problems(data)).toBe('');
  });

  test('a documented case resting on a disputed claim, and "documented" without a case', () => {
    const data = withClaim();
    const vendor = data.vendors[0]!;
    vendor.claims[vendor.claims.length - 1]!.status = 'disputed';
    vendor.verdicts.policeDisclosure = {
      value: 'documented',
      claims: ['test-claim'],
      cases: [{ count: null, region: 'DE', from: '2022', to: '2022', claim: 'test-claim' }],
    };
    expect(problems(data)).toMatch(/a documented case cannot rest on the disputed claim "test-claim"/);
    expect(problems(data)).toMatch(/verdicts\.policeDisclosure\.claims: verdict "documented" rests only on disputed or superseded claims/);
    vendor.verdicts.policeDisclosure.cases = [];
    expect(problems(data)).toMatch(/"documented" needs at least one case/);
  });

  test('line facts without a fact or a claim, citing another record, or naming an unknown platform', () => {
    const data = withClaim();
    const line = data.vendors[0]!.recognition.lines[0]!;
    line.facts = { claims: ['test-claim'] };
    expect(problems(data)).toMatch(/line facts need at least one fact/);
    line.facts = { localRecording: ['microsd'], claims: [] };
    expect(problems(data)).toMatch(/line facts must cite a claim/);
    line.facts = { localRecording: ['microsd'], claims: ['no-such-claim'] };
    expect(problems(data)).toMatch(/facts\.claims\.0: cites unknown claim "no-such-claim"/);
    line.facts = { platforms: ['homekit-secure-video'], claims: ['test-claim'] };
    expect(problems(data)).toBe('');
    data.platforms = [];
    expect(problems(data)).toMatch(/unknown platform "homekit-secure-video"/);
  });

  test('a platform whose verdict cites no claim, or a claim id a vendor already uses', () => {
    const data = withClaim();
    const platform = data.platforms[0]!;
    platform.e2ee = { value: 'default', claims: [] };
    expect(problems(data)).toMatch(/platforms\.0\.e2ee\.claims: verdict "default" cites no claim/);
    platform.e2ee = { value: 'default', claims: ['test-claim'] };
    platform.claims = [...platform.claims, claim('test-claim')];
    expect(problems(data)).toMatch(/platforms\.0\.claims\.\d+\.id: duplicate claim id "test-claim"/);
  });

  test('complaint authorities: a country or region twice, a region of another country, national and regional ones mixed', () => {
    const authorities = () => clone().general.complaint.authorities;
    const withAuthorities = (list: Raw['general']['complaint']['authorities']) => {
      const data = clone();
      data.general.complaint.authorities = list;
      return problems(data);
    };
    const german = authorities().filter((authority) => authority.country === 'DE');
    const french = authorities().find((authority) => authority.country === 'FR')!;
    expect(withAuthorities([...authorities(), structuredClone(french)])).toMatch(/FR has two authorities/);
    expect(withAuthorities([...authorities(), structuredClone(german[0]!)])).toMatch(/DE-[A-Z]{2} has two authorities/);
    const misplaced = structuredClone(german[0]!);
    misplaced.country = 'AT';
    expect(withAuthorities([...authorities().filter((authority) => authority.country !== 'AT'), misplaced])).toMatch(
      /region\.code: DE-[A-Z]{2} is not in AT/,
    );
    const national = { ...structuredClone(french), country: 'DE' };
    const mixed = withAuthorities([...authorities(), national]);
    expect(mixed).toMatch(/DE has both a national authority and regional ones/);
    // Said once, not once per German entry.
    expect(mixed.split('DE has both').length - 1).toBe(1);
  });

  test('an unknown field (typos must not pass silently)', () => {
    const data = clone() as unknown as { vendors: Record<string, unknown>[] };
    data.vendors[0]!['verdict'] = {};
    expect(problems(data)).toMatch(/vendors\.0: Unrecognized key/);
  });
});

test('a date in the future is reported by the dataset check; the current month is not', () => {
  const data = Dataset.parse(withClaim());
  // "Today" is the day the dataset was reviewed: nothing in it may lie after that.
  const today = data.reviewed;
  const last = data.vendors[0]!.claims.length - 1;
  data.vendors[0]!.claims[last]!.date = '2999-01';
  expect(futureDates(data, today)).toEqual([`vendors.0.claims.${last}.date: 2999-01 is in the future`]);
  data.vendors[0]!.claims[last]!.date = today.slice(0, 7);
  expect(futureDates(data, today)).toEqual([]);
  // A transparency report cannot cover years that have not come yet.
  const nextYear = String(Number(today.slice(0, 4)) + 1);
  data.vendors[0]!.verdicts.transparencyReport.period = { from: '2025', to: nextYear };
  expect(futureDates(data, today)).toEqual([`vendors.0.verdicts.transparencyReport.period.to: ${nextYear} is in the future`]);
});
