/**
 * The checks and statistics of `npm run dataset:check` beyond the schema (src/dataset/check.ts):
 * dates in the future anywhere in the dataset, platforms included, and which vendors' product
 * lines point to each platform.
 */
import { expect, test } from 'vitest';
import { futureDates, platformStats } from '../../../src/dataset/check.ts';
import { dataset } from '../../support/detect-page.ts';

test('the bundled dataset has no date after the day it was reviewed', () => {
  expect(futureDates(dataset, dataset.reviewed)).toEqual([]);
});

test('a platform claim dated in the future is reported with its path', () => {
  const [platform] = dataset.platforms;
  if (!platform) throw new Error('the dataset models no platform');
  const [claim, ...rest] = platform.claims;
  if (!claim) throw new Error('the platform cites no claim');
  const changed = { ...dataset, platforms: [{ ...platform, claims: [{ ...claim, date: '2999-01' }, ...rest] }] };
  expect(futureDates(changed, dataset.reviewed)).toEqual(['platforms.0.claims.0.date: 2999-01 is in the future']);
});

test('each platform lists the vendors whose product lines work with it', () => {
  const stats = platformStats(dataset);
  expect(stats.map((platform) => platform.id)).toEqual(dataset.platforms.map((platform) => platform.id));
  const hksv = stats.find((platform) => platform.id === 'homekit-secure-video');
  expect(hksv?.e2ee).toBe('default');
  for (const id of hksv?.usedBy ?? []) {
    const vendor = dataset.vendors.find((candidate) => candidate.id === id);
    expect(vendor?.recognition.lines.some((line) => line.facts?.platforms?.includes('homekit-secure-video'))).toBe(true);
  }
  expect(hksv?.usedBy).toEqual(expect.arrayContaining(['logitech', 'eve']));
});
