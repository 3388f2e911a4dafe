/**
 * parseSettings (src/runtime/settings.ts): the settings as read from storage.local, field by
 * field, each falling back to its default; chosen cases, then any stored values (fast-check).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../src/runtime/settings.ts';
import { matcher } from '../../support/detect-page.ts';

describe('parseSettings', () => {
  test('nothing stored gives the defaults', () => {
    expect(parseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  test('well-formed values are kept as stored', () => {
    const stored = {
      panelCollapsed: true,
      showUnassessed: false,
      hiddenVendors: ['ring', 'tp-link'],
      hiddenUntilNew: { eufy: ['a', 'b'] },
      language: 'de',
      debug: true,
      disabledShops: ['amazon', 'ebay'],
      autoUpdate: true,
    };
    expect(parseSettings(structuredClone(stored))).toEqual(stored);
  });

  test('the not-assessed panel is off only when stored as false', () => {
    for (const value of ['false', 0, null, undefined, {}]) expect(parseSettings({ showUnassessed: value }).showUnassessed).toBe(true);
    expect(parseSettings({ showUnassessed: false }).showUnassessed).toBe(false);
  });

  test('a switch is on only when stored as true (not "true", 1 or an object)', () => {
    for (const value of ['true', 1, {}, [true], null]) {
      expect(parseSettings({ panelCollapsed: value, debug: value, autoUpdate: value })).toMatchObject({
        panelCollapsed: false,
        debug: false,
        autoUpdate: false,
      });
    }
  });

  test('hidden vendors: known ids only, each once; anything but a list is none', () => {
    expect(parseSettings({ hiddenVendors: ['ring', 'ring', 'acme', 7, null, '__proto__', 'constructor', 'Ring'] }).hiddenVendors).toEqual([
      'ring',
    ]);
    expect(parseSettings({ hiddenVendors: 'ring' }).hiddenVendors).toEqual([]);
    expect(parseSettings({ hiddenVendors: { 0: 'ring', length: 1 } }).hiddenVendors).toEqual([]);
  });

  test('hidden until new: known vendors with a list, string fingerprints only, no prototype key', () => {
    const raw = JSON.parse(
      '{"hiddenUntilNew": {"__proto__": ["x"], "constructor": ["y"], "acme": ["z"], "ring": ["a", 1, null, "b"], "eufy": "c", "nest": []}}',
    ) as Record<string, unknown>;
    const { hiddenUntilNew } = parseSettings(raw);
    expect(hiddenUntilNew).toEqual({ ring: ['a', 'b'], nest: [] });
    expect(Object.getPrototypeOf(hiddenUntilNew)).toBe(Object.prototype);
    for (const value of [null, 'ring', ['ring'], 42]) expect(parseSettings({ hiddenUntilNew: value }).hiddenUntilNew).toEqual({});
  });

  test('language: "auto" or a language the extension has, else "auto"', () => {
    for (const language of ['auto', 'en', 'de'] as const) expect(parseSettings({ language }).language).toBe(language);
    for (const language of ['pt', 'EN', 'de-DE', '', null, 1, ['de'], 'constructor'])
      expect(parseSettings({ language }).language).toBe('auto');
  });

  test('disabled shops: strings only; anything but a list is none', () => {
    expect(parseSettings({ disabledShops: ['amazon', 3, null, 'ebay'] }).disabledShops).toEqual(['amazon', 'ebay']);
    expect(parseSettings({ disabledShops: 'amazon' }).disabledShops).toEqual([]);
  });

  test('an update address stored by an earlier version is not read', () => {
    const settings = parseSettings({ updateUrl: 'https://mirror.example.net/dataset.json', autoUpdate: true });
    expect(settings).not.toHaveProperty('updateUrl');
    expect(settings.autoUpdate).toBe(true);
  });
});

describe('settings from storage', () => {
  test('any stored values give valid settings, field by field', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...Object.keys(DEFAULT_SETTINGS), 'updateUrl', '__proto__', 'constructor', 'x'), fc.anything()),
        (raw) => {
          const settings = parseSettings(raw);
          expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
          expect(typeof settings.panelCollapsed).toBe('boolean');
          expect(typeof settings.debug).toBe('boolean');
          expect(typeof settings.autoUpdate).toBe('boolean');
          expect(Array.isArray(settings.hiddenVendors) && settings.hiddenVendors.every((id) => matcher.vendors.has(id))).toBe(true);
          expect(Array.isArray(settings.disabledShops) && settings.disabledShops.every((id) => typeof id === 'string')).toBe(true);
          expect(['auto', 'en', 'de']).toContain(settings.language);
          // An address stored by earlier versions is not a setting any more (the build fixes it).
          expect(settings).not.toHaveProperty('updateUrl');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('writes that read the settings first', () => {
  /** storage.local of a fake extension API (runtime/ext-api.ts accepts `browser` with runtime.getURL). */
  function fakeStorage(read: () => Promise<Record<string, unknown>>) {
    const writes: Record<string, unknown>[] = [];
    const api = {
      runtime: { getURL: () => '' },
      storage: {
        local: {
          get: read,
          set: (items: Record<string, unknown>) => {
            writes.push(items);
            return Promise.resolve();
          },
        },
      },
    };
    (globalThis as { browser?: unknown }).browser = api;
    return writes;
  }

  test('hiding adds to what is stored and keeps the other hidden vendors', async () => {
    const { setVendorHidden } = await import('../../../src/runtime/settings.ts');
    const writes = fakeStorage(() => Promise.resolve({ hiddenVendors: ['ring'], hiddenUntilNew: { eufy: ['x'] } }));
    await setVendorHidden('wyze', true);
    expect(writes).toEqual([{ hiddenVendors: ['ring', 'wyze'], hiddenUntilNew: { eufy: ['x'] } }]);
    delete (globalThis as { browser?: unknown }).browser;
  });

  test('a failed read writes nothing: the defaults’ empty lists would show every other hidden vendor again', async () => {
    const { setVendorHidden, setVendorHiddenUntilNew } = await import('../../../src/runtime/settings.ts');
    const writes = fakeStorage(() => Promise.reject(new Error('storage unreadable')));
    await expect(setVendorHidden('ring', false)).rejects.toThrow('storage unreadable');
    await expect(setVendorHiddenUntilNew('ring', ['a'])).rejects.toThrow('storage unreadable');
    expect(writes).toEqual([]);
    delete (globalThis as { browser?: unknown }).browser;
  });
});

test('PRIVACY.md lists every stored setting', () => {
  const privacy = readFileSync(join(import.meta.dirname, '../../../PRIVACY.md'), 'utf8');
  for (const key of Object.keys(DEFAULT_SETTINGS)) expect(privacy, key).toContain(`\`${key}\``);
});
