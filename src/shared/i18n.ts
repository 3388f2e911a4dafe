/** UI text from public/_locales via the browser's i18n API. Keys are typed from en/messages.json. */
import browser from 'webextension-polyfill';
import type en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

export const t: Translate = (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key;
