import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildFilter, filterFill, filterHas, parseFilter, serializeFilter } from '../../../src/detect/bloom.ts';

describe('Bloom filter (detect/bloom.ts)', () => {
  test('never says no to a key it holds, also when nearly full, and survives its shipped form', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 400 }),
        fc.constantFrom(252, 4092),
        (keys, bits) => {
          const filter = parseFilter(serializeFilter(buildFilter(keys, bits)));
          return keys.every((key) => filterHas(filter, key));
        },
      ),
      { numRuns: 200 },
    );
  });

  test('says no to most keys it does not hold, in proportion to how full it is', () => {
    const filter = buildFilter(Array.from({ length: 1000 }, (_, i) => `w word${String(i)}`));
    const fill = filterFill(filter);
    expect(fill).toBeGreaterThan(0.1);
    expect(fill).toBeLessThan(0.25);
    const strangers = Array.from({ length: 20_000 }, (_, i) => `w other${String(i)}`);
    const wrong = strangers.filter((key) => filterHas(filter, key)).length / strangers.length;
    // About fill^7 (7 hashes): well under one in a thousand here.
    expect(wrong).toBeLessThan(0.001);
    // And a full filter says yes to everything, which only costs time, never a panel.
    const full = buildFilter(
      Array.from({ length: 5000 }, (_, i) => String(i)),
      252,
    );
    expect(strangers.slice(0, 100).every((key) => filterHas(full, key))).toBe(true);
  });
});
