import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import type { Ui } from '../../../src/runtime/locales.ts';
import { optionsPage, statusLine, whenDone } from '../../../src/options/page.ts';

const ui: Ui = { t: (key) => `«${key}»`, locale: 'en', language: 'en' };
const { document } = parseHTML('<!doctype html><html><body><p id="status"></p><button id="go"></button></body></html>');

test('the lookup returns the element of that id and tag, and throws for a missing one or another tag', () => {
  const page = optionsPage(document, ui);
  expect(page.get('go', 'button').id).toBe('go');
  expect(() => page.get('go', 'input')).toThrow(/missing <input id="go">/);
  expect(() => page.get('nowhere', 'p')).toThrow(/missing/);
});

test('a status line says what happened and marks its state', () => {
  const element = document.getElementById('status')!;
  const status = statusLine(element, ui);
  status.say('Saved.', 'ok');
  expect([element.textContent, element.dataset['state']]).toEqual(['Saved.', 'ok']);
  status.fail('error_setting_not_saved');
  expect([element.textContent, element.dataset['state']]).toEqual(['«error_setting_not_saved»', 'error']);
});

test('an async handler that fails is reported on the status line, not left as an unhandled rejection', async () => {
  const element = document.getElementById('status')!;
  const status = statusLine(element, ui);
  whenDone(() => Promise.reject(new Error('boom')), status)(undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(element.textContent).toBe('«error_unexpected»');
  whenDone(() => Promise.reject(new Error('boom')), status, 'update_error_storage')(undefined);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(element.textContent).toBe('«update_error_storage»');
});
