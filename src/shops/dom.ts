/** Small DOM readers for the shop reader (read.ts). They never throw on odd pages. */

const MAX_FIELD = 1000;
/** Raw characters looked at per field: room for indentation, yet a 1 MB field is never scanned whole. */
const MAX_RAW = 20 * MAX_FIELD;

/** Page text cut before any processing, whitespace collapsed, bounded in length. */
export const clipText = (raw: string, max = MAX_FIELD): string => raw.slice(0, MAX_RAW).replace(/\s+/g, ' ').trim().slice(0, max);

const fieldText = (element: Element): string => clipText(element.textContent);

/** Text of the first element matching a selector, whitespace collapsed, bounded in length. */
export function textOf(root: ParentNode, selector: string): string | undefined {
  const element = root.querySelector(selector);
  const text = element ? fieldText(element) : undefined;
  return text ? text : undefined;
}

/** Texts of all elements matching a selector (at most `limit`), empty ones dropped. */
export function textsOf(root: ParentNode, selector: string, limit = 12): string[] {
  const texts: string[] = [];
  for (const element of root.querySelectorAll(selector)) {
    const text = fieldText(element);
    if (text) texts.push(text);
    if (texts.length >= limit) break;
  }
  return texts;
}
