/** hiddenEntries (src/options/hidden-list.ts): the hidden vendors the options page lists. */
import { describe, expect, test } from 'vitest';
import { readDatasetFiles } from '../../../build/dataset-files.ts';
import { Dataset } from '../../../src/dataset/schema.ts';
import { hiddenEntries } from '../../../src/options/hidden-list.ts';

const bundled = Dataset.parse(readDatasetFiles());

describe('hidden vendors in the options page', () => {
  test('both kinds, by the name in the dataset, one entry per vendor, sorted by name', () => {
    const entries = hiddenEntries(
      { hiddenVendors: ['tp-link', 'ring'], hiddenUntilNew: { eufy: ['a'], ring: ['b'] } },
      bundled.vendors,
      'en',
    );
    const name = (id: string) => bundled.vendors.find((vendor) => vendor.id === id)!.name;
    expect(entries).toEqual(
      [
        { vendor: 'eufy', name: name('eufy'), until: 'new' },
        { vendor: 'ring', name: name('ring'), until: 'always' },
        { vendor: 'tp-link', name: name('tp-link'), until: 'always' },
      ].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
    );
  });

  test('a vendor the dataset in use no longer has is listed by its id', () => {
    expect(hiddenEntries({ hiddenVendors: ['ring'], hiddenUntilNew: {} }, [], 'de')).toEqual([
      { vendor: 'ring', name: 'ring', until: 'always' },
    ]);
  });
});
