/**
 * The content slice (pipeline/data.ts) as the content script reads it: from the default locale's
 * messages, where the build puts it (build/vite-locales.ts). `i18n.getMessage` is the one
 * synchronous way a content script reads data that ships with the extension without a
 * web-accessible file a page could probe, so the panel still goes in before the first paint; the
 * script itself stays small, and a page that never passes the gate never loads it.
 */
import { CONTENT_MESSAGE, type ContentData } from '../pipeline/data.ts';
import { ext } from '../runtime/ext-api.ts';

export function loadContentSlice(): ContentData {
  const text = ext().i18n.getMessage(CONTENT_MESSAGE);
  if (!text) throw new Error('the content slice is missing from the extension’s messages');
  return JSON.parse(text) as ContentData;
}
