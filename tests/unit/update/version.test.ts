/** compareVersions (src/update/version.ts): dataset versions are dates with an optional revision. */
import { describe, expect, test } from 'vitest';
import { compareVersions } from '../../../src/update/version.ts';

describe('compareVersions', () => {
  test.each([
    ['2026.11.23', '2026.11.23', 0],
    ['2026.11.24', '2026.11.23', 1],
    ['2026.11.23.1', '2026.11.23', 1],
    ['2026.11.23.10', '2026.11.23.9', 1],
    ['2026.02.01', '2026.10.01', -1],
    ['2027.01.01', '2026.12.31.99', 1],
  ])('%s vs %s → %i', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
    expect(compareVersions(b, a)).toBe(-expected || 0);
  });
});
