/**
 * The popup's fixed elements (index.html), each looked up once by id and checked to be of the
 * expected type, so a renamed element fails at start-up rather than on first use.
 */
import { byId } from '../shared/h.ts';

export interface PopupElements {
  input: HTMLInputElement;
  results: HTMLUListElement;
  detail: HTMLElement;
  /** Announcements for screen readers (result count, the chosen result). */
  status: HTMLElement;
  /** What went wrong, seen and read out. */
  error: HTMLElement;
  compareBar: HTMLElement;
  compareChosen: HTMLUListElement;
  compareOpen: HTMLButtonElement;
  compareNote: HTMLElement;
}

export function popupElements(document: Document): PopupElements {
  return {
    input: byId(document, 'search', 'input'),
    results: byId(document, 'results', 'ul'),
    detail: byId(document, 'detail', 'section'),
    status: byId(document, 'status', 'p'),
    error: byId(document, 'error', 'p'),
    compareBar: byId(document, 'compare-bar', 'div'),
    compareChosen: byId(document, 'compare-chosen', 'ul'),
    compareOpen: byId(document, 'compare-open', 'button'),
    compareNote: byId(document, 'compare-note', 'p'),
  };
}
