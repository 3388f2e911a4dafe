/**
 * Notices when a shop swaps the product without a page load (Amazon variant switches,
 * client-side routing) or wipes our panel while re-rendering, and asks for one re-check.
 * Cheap on purpose: it watches only the document title, the product-title area and the URL,
 * and coalesces bursts of changes into one check.
 */

/**
 * Wait after the first change before re-checking, so that the several steps in which shops update a
 * product give one check. Later changes in that window join it rather than postpone it, so a
 * carousel that never stops changing cannot starve the check.
 */
const SETTLE_MS = 250;
/** URL changes by history.pushState fire no event a content script can hear, so look now and then. */
const URL_POLL_MS = 1000;

export interface WatchOptions {
  /** Elements whose text changes mean "maybe another product" (the product title's container). */
  areas: () => Element[];
  /** Called (at most once per SETTLE_MS) when the URL or a watched area changed, or the panel was removed. */
  onChange: () => void;
  /** The panel element: its removal by the page also triggers a check. */
  panel: () => Element | undefined;
  signal: AbortSignal;
}

export function watchProduct({ areas, onChange, panel, signal }: WatchOptions): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let href = location.href;
  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (!signal.aborted) onChange();
    }, SETTLE_MS);
  };

  const observer = new MutationObserver(schedule);
  let observed: Element[] = [];
  const targets = (): Element[] => {
    const title = document.querySelector('head > title');
    const host = panel();
    return [...(title ? [title] : []), ...areas(), ...(host?.parentElement ? [host.parentElement] : [])];
  };
  const observe = () => {
    observer.disconnect();
    observed = targets();
    for (const target of observed) observer.observe(target, { childList: true, characterData: true, subtree: true });
  };
  observe();

  const poll = setInterval(() => {
    if (location.href !== href) {
      href = location.href;
      schedule();
    }
    // Re-attach when the shop replaced a watched element, or the panel was removed or moved.
    const now = targets();
    if (now.length !== observed.length || now.some((element, i) => element !== observed[i])) {
      observe();
      schedule();
    }
  }, URL_POLL_MS);

  addEventListener('popstate', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(poll);
    if (timer !== undefined) clearTimeout(timer);
  });
}
