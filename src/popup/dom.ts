/**
 * The popup's fixed elements (index.html), each looked up once by id and checked to be of the
 * expected type, so a renamed element fails at start-up rather than on first use.
 */

/** An element of the page by id, of the given type (`byId(document, 'search', HTMLInputElement)`). */
export function byId<T extends HTMLElement>(document: Document, id: string, type: abstract new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`missing #${id}`);
  return element;
}

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
    input: byId(document, 'search', HTMLInputElement),
    results: byId(document, 'results', HTMLUListElement),
    detail: byId(document, 'detail', HTMLElement),
    status: byId(document, 'status', HTMLElement),
    error: byId(document, 'error', HTMLElement),
    compareBar: byId(document, 'compare-bar', HTMLElement),
    compareChosen: byId(document, 'compare-chosen', HTMLUListElement),
    compareOpen: byId(document, 'compare-open', HTMLButtonElement),
    compareNote: byId(document, 'compare-note', HTMLElement),
  };
}
