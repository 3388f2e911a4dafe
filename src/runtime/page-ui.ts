/** UI language for extension pages (popup, options): the browser's or the one chosen. */
import locales from 'virtual:unwarranted/locales';
import { type Ui, uiFor } from './locales.ts';
import { readSettings } from './settings.ts';

export async function pageUi(): Promise<Ui> {
  const settings = await readSettings();
  const ui = await uiFor(settings.language, (language) => Promise.resolve(locales[language]));
  document.documentElement.lang = ui.language;
  return ui;
}

/** Fills every element carrying data-i18n="key" with its message. */
export function translatePage(ui: Ui): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = ui.t(element.dataset['i18n'] as Parameters<Ui['t']>[0]);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) {
    element.setAttribute('placeholder', ui.t(element.dataset['i18nPlaceholder'] as Parameters<Ui['t']>[0]));
  }
}
