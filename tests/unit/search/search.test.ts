import { expect, test } from 'vitest';
import { bundledDataset } from '../../../src/dataset/bundled.ts';
import { nameIn } from '../../../src/dataset/names.ts';
import { buildIndex, editDistance, joinLoneLetters, search } from '../../../src/search/search.ts';

const index = buildIndex(bundledDataset.vendors);
const top = (query: string) => search(index, query)[0]?.id;

test.each([
  ['eufy', 'eufy'],
  ['Anker', 'eufy'],
  ['nest cam', 'nest'],
  ['Rnig', 'ring'],
  ['Türklingel Ring', 'ring'],
  ['ring doorbell', 'ring'],
  ['Google', 'nest'],
  ['Echo Show', 'amazon'],
  ['tapo', 'tp-link'],
  ['TP-Link', 'tp-link'],
  ['hikvision', 'hikvision'],
  ['arlo pro', 'arlo'],
  ['d link', 'd-link'],
  ['D-Link', 'd-link'],
  ['dlink', 'd-link'],
  ['Foscam', 'foscam'],
  ['night owl', 'night-owl'],
  ['infant optics', 'infant-optics'],
  ['wyz', 'wyze'],
  ['reolnk', 'reolink'],
  ['hue secure', 'hue'],
  ['UniFi', 'ubiquiti'],
  ['Furbo', 'furbo'],
  ['bosch eyes', 'bosch'],
  // Brands typed with or without spaces and hyphens.
  ['simply safe', 'simplisafe'],
  ['simplisafe', 'simplisafe'],
  ['Simpli-Safe', 'simplisafe'],
  ['tp link', 'tp-link'],
  ['tplink', 'tp-link'],
  ['TP Link Tapo', 'tp-link'],
  ['eufy security', 'eufy'],
  ['eufysecurity', 'eufy'],
  ['ezviz', 'ezviz'],
  ['googlenest', 'nest'],
])('"%s" finds %s first', (query, expected) => {
  expect(top(query)).toBe(expected);
});

test.each(['Galayou', 'Ctronics', 'Victure', 'Litokam', 'Conico Corporation'])(
  '"%s", a brand the dataset does not cover, finds nothing (not a vendor by a typo or a company word)',
  (query) => {
    expect(search(index, query)).toEqual([]);
  },
);

test('a lone letter is joined to the next word; a lone last one is dropped', () => {
  expect(joinLoneLetters(['d', 'link'])).toEqual(['dlink']);
  expect(joinLoneLetters(['tp', 'link'])).toEqual(['tp', 'link']);
  expect(joinLoneLetters(['tapo', 'c'])).toEqual(['tapo']);
});

const vendor = (id: string) => bundledDataset.vendors.find((candidate) => candidate.id === id)!;
const viaParent = (query: string) => Object.fromEntries(search(index, query).map((result) => [result.id, result.viaParent]));

test.each([
  ['Anker', 'eufy'],
  ['Alphabet', 'nest'],
])('"%s", a parent company, finds %s and marks it as found through its parent', (query, expected) => {
  // Only where the dataset itself names the company as the parent or a parent brand.
  const { parent, recognition } = vendor(expected);
  expect([nameIn(parent, 'en'), ...recognition.parentBrands].join(' ').toLowerCase()).toContain(query.toLowerCase());
  expect(top(query)).toBe(expected);
  expect(search(index, query)[0]?.viaParent).toBe(true);
});

test.each([
  ['Hikvision', 'hikvision', 'ezviz'],
  ['Dahua', 'dahua', 'imou'],
])('"%s" finds its own brand first, then %s\'s consumer brand %s through its parent', (query, own, brand) => {
  expect(top(query)).toBe(own);
  expect(viaParent(query)).toMatchObject({ [own]: false, [brand]: true });
});

test('"Amazon" finds Amazon itself first, then Ring and Blink through their parent company', () => {
  expect(top('Amazon')).toBe('amazon');
  for (const id of ['ring', 'blink']) expect(vendor(id).parent).toMatch(/^Amazon/);
  expect(viaParent('Amazon')).toMatchObject({ amazon: false, ring: true, blink: true });
});

test('a query that names the vendor itself is not marked as found through a parent', () => {
  expect(viaParent('Google')).toMatchObject({ nest: false });
  expect(viaParent('ring')).toMatchObject({ ring: false });
  expect(viaParent('eufy anker')).toMatchObject({ eufy: false });
});

test('an empty or meaningless query finds nothing', () => {
  expect(search(index, '')).toEqual([]);
  expect(search(index, '   ')).toEqual([]);
  expect(search(index, 'qqqqqq')).toEqual([]);
});

test('results are ranked and limited', () => {
  const results = search(index, 'cam', 5);
  expect(results.length).toBeLessThanOrEqual(5);
  for (let i = 1; i < results.length; i += 1) expect(results[i]!.score).toBeLessThanOrEqual(results[i - 1]!.score);
});

test('edit distance counts a transposition as one edit and stops early', () => {
  expect(editDistance('rnig', 'ring')).toBe(1);
  expect(editDistance('reolnk', 'reolink')).toBe(1);
  expect(editDistance('abc', 'abcdefgh', 2)).toBe(3);
});
