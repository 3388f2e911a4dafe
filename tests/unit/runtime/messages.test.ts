/**
 * parseMessage (src/runtime/messages.ts): the only gate between what another part of the
 * extension (or a compromised content script) sends and what the background acts on. Each message
 * type is accepted with well-formed fields and comes back with those fields only; anything else is
 * undefined, never an exception.
 */
import { describe, expect, test } from 'vitest';
import { VENDOR_IDS } from '../../../src/dataset/schema-ids.ts';
import { parseMessage } from '../../../src/runtime/messages.ts';
import { LANGUAGES } from '../../../src/shared/languages.ts';

/** As it arrives: messages are structured-cloned (JSON-like), so JSON.parse keeps a "__proto__" key as the sender wrote it. */
const received = (json: string): unknown => JSON.parse(json);

describe('parseMessage accepts', () => {
  test.each(VENDOR_IDS.map((vendor) => [vendor]))('getVendorFacts for %s', (vendor) => {
    expect(parseMessage({ type: 'getVendorFacts', vendor })).toEqual({ type: 'getVendorFacts', vendor });
  });

  test.each(LANGUAGES.map((language) => [language]))('getMessages in %s', (language) => {
    expect(parseMessage({ type: 'getMessages', language })).toEqual({ type: 'getMessages', language });
  });

  test('tabShows a vendor, or null for no camera', () => {
    expect(parseMessage({ type: 'tabShows', vendor: 'ring' })).toEqual({ type: 'tabShows', vendor: 'ring' });
    expect(parseMessage({ type: 'tabShows', vendor: null })).toEqual({ type: 'tabShows', vendor: null });
  });

  test('getTabVendor with an integer tab id', () => {
    for (const tabId of [0, 1, 42, 2 ** 31 - 1, -1])
      expect(parseMessage({ type: 'getTabVendor', tabId })).toEqual({ type: 'getTabVendor', tabId });
  });

  test('a message as it arrives, parsed from JSON', () => {
    expect(parseMessage(received('{"type":"getVendorFacts","vendor":"tp-link"}'))).toEqual({ type: 'getVendorFacts', vendor: 'tp-link' });
    expect(parseMessage(received('{"type":"getTabVendor","tabId":7}'))).toEqual({ type: 'getTabVendor', tabId: 7 });
  });

  test('extra fields are not passed on: the result holds the known fields only', () => {
    const cases: [unknown, unknown][] = [
      [
        { type: 'getVendorFacts', vendor: 'ring', extra: 1, then: () => undefined },
        { type: 'getVendorFacts', vendor: 'ring' },
      ],
      [
        { type: 'getMessages', language: 'de', vendor: 'ring' },
        { type: 'getMessages', language: 'de' },
      ],
      [
        { type: 'tabShows', vendor: null, tabId: 3 },
        { type: 'tabShows', vendor: null },
      ],
      [received('{"type":"getTabVendor","tabId":1,"__proto__":{"polluted":true}}'), { type: 'getTabVendor', tabId: 1 }],
    ];
    for (const [message, expected] of cases) {
      const parsed = parseMessage(message);
      expect(parsed).toStrictEqual(expected);
      expect(Object.keys(parsed!)).toEqual(Object.keys(expected as object));
      expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('parseMessage rejects', () => {
  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'getVendorFacts'],
    ['a number', 1],
    ['a boolean', true],
    ['a function', () => ({ type: 'getTabVendor', tabId: 1 })],
    ['an empty object', {}],
    ['an array', ['getVendorFacts', 'ring']],
    ['an array of a message', [{ type: 'getVendorFacts', vendor: 'ring' }]],
  ])('%s', (_, message) => {
    expect(parseMessage(message)).toBeUndefined();
  });

  test.each([
    ['an unknown type', { type: 'getSettings' }],
    ['a type in another case', { type: 'GetVendorFacts', vendor: 'ring' }],
    ['a type that is not a string', { type: ['getVendorFacts'], vendor: 'ring' }],
    ['a prototype name as the type', { type: '__proto__', vendor: 'ring' }],
    ['a prototype name as the type', { type: 'constructor', vendor: 'ring' }],
    ['a prototype name as the type', { type: 'toString', vendor: 'ring' }],
  ])('%s (%j)', (_, message) => {
    expect(parseMessage(message)).toBeUndefined();
  });

  test.each([
    ['no vendor', { type: 'getVendorFacts' }],
    ['an unknown vendor', { type: 'getVendorFacts', vendor: 'acme' }],
    ['a vendor name, not its id', { type: 'getVendorFacts', vendor: 'Ring' }],
    ['a vendor with spaces', { type: 'getVendorFacts', vendor: ' ring' }],
    ['a vendor of the wrong type', { type: 'getVendorFacts', vendor: ['ring'] }],
    ['a null vendor', { type: 'getVendorFacts', vendor: null }],
    ['a prototype name as the vendor', { type: 'getVendorFacts', vendor: '__proto__' }],
    ['a prototype name as the vendor', { type: 'getVendorFacts', vendor: 'constructor' }],
    ['a prototype name as the vendor', { type: 'getVendorFacts', vendor: 'hasOwnProperty' }],
  ])('getVendorFacts with %s (%j)', (_, message) => {
    expect(parseMessage(message)).toBeUndefined();
  });

  test.each([
    ['no language', { type: 'getMessages' }],
    ['an unknown language', { type: 'getMessages', language: 'xx' }],
    ['a language setting that is not a language', { type: 'getMessages', language: 'auto' }],
    ['a locale, not a language', { type: 'getMessages', language: 'de-DE' }],
    ['a language in another case', { type: 'getMessages', language: 'EN' }],
    ['a language of the wrong type', { type: 'getMessages', language: ['en'] }],
    ['a prototype name as the language', { type: 'getMessages', language: 'constructor' }],
  ])('getMessages with %s (%j)', (_, message) => {
    expect(parseMessage(message)).toBeUndefined();
  });

  test.each([
    ['no vendor (undefined is not null)', { type: 'tabShows' }],
    ['an unknown vendor', { type: 'tabShows', vendor: 'acme' }],
    ['false for no camera', { type: 'tabShows', vendor: false }],
    ['an empty vendor', { type: 'tabShows', vendor: '' }],
  ])('tabShows with %s (%j)', (_, message) => {
    expect(parseMessage(message)).toBeUndefined();
  });

  test.each([
    ['no tab id', { type: 'getTabVendor' }],
    ['a fraction', { type: 'getTabVendor', tabId: 1.5 }],
    ['NaN', { type: 'getTabVendor', tabId: NaN }],
    ['Infinity', { type: 'getTabVendor', tabId: Infinity }],
    ['a numeric string', { type: 'getTabVendor', tabId: '1' }],
    ['null', { type: 'getTabVendor', tabId: null }],
    ['a boxed number', { type: 'getTabVendor', tabId: Object(1) as unknown }],
    ['a bigint', { type: 'getTabVendor', tabId: 1n }],
    ['a list', { type: 'getTabVendor', tabId: [1] }],
  ])('getTabVendor with %s', (_, message) => {
    expect(parseMessage(message)).toBeUndefined();
  });

  test('fields hidden behind a "__proto__" key (as JSON.parse keeps it) are not read', () => {
    for (const json of [
      '{"__proto__":{"type":"getVendorFacts","vendor":"ring"}}',
      '{"type":"getVendorFacts","__proto__":{"vendor":"ring"}}',
      '{"type":"getMessages","__proto__":{"language":"en"}}',
      '{"type":"getTabVendor","__proto__":{"tabId":1}}',
      '{"type":"tabShows","__proto__":{"vendor":null}}',
      '{"constructor":{"prototype":{"type":"getTabVendor","tabId":1}}}',
    ]) {
      expect(parseMessage(received(json))).toBeUndefined();
    }
    expect(({} as Record<string, unknown>)['type']).toBeUndefined();
  });
});
