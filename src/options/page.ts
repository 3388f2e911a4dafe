/**
 * What every section of the options page is given: the UI language, h() for building DOM, one
 * typed lookup of the page's elements, and status lines that report what happened, failures
 * included, so no event handler leaves a rejected promise unreported.
 */
import type { Ui } from '../runtime/locales.ts';
import type { MessageKey } from '../shared/i18n.ts';
import { byId, createH, type H } from '../shared/h.ts';

/** The element with this id, checked to be a `tag` (throws if the page has no such element). */
export type Lookup = <K extends keyof HTMLElementTagNameMap>(id: string, tag: K) => HTMLElementTagNameMap[K];

export interface OptionsPage {
  ui: Ui;
  h: H;
  get: Lookup;
}

export function optionsPage(document: Document, ui: Ui): OptionsPage {
  return { ui, h: createH(document), get: (id, tag) => byId(document, id, tag) };
}

export type StatusState = 'ok' | 'error' | 'busy';

/** A live region that says how the last action went (its state is styled and read by tests). */
export interface Status {
  say(text: string, state: StatusState): void;
  /** A failure, by its message key. */
  fail(key: MessageKey): void;
}

export function statusLine(element: HTMLElement, ui: Ui): Status {
  const say = (text: string, state: StatusState) => {
    element.textContent = text;
    element.dataset['state'] = state;
  };
  return {
    say,
    fail: (key) => {
      say(ui.t(key), 'error');
    },
  };
}

/**
 * An event listener that runs async `work`. Whatever the work does not handle itself is reported
 * on `status` as `key` (default: "something went wrong"), never left as an unhandled rejection.
 */
export function whenDone<E>(work: (event: E) => Promise<void>, status: Status, key: MessageKey = 'error_unexpected'): (event: E) => void {
  return (event) => {
    work(event).catch(() => {
      status.fail(key);
    });
  };
}
