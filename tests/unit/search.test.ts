import { expect, test } from 'vitest';
import { bundledDataset } from '../../src/dataset/bundled';
import { buildIndex, editDistance, search } from '../../src/search/search';

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
  ['hikvision', 'ezviz'],
  ['arlo pro', 'arlo'],
  ['wyz', 'wyze'],
  ['reolnk', 'reolink'],
  ['hue secure', 'hue'],
  ['UniFi', 'ubiquiti'],
  ['Furbo', 'furbo'],
  ['bosch eyes', 'bosch'],
])('"%s" finds %s first', (query, expected) => {
  expect(top(query)).toBe(expected);
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
