/** diffDatasets (src/update/diff.ts): what an update changes, as the options page reports it. */
import { describe, expect, test } from 'vitest';
import { diffDatasets } from '../../../src/update/diff.ts';
import { bundled, clone, withChangedVerdict } from '../../support/signed-dataset.ts';

describe('diffDatasets', () => {
  test('reports an added claim and a changed verdict', () => {
    const { data, from, to } = withChangedVerdict();
    const changes = diffDatasets(bundled, data);
    expect(changes.claimsAdded).toBe(1);
    expect(changes.claimsRemoved).toBe(0);
    expect(changes.verdictsChanged).toEqual([{ vendor: data.vendors[0]!.id, verdict: 'e2ee', from, to }]);
  });

  test('reports added and removed vendors with their claims', () => {
    const smaller = { ...clone(), vendors: bundled.vendors.slice(1) };
    const first = bundled.vendors[0]!;
    expect(diffDatasets(smaller, bundled)).toMatchObject({
      vendorsAdded: [first.id],
      vendorsRemoved: [],
      claimsAdded: first.claims.length,
    });
    expect(diffDatasets(bundled, smaller)).toMatchObject({
      vendorsAdded: [],
      vendorsRemoved: [first.id],
      claimsRemoved: first.claims.length,
    });
  });

  test('reports nothing for the same data', () => {
    expect(diffDatasets(bundled, clone())).toMatchObject({
      vendorsAdded: [],
      vendorsRemoved: [],
      verdictsChanged: [],
      claimsAdded: 0,
      claimsRemoved: 0,
    });
  });
});
