import { expect, test } from 'vitest';
import { changesText } from '../../../src/options/changes-text.ts';
import type { DatasetChanges } from '../../../src/update/diff.ts';
import { translator } from '../../support/i18n.ts';

const changes = (added: number, verdicts: number, facts: number): DatasetChanges => ({
  vendorsAdded: Array.from({ length: added }, (_, index) => `v${index}`),
  vendorsRemoved: [],
  verdictsChanged: Array.from({ length: verdicts }, (_, index) => ({
    vendor: `v${index}`,
    verdict: 'e2ee',
    from: 'opt-in',
    to: 'default',
  })),
  claimsAdded: facts,
  claimsRemoved: 1,
  fromVersion: '2026.12.03',
  toVersion: '2026.12.04',
});

test('each count of an update summary takes its plural form', () => {
  const ui = { t: translator('en'), locale: 'en-US', language: 'en' as const };
  expect(changesText(ui, changes(1, 2, 1200))).toBe(
    '1 vendor added, 0 vendors removed, 2 verdicts changed, 1,200 facts added, 1 fact removed',
  );
  const fr = { t: translator('fr'), locale: 'fr-FR', language: 'fr' as const };
  expect(changesText(fr, changes(0, 1, 2))).toBe(
    '0 fabricant ajouté, 0 fabricant retiré, 1 verdict modifié, 2 faits ajoutés, 1 fait retiré',
  );
});
