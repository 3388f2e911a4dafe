/**
 * The options page in Chromium. In a build with an update address and a trusted key (built here,
 * into a temporary folder, with a throwaway key and an address on a reserved domain that is
 * intercepted): a valid signed update installs after confirmation; every broken or forged one is
 * refused with its own message and leaves the stored dataset byte-identical. Also rollback, the
 * weekly check and the settings. In the default build (dist/, no address, no key): no host access,
 * no download, no import, and the page says new data comes with new releases.
 */
import { MAX_UPDATE_BYTES } from '../../src/update/download.ts';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readDatasetFiles } from '../../build/dataset-files.ts';
import { Dataset } from '../../src/dataset/schema.ts';
import { LANGUAGE_NAMES, LANGUAGES } from '../../src/shared/languages.ts';
import { generateKeyPair, signBytes } from '../../src/update/sign.ts';
import { axeViolations } from '../support/axe.ts';
import { buildWith } from '../support/build.ts';
import { DIST, launchBrowser, type Browser } from '../support/browser.ts';
import type { ExtensionGlobals as Local } from '../support/browser.ts';
import { translator } from '../support/i18n.ts';

const URL_BASE = 'https://updates.test.example/dataset.json';
const bundled = Dataset.parse(readDatasetFiles());
const en = translator('en');
const de = translator('de');
let browser: Browser;
let dir: string;
let optionsUrl: string;
let key: Awaited<ReturnType<typeof generateKeyPair>>;
let other: Awaited<ReturnType<typeof generateKeyPair>>;
/** The configured build's manifest as built, before the test grants it the update host. */
let builtManifest: Manifest;

interface Manifest {
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_security_policy: { extension_pages: string };
}
const connectSrc = (manifest: Manifest) =>
  /(?:^|;)\s*connect-src ([^;]*)/.exec(manifest.content_security_policy.extension_pages)?.[1]?.trim();

const encode = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
const newer = (version = '2099.01.01') => ({ ...structuredClone(bundled), version });

beforeAll(async () => {
  key = await generateKeyPair();
  other = await generateKeyPair();
  // A build with the test update address that trusts a throwaway key (its private half never leaves this test).
  dir = mkdtempSync(join(tmpdir(), 'unwarranted-options-'));
  writeFileSync(join(dir, 'keys.json'), JSON.stringify([key.publicKey]));
  const build = join(dir, 'build');
  buildWith(build, { UNWARRANTED_UPDATE_URL: URL_BASE, UNWARRANTED_UPDATE_KEYS: join(dir, 'keys.json') });
  builtManifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
  // Granted at install, so the test host is reachable without a permission prompt (which automation cannot click).
  writeFileSync(join(build, 'manifest.json'), JSON.stringify({ ...builtManifest, host_permissions: ['https://updates.test.example/*'] }));
  browser = await launchBrowser({ dist: build });
  optionsUrl = `chrome-extension://${await browser.extensionId()}/src/options/index.html`;
}, 120_000);
afterAll(async () => {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
});

async function storedDataset(page: Page): Promise<string> {
  return page.evaluate(async () =>
    JSON.stringify(
      await (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<unknown> } } } }).chrome.storage.local.get(
        'dataset',
      ),
    ),
  );
}

function serveUpdate(
  body: Buffer | string,
  signature: string | null,
  extra: { status?: number; contentType?: string; delayMs?: number } = {},
) {
  browser.serveResource(URL_BASE, { body, ...extra });
  browser.serveResource(
    `${URL_BASE}.sig`,
    signature === null ? { body: 'not found', status: 404, contentType: 'text/plain' } : { body: signature, contentType: 'text/plain' },
  );
}

async function check(page: Page): Promise<string> {
  await page.locator('#check').click();
  const status = page.locator('[data-testid="update-status"]');
  // The download gives up after 10 s (download.ts); the config's poll limit (30 s) waits past that.
  await expect.poll(() => status.getAttribute('data-state')).not.toBe('busy');
  return (await page.locator('#update-confirm').isVisible())
    ? await page.locator('[data-testid="update-summary"]').innerText()
    : await status.innerText();
}

describe('refused updates leave the dataset byte-identical', () => {
  const cases: [string, () => Promise<void>, RegExp][] = [
    [
      'bad signature (another key)',
      async () => {
        const bytes = encode(newer());
        serveUpdate(bytes, await signBytes(bytes, other.privateKeyPem));
      },
      /signature does not match a trusted key/,
    ],
    [
      'unsigned',
      () => {
        serveUpdate(encode(newer()), null);
        return Promise.resolve();
      },
      /has no signature/,
    ],
    [
      'one tampered byte',
      async () => {
        const bytes = encode(newer());
        const signature = await signBytes(bytes, key.privateKeyPem);
        const tampered = Buffer.from(bytes);
        tampered[tampered.indexOf('Ring') + 1] = 'x'.charCodeAt(0);
        serveUpdate(tampered, signature);
      },
      /signature does not match a trusted key/,
    ],
    [
      'older version',
      async () => {
        const bytes = encode(newer('2020.01.01'));
        serveUpdate(bytes, await signBytes(bytes, key.privateKeyPem));
      },
      /not newer than the one in use/,
    ],
    [
      'oversized file',
      async () => {
        const bytes = Buffer.alloc(MAX_UPDATE_BYTES + 100_000, 0x20);
        serveUpdate(bytes, await signBytes(bytes, key.privateKeyPem));
      },
      /larger than an update can be/,
    ],
    [
      'HTML error page',
      () => {
        serveUpdate('<!doctype html><h1>502 Bad Gateway</h1>', null, { contentType: 'text/html' });
        return Promise.resolve();
      },
      /returned a web page/,
    ],
    [
      'invalid schema (signed)',
      async () => {
        const broken = newer();
        broken.vendors[0]!.claims[0]!.sources[0]!.url = 'http://insecure.example/';
        const bytes = encode(broken);
        serveUpdate(bytes, await signBytes(bytes, key.privateKeyPem));
      },
      /does not meet the required format/,
    ],
    [
      'timeout',
      () => {
        serveUpdate(encode(newer()), 'x', { delayMs: 25_000 });
        return Promise.resolve();
      },
      /did not answer in time/,
    ],
  ];

  for (const [name, arrange, message] of cases) {
    test(name, async () => {
      const page = await browser.context.newPage();
      await page.goto(optionsUrl);
      const before = await storedDataset(page);
      await arrange();
      expect(await check(page)).toMatch(message);
      expect(await page.locator('#update-confirm').isVisible()).toBe(false);
      expect(await storedDataset(page)).toBe(before);
      await page.close();
    });
  }
});

test('a valid signed update shows what changes, installs on confirmation, and can be rolled back', async () => {
  const next = newer('2099.01.02');
  const ring = next.vendors.find((vendor) => vendor.id === 'ring')!;
  ring.verdicts.e2ee = { value: 'default', claims: ['ring-e2ee-opt-in'] };
  const bytes = encode(next);
  serveUpdate(bytes, await signBytes(bytes, key.privateKeyPem));
  const page = await browser.context.newPage();
  await page.goto(optionsUrl);
  expect(await page.locator('[data-testid="dataset-source"]').innerText()).toBe('Source: bundled with the extension.');
  const summary = await check(page);
  expect(summary).toMatch(
    /Update 2099\.01\.02 is signed and valid\. Changes: 0 vendors added, 0 vendors removed, 1 verdict changed, \d+ facts? added, \d+ facts? removed/,
  );
  expect(await page.locator('#update-verdicts').innerText()).toContain('ring: e2ee opt-in → default');
  // Nothing is stored before the user confirms.
  expect(await storedDataset(page)).toBe('{}');
  await page.locator('#install').click();
  await expect.poll(() => page.locator('[data-testid="dataset-version"]').innerText()).toMatch(/^Version 2099\.01\.02/);
  expect(JSON.parse(await storedDataset(page)).dataset.text).toBe(bytes.toString('utf8'));
  expect(await page.locator('[data-testid="dataset-source"]').innerText()).toContain(URL_BASE);

  await page.locator('#rollback').click();
  await expect.poll(() => page.locator('[data-testid="dataset-source"]').innerText()).toBe('Source: bundled with the extension.');
  expect(await storedDataset(page)).toBe('{}');
  await page.close();
});

test('the check is conditional on the date of the dataset in use; a 304 answer means up to date, with nothing changed', async () => {
  const since = new Date(Date.parse(`${bundled.reviewed}T00:00:00Z`) - 24 * 60 * 60 * 1000).toUTCString();
  // The server answers 304 only to the expected condition; anything else would get a newer signed file.
  const bytes = encode(newer());
  const signature = await signBytes(bytes, key.privateKeyPem);
  browser.serveResource(URL_BASE, (headers) => (headers['if-modified-since'] === since ? { body: '', status: 304 } : { body: bytes }));
  browser.serveResource(`${URL_BASE}.sig`, { body: signature, contentType: 'text/plain' });
  const page = await browser.context.newPage();
  await page.goto(optionsUrl);
  const before = await storedDataset(page);
  const requestsBefore = browser.requests.length;
  expect(await check(page)).toMatch(/^You have the newest dataset: the one on the server has not changed since/);
  expect(await page.locator('#update-status').getAttribute('data-state')).toBe('ok');
  const sent = browser.requests.slice(requestsBefore).filter(({ url }) => url.startsWith(URL_BASE));
  expect(sent.map(({ url }) => url)).toEqual([URL_BASE]);
  // Only what any download shows (PRIVACY.md lists it): no cookie, referrer or validator the server chose.
  const expected =
    /^(accept|accept-encoding|accept-language|user-agent|if-modified-since|origin|sec-ch-ua(-mobile|-platform)?|sec-fetch-[a-z]+)$/;
  expect(Object.keys(sent[0]!.headers).filter((name) => !expected.test(name))).toEqual([]);
  expect(sent[0]!.headers['if-modified-since']).toBe(since);
  expect(await storedDataset(page)).toBe(before);
  await page.close();
});

test('a stored dataset that was corrupted falls back to the bundled one, and the page says so', async () => {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl);
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
      dataset: { text: '{"broken": true', signature: 'AAAA', keyId: 'x', source: 'x', installedAt: '2026-01-01T00:00:00Z' },
    }),
  );
  await page.reload();
  await expect.poll(() => page.locator('#dataset-error').innerText()).toContain('failed its checks');
  expect(await page.locator('[data-testid="dataset-version"]').innerText()).toMatch(
    new RegExp(`^Version ${bundled.version.replace(/\./g, '\\.')}`),
  );
  await page.locator('#rollback').click();
  await page.close();
});

test('storage full when installing: the page says so, and the dataset in use stays', async () => {
  const bytes = encode(newer('2099.01.03'));
  serveUpdate(bytes, await signBytes(bytes, key.privateKeyPem));
  const page = await browser.context.newPage();
  await page.goto(optionsUrl);
  const before = await storedDataset(page);
  expect(await check(page)).toMatch(/Update 2099\.01\.03 is signed and valid/);
  // The browser refuses the write, as it does when the extension's storage quota is used up.
  await page.evaluate(() => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { set: unknown } } } }).chrome.storage.local;
    local.set = () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
  });
  await page.locator('#install').click();
  await expect.poll(() => page.locator('#update-status').innerText()).toMatch(/could not save the update/);
  await page.reload();
  expect(await storedDataset(page)).toBe(before);
  expect(await page.locator('[data-testid="dataset-source"]').innerText()).toBe('Source: bundled with the extension.');
  await page.close();
});

test('storage that cannot be read: the bundled dataset is used, and the page says so', async () => {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const api = (globalThis as unknown as { chrome?: { storage?: { local: { get: unknown } } } }).chrome;
    if (api?.storage) {
      api.storage.local.get = () => {
        throw new Error('IO error: database corrupted');
      };
    }
  });
  await page.goto(optionsUrl);
  await expect.poll(() => page.locator('#dataset-error').innerText()).toContain('could not be read');
  expect(await page.locator('[data-testid="dataset-version"]').innerText()).toMatch(
    new RegExp(`^Version ${bundled.version.replace(/\./g, '\\.')}`),
  );
  await page.close();
});

test('a half-written update left by the weekly check (worker stopped mid-way) is dropped, not offered', async () => {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl);
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
      pendingUpdate: { text: '{"schemaVersion": 1, "vers', signature: 'AAAA', keyId: 'x', source: 'x' },
    }),
  );
  await page.reload();
  await page.locator('[data-testid="dataset-version"]').filter({ hasText: 'Version' }).waitFor();
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<object> } } } }).chrome.storage.local.get(
          'pendingUpdate',
        ),
      ),
    )
    .toEqual({});
  expect(await page.locator('#update-confirm').isVisible()).toBe(false);
  expect(await page.locator('[data-testid="dataset-source"]').innerText()).toBe('Source: bundled with the extension.');
  await page.close();
});

test('an update the weekly check left waiting is checked again and offered, with what it changes, until the user decides', async () => {
  const bytes = encode(newer('2099.02.01'));
  const pending = {
    text: bytes.toString('utf8'),
    signature: await signBytes(bytes, key.privateKeyPem),
    keyId: 'stored-key-id-is-not-trusted',
    source: URL_BASE,
  };
  const page = await browser.context.newPage();
  await page.goto(optionsUrl);
  const before = await storedDataset(page);
  await page.evaluate((update) => (globalThis as unknown as Local).chrome.storage.local.set({ pendingUpdate: update }), pending);
  await page.reload();
  await expect.poll(() => page.locator('#update-confirm').isVisible()).toBe(true);
  expect(await page.locator('[data-testid="update-summary"]').innerText()).toMatch(
    /^A weekly check found update 2099\.02\.01: 0 vendors added/,
  );
  expect(await storedDataset(page)).toBe(before);
  await page.locator('#cancel').click();
  expect(await page.locator('#update-confirm').isVisible()).toBe(false);
  await page.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.remove('pendingUpdate'));
  await page.close();
});

test('a build with an update address names it, may ask for that one host only, and offers check, import and the weekly check', async () => {
  expect(builtManifest.optional_host_permissions).toEqual(['https://updates.test.example/*']);
  expect(builtManifest.host_permissions).toBeUndefined();
  expect(connectSrc(builtManifest)).toBe("'self' https://updates.test.example");
  const page = await browser.context.newPage();
  await page.goto(optionsUrl);
  await page.locator('[data-testid="dataset-version"]').filter({ hasText: 'Version' }).waitFor();
  expect(await page.locator('[data-testid="update-note"]').innerText()).toBe(en('options_update_address', URL_BASE));
  for (const control of ['#check', '#import', '#auto-update']) expect(await page.locator(control).isVisible(), control).toBe(true);
  // No address field: the build fixes where updates come from.
  expect(await page.locator('input[type="url"], #update-url').count()).toBe(0);
  await page.close();
});

test('the weekly check is switched on and off from the options page', async () => {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl);
  const alarm = () =>
    page.evaluate(
      async () =>
        (await (globalThis as unknown as { chrome: { alarms: { get(name: string): Promise<unknown> } } }).chrome.alarms.get(
          'weekly-dataset-check',
        )) !== undefined,
    );
  const setting = () =>
    page.evaluate(
      async () =>
        (
          await (
            globalThis as unknown as { chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } } }
          ).chrome.storage.local.get('autoUpdate')
        )['autoUpdate'],
    );
  expect(await page.locator('#auto-update').isChecked()).toBe(false);
  await page.locator('#auto-update').check();
  await expect.poll(alarm).toBe(true);
  expect(await setting()).toBe(true);
  await page.locator('#auto-update').uncheck();
  await expect.poll(alarm).toBe(false);
  expect(await setting()).toBe(false);
  await page.close();
});

test('hidden vendors are listed by name, hidden for good or until something new is known, and each can be shown again', async () => {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl);
  await page.evaluate(() =>
    (globalThis as unknown as Local).chrome.storage.local.set({ hiddenVendors: ['ring'], hiddenUntilNew: { 'tp-link': ['fingerprint'] } }),
  );
  await page.reload();
  const item = (vendor: string) => page.locator(`#hidden li[data-vendor="${vendor}"]`);
  const text = async (vendor: string) => (await item(vendor).innerText()).replace(/\s+/g, ' ');
  const name = (id: string) => bundled.vendors.find((vendor) => vendor.id === id)!.name;
  expect(en('options_hidden_until_new')).toBe('Hidden until something new is known');
  await expect.poll(() => text('ring')).toBe(`${name('ring')} — ${en('options_hidden_always')} ${en('popup_show_again')}`);
  expect(await text('tp-link')).toBe(`${name('tp-link')} — ${en('options_hidden_until_new')} ${en('popup_show_again')}`);
  const stored = () => page.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.get(['hiddenVendors', 'hiddenUntilNew']));

  await item('tp-link').getByRole('button').click();
  await expect.poll(stored).toEqual({ hiddenVendors: ['ring'], hiddenUntilNew: {} });
  expect(await page.locator('#hidden li').count()).toBe(1);
  await item('ring').getByRole('button').click();
  await expect.poll(stored).toEqual({ hiddenVendors: [], hiddenUntilNew: {} });
  expect(await page.locator('#hidden').innerText()).toBe('None.');

  // The same list in German.
  await page.evaluate(() =>
    (globalThis as unknown as Local).chrome.storage.local.set({
      language: 'de',
      hiddenVendors: ['ring'],
      hiddenUntilNew: { 'tp-link': ['fingerprint'] },
    }),
  );
  await page.reload();
  await expect.poll(() => text('tp-link')).toBe(`${name('tp-link')} — ${de('options_hidden_until_new')} ${de('popup_show_again')}`);
  expect(await text('ring')).toBe(`${name('ring')} — ${de('options_hidden_always')} ${de('popup_show_again')}`);
  await page.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.remove(['language', 'hiddenVendors', 'hiddenUntilNew']));
  await page.close();
});

test('a setting the browser cannot save: the control goes back, the page says so, and nothing is left unhandled', async () => {
  const page = await browser.context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(optionsUrl);
  await page.locator('[data-testid="dataset-version"]').filter({ hasText: 'Version' }).waitFor();
  // The language choice: "auto", then every language by its own name.
  expect(
    await page
      .locator('#language option')
      .evaluateAll((options: HTMLOptionElement[]) => options.map((option) => [option.value, option.lang, option.textContent])),
  ).toEqual([['auto', '', en('options_language_auto')], ...LANGUAGES.map((code) => [code, code, LANGUAGE_NAMES[code]])]);
  const collapsed = page.locator('#collapsed');
  const otto = page.locator('[data-shop="otto"]');
  const [collapsedBefore, ottoBefore] = [await collapsed.isChecked(), await otto.isChecked()];
  // The browser refuses every write, as it does when the extension's storage is full or failing.
  await page.evaluate(() => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { set: unknown } } } }).chrome.storage.local;
    local.set = () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
  });
  const status = page.locator('[data-testid="settings-status"]');
  await collapsed.click();
  await expect.poll(() => status.innerText()).toBe(en('error_setting_not_saved'));
  expect(await status.getAttribute('data-state')).toBe('error');
  expect(await collapsed.isChecked()).toBe(collapsedBefore);
  await page.evaluate(() => {
    document.querySelector('[data-testid="settings-status"]')!.textContent = '';
  });
  await otto.click();
  await expect.poll(() => status.innerText()).toBe(en('error_setting_not_saved'));
  expect(await otto.isChecked()).toBe(ottoBefore);
  expect(errors).toEqual([]);
  await page.close();
});

test('settings: language, collapsed panel, shops and hidden vendors are saved', async () => {
  const page = await browser.context.newPage();
  await page.goto(optionsUrl);
  await page.locator('#language').selectOption('de');
  await page.locator('#collapsed').check();
  await page.locator('[data-shop="otto"]').uncheck();
  await expect
    .poll(() =>
      page.evaluate(async () =>
        (globalThis as unknown as { chrome: { storage: { local: { get(keys: string[]): Promise<unknown> } } } }).chrome.storage.local.get([
          'language',
          'panelCollapsed',
          'disabledShops',
        ]),
      ),
    )
    .toEqual({
      language: 'de',
      panelCollapsed: true,
      disabledShops: ['otto'],
    });
  await page.reload();
  expect(await page.locator('h1').innerText()).toBe('Unwarranted-Einstellungen');
  await page.close();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`options page: no accessibility violations (axe-core), ${scheme}`, async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(optionsUrl);
    await page.locator('[data-testid="dataset-version"]').filter({ hasText: 'Version' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
}

test('nothing in the options page was refused by its Content-Security-Policy, updates included', () => {
  expect(browser.cspViolations).toEqual([]);
});

describe('the default build (dist/: no update address, no trusted key)', () => {
  let plain: Browser;
  let plainOptions: string;
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Manifest;
  beforeAll(async () => {
    plain = await launchBrowser();
    plainOptions = `chrome-extension://${await plain.extensionId()}/src/options/index.html`;
  });
  afterAll(async () => {
    await plain.close();
  });

  test('asks for no host access at all and can connect to nothing but itself', () => {
    // If this fails, dist/ was built with UNWARRANTED_UPDATE_URL set: `npm run test:e2e` builds the default.
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(connectSrc(manifest)).toBe("'self'");
  });

  test('offers no check, weekly check or import, and says plainly that new data comes with new releases', async () => {
    const page = await plain.context.newPage();
    await page.goto(plainOptions);
    await page.locator('[data-testid="dataset-version"]').filter({ hasText: 'Version' }).waitFor();
    expect(await page.locator('[data-testid="update-note"]').innerText()).toBe(en('options_update_none'));
    expect(en('options_update_none')).toMatch(/no update address.*no signing key.*new releases/);
    for (const control of ['#check', '#import', '#auto-update', '#update-url', 'input[type="url"]'])
      expect(await page.locator(control).count(), control).toBe(0);
    expect(await page.locator('[data-testid="dataset-source"]').innerText()).toBe('Source: bundled with the extension.');
    expect(await axeViolations(page)).toEqual([]);

    await page.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({
        language: 'de',
      }),
    );
    await page.reload();
    await expect.poll(() => page.locator('[data-testid="update-note"]').innerText()).toBe(de('options_update_none'));
    await page.close();
    // Nothing was requested by the extension, and its page broke no Content-Security-Policy rule.
    expect(plain.requests).toEqual([]);
    expect(plain.cspViolations).toEqual([]);
  });
});
