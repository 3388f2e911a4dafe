/** Small DOM readers shared by the shop adapters. They never throw on odd pages. */

const MAX_FIELD = 1000;

/** Text of the first element matching a selector, whitespace collapsed, bounded in length. */
export function textOf(root: ParentNode, selector: string): string | undefined {
  const element = root.querySelector(selector);
  const text = element?.textContent.replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD);
  return text ? text : undefined;
}

/** Texts of all elements matching a selector (at most `limit`), empty ones dropped. */
export function textsOf(root: ParentNode, selector: string, limit = 12): string[] {
  const texts: string[] = [];
  for (const element of root.querySelectorAll(selector)) {
    const text = element.textContent.replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD);
    if (text) texts.push(text);
    if (texts.length >= limit) break;
  }
  return texts;
}

/** The first of several selectors that matches, as a panel anchor. */
export function firstElement(root: ParentNode, selectors: readonly string[]): Element | undefined {
  for (const selector of selectors) {
    const element = root.querySelector(selector);
    if (element) return element;
  }
  return undefined;
}
