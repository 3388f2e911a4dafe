import { parseHTML } from 'linkedom';
import { afterEach, expect, test } from 'vitest';
import type { Ui } from '../../../src/runtime/locales.ts';
import { DEFAULT_SETTINGS } from '../../../src/runtime/settings.ts';
import { LANGUAGE_NAMES, LANGUAGES } from '../../../src/shared/languages.ts';
import { optionsPage, statusLine } from '../../../src/options/page.ts';
import { languageOptions, settingsSection } from '../../../src/options/settings-section.ts';

const ui: Ui = { t: (key) => `«${key}»`, locale: 'en', language: 'en' };
const HTML =
  '<!doctype html><html><body><select id="language"></select><input id="collapsed" type="checkbox"><input id="show-unassessed" type="checkbox"><div id="shops"></div><ul id="hidden"></ul><p id="saved"></p></body></html>';
const scope = globalThis as { chrome?: unknown };

/** A fake extension storage whose writes succeed or fail. */
function fakeStorage(writes: 'succeed' | 'fail'): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  scope.chrome = {
    storage: {
      local: {
        get: () => Promise.resolve({ ...stored }),
        set: (items: Record<string, unknown>) =>
          writes === 'fail' ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : Promise.resolve(void Object.assign(stored, items)),
      },
    },
  };
  return stored;
}
afterEach(() => {
  delete scope.chrome;
});
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(readable = true) {
  const { document } = parseHTML(HTML);
  // linkedom's <select> has no value setter: as the browser's, it selects the option of that value.
  Object.defineProperty(document.getElementById('language'), 'value', {
    get(this: HTMLSelectElement) {
      return this.querySelector('option[selected]')?.getAttribute('value') ?? '';
    },
    set(this: HTMLSelectElement, value: string) {
      for (const option of this.querySelectorAll('option')) option.toggleAttribute('selected', option.getAttribute('value') === value);
    },
  });
  const page = optionsPage(document, ui);
  const saved = page.get('saved', 'p');
  settingsSection(page, statusLine(saved, ui), { settings: DEFAULT_SETTINGS, readable }, () => []);
  const change = (element: Element) => element.dispatchEvent(new document.defaultView!.Event('change'));
  return { document, page, saved, change };
}

test('the language choice is "auto" and each language of LANGUAGES by its own name, marked with its code', () => {
  const { document } = parseHTML(HTML);
  const options = languageOptions(optionsPage(document, ui));
  expect(options.map((option) => [option.value, option.getAttribute('lang'), option.textContent])).toEqual([
    ['auto', null, '«options_language_auto»'],
    ...LANGUAGES.map((code) => [code, code, LANGUAGE_NAMES[code]]),
  ]);
});

test('a saved checkbox says so and stays as set', async () => {
  const stored = fakeStorage('succeed');
  const { page, saved, change } = setUp();
  const collapsed = page.get('collapsed', 'input');
  collapsed.checked = true;
  change(collapsed);
  await settled();
  expect(stored['panelCollapsed']).toBe(true);
  expect([saved.textContent, saved.dataset['state'], collapsed.checked]).toEqual(['«options_saved»', 'ok', true]);
  // The not-assessed panel is on unless switched off.
  const unassessed = page.get('show-unassessed', 'input');
  expect(unassessed.checked).toBe(true);
  unassessed.checked = false;
  change(unassessed);
  await settled();
  expect(stored['showUnassessed']).toBe(false);
});

test('a write the browser refuses puts the control back and says nothing was saved', async () => {
  fakeStorage('fail');
  const { document, saved, change } = setUp();
  const otto = document.querySelector<HTMLInputElement>('[data-shop="otto"]')!;
  expect(otto.checked).toBe(true);
  otto.checked = false;
  change(otto);
  await settled();
  expect([saved.textContent, saved.dataset['state'], otto.checked]).toEqual(['«error_setting_not_saved»', 'error', true]);
});

test('settings that could not be read are reported, and their controls cannot overwrite what is stored', () => {
  fakeStorage('succeed');
  const { document, page, saved } = setUp(false);
  expect([saved.textContent, saved.dataset['state']]).toEqual(['«error_storage_unreadable»', 'error']);
  expect(page.get('collapsed', 'input').disabled).toBe(true);
  expect(page.get('show-unassessed', 'input').disabled).toBe(true);
  expect(page.get('language', 'select').disabled).toBe(true);
  expect([...document.querySelectorAll<HTMLInputElement>('[data-shop]')].every((box) => box.disabled)).toBe(true);
});
