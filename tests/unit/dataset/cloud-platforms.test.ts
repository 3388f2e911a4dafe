import { describe, expect, test } from 'vitest';
import { readDatasetFiles } from '../../../build/dataset-files.ts';
import { cloudPlatformStats } from '../../../src/dataset/check.ts';
import { Dataset } from '../../../src/dataset/schema.ts';

const raw = () => structuredClone(readDatasetFiles()) as { vendors: Record<string, unknown>[] };
const messages = (data: unknown) => {
  const result = Dataset.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};
const byId = (data: { vendors: Record<string, unknown>[] }, id: string) => data.vendors.find((vendor) => vendor['id'] === id)!;

describe('cloud platforms in the dataset', () => {
  const dataset = Dataset.parse(readDatasetFiles());

  test('the white-label platforms are records of their own, with app names, and brands point to them with a cited claim', () => {
    const platforms = cloudPlatformStats(dataset.vendors);
    expect(platforms.map((platform) => platform.id).sort()).toEqual(['aiwit', 'cloudedge', 'tuya', 'v380', 'xmeye']);
    for (const platform of dataset.vendors.filter((vendor) => vendor.type === 'cloud-platform')) {
      expect(platform.recognition.apps.length, platform.id).toBeGreaterThan(0);
    }
    expect(platforms.find((platform) => platform.id === 'cloudedge')?.usedBy).toContain('anran');
  });

  test('a brand may point only to a cloud platform, citing its own claim; only platforms have app names', () => {
    const data = raw();
    byId(data, 'ring')['cloudPlatforms'] = [{ id: 'arlo', extent: 'all', claims: ['no-such-claim'] }];
    expect(messages(data)).toEqual(
      expect.arrayContaining(['"arlo" is no cloud platform in the dataset', 'cites unknown claim "no-such-claim"']),
    );
    const apps = raw();
    (byId(apps, 'ring')['recognition'] as Record<string, unknown>)['apps'] = ['Ring app'];
    expect(messages(apps)).toContain('only a cloud platform has app names');
  });

  test('an app name is claimed by one record only, like a brand', () => {
    const data = raw();
    (byId(data, 'v380')['recognition'] as Record<string, unknown>)['apps'] = ['CloudEdge'];
    expect(messages(data).some((message) => message.includes('is claimed by both'))).toBe(true);
  });
});
