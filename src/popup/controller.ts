/**
 * Wires the popup's parts together: the search field drives the results list (keyboard: arrows
 * choose, Enter opens, Esc goes back or clears, never while an input method composes), a result
 * opens the detail, Compare fills the comparison bar. Which view is shown is decided here only.
 */
import { createComparison } from './compare.ts';
import type { PopupContext } from './context.ts';
import { createDetail } from './detail.ts';
import type { PopupElements } from './dom.ts';
import { settingsForDisplay } from './hidden-vendors.ts';
import { createResults } from './results.ts';

/** Starts the popup on its page; resolves once the first results are listed. */
export async function startPopup(context: PopupContext, elements: PopupElements): Promise<void> {
  const { ui, failures } = context;
  const { input, detail: detailElement } = elements;
  const settings = () => settingsForDisplay(failures);

  const comparison = createComparison(
    context,
    { bar: elements.compareBar, chosen: elements.compareChosen, open: elements.compareOpen, note: elements.compareNote },
    {
      detailShown: () => !detailElement.hidden,
      removed: (id) => {
        results.unpress(id);
        input.focus();
      },
    },
  );
  const results = createResults(
    context,
    { list: elements.results, status: elements.status },
    {
      settings,
      compared: (id) => comparison.has(id),
      toggleCompare: (id) => comparison.toggle(id),
      open: failures.guard((id: string) => detail.openVendor(id)),
    },
  );
  const detail = createDetail(context, detailElement, {
    settings,
    show,
    shownAgain: () => results.render(input.value),
  });

  function show(view: 'results' | 'detail'): void {
    detailElement.hidden = view !== 'detail';
    elements.results.hidden = view === 'detail';
    comparison.update();
    if (view === 'results') input.focus();
  }

  const renderResults = failures.guard(() => results.render(input.value));
  elements.results.setAttribute('aria-label', ui.t('popup_results_label'));
  elements.compareChosen.setAttribute('aria-label', ui.t('popup_compare_chosen'));
  input.addEventListener('input', () => {
    show('results');
    renderResults();
  });
  input.addEventListener('keydown', (event) => {
    // Enter that confirms an input-method composition (Japanese shops) is not a choice.
    if (event.isComposing) return;
    const chosen = results.active();
    if (event.key === 'ArrowDown') results.move(1);
    else if (event.key === 'ArrowUp') results.move(-1);
    else if (event.key === 'Enter' && chosen !== undefined) failures.run(() => detail.openVendor(chosen));
    else if (event.key === 'Escape' && input.value) input.value = '';
    else return;
    event.preventDefault();
    if (event.key === 'Escape') renderResults();
  });
  input.ownerDocument.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !detailElement.hidden) {
      event.preventDefault();
      show('results');
    }
  });
  elements.compareOpen.addEventListener('click', () => {
    detail.openComparison(comparison.vendors());
  });
  await results.render(input.value);
  input.focus();
}
