/** downloadUpdate (src/update/download.ts) against a stub fetch: what it sends, and what it makes of the answers. */
import { describe, expect, test } from 'vitest';
import { dayBefore, downloadUpdate, httpDate } from '../../../src/update/download.ts';

describe('downloadUpdate', () => {
  /** Runs a download against a stub fetch and returns what it sent and what it made of the answers. */
  async function download(answer: (url: string) => Response, modifiedSince?: string) {
    const sent: { url: string; init: RequestInit }[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: string, init: RequestInit) => {
      sent.push({ url: input, init });
      return Promise.resolve(answer(input));
    }) as typeof fetch;
    try {
      return { sent, result: await downloadUpdate('https://updates.example/dataset.json', modifiedSince ? { modifiedSince } : {}) };
    } finally {
      globalThis.fetch = realFetch;
    }
  }

  test('asks conditionally on the given date, with no cookies, referrer, cache or server-chosen validator', async () => {
    const { sent, result } = await download(
      (url) => new Response(url.endsWith('.sig') ? 'c2ln' : '{}', { headers: { ETag: '"user-1234"' } }),
      '2026-11-23',
    );
    expect(result).toMatchObject({ ok: true, signature: 'c2ln' });
    expect(sent.map(({ url }) => url)).toEqual(['https://updates.example/dataset.json', 'https://updates.example/dataset.json.sig']);
    expect(sent[0]!.init.headers).toEqual({ 'If-Modified-Since': 'Mon, 23 Nov 2026 00:00:00 GMT' });
    for (const { init } of sent)
      expect(init).toMatchObject({ credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', redirect: 'error' });
    // The ETag the server sent is not kept anywhere: a second download sends the same request.
    const again = await download(() => new Response('{}'), '2026-11-23');
    expect(again.sent[0]!.init.headers).toEqual(sent[0]!.init.headers);
  });

  test('a 304 answer is "not modified", and the signature is not fetched', async () => {
    const { sent, result } = await download(() => new Response(null, { status: 304 }), '2026-11-23');
    expect(result).toEqual({ ok: false, reason: 'not-modified' });
    expect(sent).toHaveLength(1);
  });

  test('without a date, or with something that is not one, the request is unconditional', async () => {
    expect((await download(() => new Response('{}'))).sent[0]!.init.headers).toBeUndefined();
    expect((await download(() => new Response('{}'), '2026-13-45')).sent[0]!.init.headers).toBeUndefined();
    expect(httpDate('2026-02-30')).toBeUndefined();
    expect(httpDate('2024-02-29')).toBe('Thu, 29 Feb 2024 00:00:00 GMT');
  });

  test('checks are conditional on the day before the review date (a same-day release east of UTC is not missed)', () => {
    expect([dayBefore('2026-11-23'), dayBefore('2024-03-01'), dayBefore('2026-01-01'), dayBefore('nonsense')]).toEqual([
      '2026-11-22',
      '2024-02-29',
      '2025-12-31',
      undefined,
    ]);
  });
});
