/**
 * Detection over every saved page, in Node: the same adapter and detector the content script
 * runs, so a wrong rule shows up here before the browser tests.
 */
import { describe, expect, test } from 'vitest';
import { detectFixture } from '../../support/detect-page.ts';
import { loadFixtures } from '../../support/fixtures.ts';

describe('detection on saved pages', () => {
  for (const fixture of loadFixtures()) {
    const expected = fixture.label === 'camera' ? `${fixture.vendor}/${fixture.kind}` : 'no panel';
    test(`${fixture.file} → ${expected}`, () => {
      const detection = detectFixture(fixture)?.detection;
      const actual = detection ? `${detection.vendor}/${detection.kind}` : 'no panel';
      expect(actual).toBe(expected);
    });
  }
});
