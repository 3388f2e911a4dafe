import { describe, expect, test } from 'vitest';
import raw from '../../src/dataset/vendors.json';
import { Dataset, VENDOR_IDS, describeIssues } from '../../src/dataset/schema';

const clone = (): Record<string, unknown> & typeof raw => structuredClone(raw);

describe('bundled dataset', () => {
  test('passes the schema', () => {
    const result = Dataset.safeParse(raw);
    expect(result.success ? '' : describeIssues(result.error)).toBe('');
  });

  test('has an entry for every vendor id', () => {
    expect(raw.vendors.map((vendor) => vendor.id).sort()).toEqual([...VENDOR_IDS].sort());
  });
});

describe('schema rejects', () => {
  test('a duplicate vendor id', () => {
    const data = clone();
    data.vendors.push(structuredClone(data.vendors[0]!));
    expect(describeIssues(Dataset.safeParse(data).error!)).toMatch(/duplicate vendor id "ring"/);
  });

  test('a brand claimed by two vendors, whatever its case and accents', () => {
    const data = clone();
    data.vendors[1]!.recognition.brands.push('RING');
    expect(describeIssues(Dataset.safeParse(data).error!)).toMatch(/brand "RING" is claimed by both "ring" and "blink"/);
  });

  test('an unknown vendor id and an unknown kind, naming the path', () => {
    const data = clone();
    (data.vendors[0] as { id: string }).id = 'acme';
    (data.vendors[1]!.recognition.lines[0] as { kind: string }).kind = 'toaster';
    const message = describeIssues(Dataset.safeParse(data).error!);
    expect(message).toMatch(/^vendors\.0\.id: /m);
    expect(message).toMatch(/^vendors\.1\.recognition\.lines\.0\.kind: /m);
  });
});
