/**
 * Detection over every saved page, in Node: the same adapter and detector the content script
 * runs, so a wrong rule shows up here before the browser tests.
 */
import { describe, expect, test } from 'vitest';
import { decideFixture } from '../../support/detect-page.ts';
import { loadFixtures } from '../../support/fixtures.ts';

describe('detection on saved pages', () => {
  for (const fixture of loadFixtures()) {
    // A camera of a brand we have no record of (vendor `unknown`) gets the not-assessed panel.
    const expected =
      fixture.label !== 'camera'
        ? 'no panel'
        : fixture.vendor === 'unknown'
          ? `not assessed/${fixture.kind}`
          : `${fixture.vendor}/${fixture.kind}`;
    test(`${fixture.file} → ${expected}`, () => {
      // Neither a vendor's panel nor the not-assessed one on a page that is no camera.
      const page = decideFixture(fixture);
      const actual =
        page.stage === 'view'
          ? `${page.view.vendor}/${page.view.kind}`
          : page.stage === 'not-assessed'
            ? `not assessed/${page.unassessed.kind}`
            : 'no panel';
      expect(actual).toBe(expected);
    });
  }
});
