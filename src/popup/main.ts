/**
 * Popup: look up any brand by name (typo-tolerant), see its verdict card (the panel's own
 * component), compare up to three vendors verdict by verdict. The vendor detected on the active
 * tab comes first. Keyboard: arrows choose, Enter opens, Esc goes back or clears.
 */
import browser from 'webextension-polyfill';
import { vendorFacts } from '../dataset/facts.ts';
import { nameIn } from '../dataset/names.ts';
import type { Dataset, Verdicts } from '../dataset/schema.ts';
import { loadActiveDataset } from '../update/active.ts';
import { summarizeVerdicts } from '../dataset/summary.ts';
import { formatPeriod } from '../shared/format.ts';
import { renderHeadline, renderVendorCard } from '../panel/vendor-card.ts';
import { buildIndex, search } from '../search/search.ts';
import type { MessageKey } from '../shared/i18n.ts';
import type { Ui } from '../runtime/locales.ts';
import { requestTabVendor } from '../runtime/messages.ts';
import { pageUi, translatePage } from '../runtime/page-ui.ts';
import { REPORT_TARGET, reportHref } from '../shared/report.ts';
import { readSettings, setVendorHidden } from '../runtime/settings.ts';

type Vendor = Dataset['vendors'][number];

const MAX_COMPARE = 3;
/** An element of this page by id, checked to be of the expected type. */
function $<T extends HTMLElement = HTMLElement>(id: string, type?: new () => T): T {
  const element = document.getElementById(id);
  if (!element || (type && !(element instanceof type))) throw new Error(`missing #${id}`);
  return element as T;
}

/** An element with a class and text (never parsed as HTML). */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

const VALUE_KEYS: Record<string, MessageKey> = {
  documented: 'value_documented', 'policy-allows': 'value_policy_allows', 'no-known-case': 'value_no_known_case',
  unknown: 'value_unknown', yes: 'value_yes', no: 'value_no', 'unless-prohibited': 'value_unless_prohibited',
  default: 'value_default', 'opt-in': 'value_opt_in', 'not-offered': 'value_not_offered', partial: 'value_partial',
  eu: 'value_eu', 'outside-eu': 'value_outside_eu', local: 'value_local',
};

/** What to check about a brand we have no record of. */
const UNCOVERED_CHECKS = ['popup_uncovered_local', 'popup_uncovered_e2ee', 'popup_uncovered_cloud', 'popup_uncovered_storage'] as const satisfies readonly MessageKey[];

/** The vendor on the active tab; `?tab=<id>` names the tab when the popup is opened as a page. */
async function activeTabVendor(): Promise<string | null> {
  try {
    const named = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(named) && named > 0) return await requestTabVendor(named);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : await requestTabVendor(tab.id);
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const ui = await pageUi();
  translatePage(ui);
  const { dataset } = await loadActiveDataset();
  const index = buildIndex(dataset.vendors);
  const detected = await activeTabVendor();
  const input = $('search', HTMLInputElement);
  const results = $('results', HTMLUListElement);
  const detail = $('detail');
  const status = $('status');
  const compareBar = $('compare-bar');
  const compareChosen = $('compare-chosen', HTMLUListElement);
  const compareOpen = $('compare-open', HTMLButtonElement);
  const compareNote = $('compare-note');
  const compared = new Set<string>();
  let active = 0;
  let shown: string[] = [];
  /** Results found through their parent company ("Hikvision" → EZVIZ). */
  let viaParent = new Set<string>();
  results.setAttribute('aria-label', ui.t('popup_results_label'));
  compareChosen.setAttribute('aria-label', ui.t('popup_compare_chosen'));

  const context = { document, t: ui.t, locale: ui.locale, language: ui.language };
  const vendorById = (id: string) => dataset.vendors.find((vendor) => vendor.id === id);

  function ids(query: string): string[] {
    const found = query.trim() ? search(index, query, 12) : [];
    viaParent = new Set(found.filter((result) => result.viaParent).map((result) => result.id));
    const list = query.trim() ? found.map((result) => result.id) : [...dataset.vendors].sort((a, b) => a.name.localeCompare(b.name)).map((vendor) => vendor.id);
    // The vendor on the current page first.
    return detected && vendorById(detected) && (!query.trim() || list.includes(detected))
      ? [detected, ...list.filter((id) => id !== detected)]
      : list;
  }

  /** The result Enter opens, marked for sight and for screen readers (aria-current). */
  function setActive(position: number): void {
    const items = [...results.querySelectorAll<HTMLElement>('[data-unwarranted="result"]')];
    if (items.length === 0) return;
    active = (position + items.length) % items.length;
    items.forEach((item, i) => {
      if (i === active) item.setAttribute('aria-current', 'true');
      else item.removeAttribute('aria-current');
    });
    items[active]?.scrollIntoView({ block: 'nearest' });
    const name = items[active]?.querySelector('.result-name')?.textContent;
    if (name) status.textContent = name;
  }

  /** The chosen vendors, each with a ✕ that removes it, and the button that opens the table. */
  function updateCompareBar(): void {
    compareBar.hidden = compared.size === 0 || !detail.hidden;
    compareOpen.hidden = compared.size < 2;
    compareOpen.textContent = ui.t('popup_compare_view', String(compared.size));
    compareChosen.replaceChildren(
      ...[...compared].map((id) => {
        const name = vendorById(id)?.name ?? id;
        const item = element('li');
        const remove = element('button', 'compare-remove');
        remove.type = 'button';
        remove.dataset['vendor'] = id;
        remove.setAttribute('aria-label', ui.t('popup_compare_remove', name));
        remove.append(element('span', 'compare-remove-name', name), element('span', 'compare-remove-mark', '✕'));
        remove.lastElementChild?.setAttribute('aria-hidden', 'true');
        remove.addEventListener('click', () => {
          compared.delete(id);
          compareNote.textContent = '';
          for (const toggle of results.querySelectorAll<HTMLElement>(`[data-vendor="${CSS.escape(id)}"] .compare-toggle`)) toggle.setAttribute('aria-pressed', 'false');
          updateCompareBar();
          input.focus();
        });
        item.append(remove);
        return item;
      }),
    );
  }

  function toggleCompare(id: string, toggle: HTMLElement): void {
    if (compared.has(id)) {
      compared.delete(id);
      compareNote.textContent = '';
    } else if (compared.size < MAX_COMPARE) {
      compared.add(id);
      compareNote.textContent = '';
    } else {
      // Seen next to the chosen vendors, and read out (the note is a status region).
      compareNote.textContent = ui.t('popup_compare_limit', vendorById(id)?.name ?? id);
    }
    toggle.setAttribute('aria-pressed', String(compared.has(id)));
    updateCompareBar();
  }

  function resultItem(id: string, hidden: boolean): HTMLLIElement {
    const vendor = vendorById(id);
    const item = element('li', 'result');
    item.id = `result-${id}`;
    item.dataset['unwarranted'] = 'result';
    item.dataset['vendor'] = id;
    if (!vendor) return item;
    const text = element('button', 'result-open');
    text.type = 'button';
    text.append(element('span', 'result-name', vendor.name));
    if (vendor.scope) text.append(element('span', 'result-scope', vendor.scope[ui.language]));
    if (viaParent.has(id)) text.append(element('span', 'result-parent', ui.t('popup_parent_relation', [vendor.name, nameIn(vendor.parent, ui.language)])));
    const headline = renderHeadline(context, vendor.name, summarizeVerdicts(vendor));
    const line = element('span', headline.className, headline.textContent);
    line.dataset['severity'] = headline.dataset['severity'];
    text.append(line);
    for (const tag of [id === detected ? 'popup_on_this_page' : null, hidden ? 'popup_hidden_vendor' : null] as const) {
      if (tag) text.append(element('span', 'result-tag', ui.t(tag)));
    }
    const toggle = element('button', 'compare-toggle', ui.t('popup_compare'));
    toggle.type = 'button';
    toggle.setAttribute('aria-pressed', String(compared.has(id)));
    toggle.setAttribute('aria-label', `${ui.t('popup_compare')}: ${vendor.name}`);
    toggle.addEventListener('click', (event) => {
      event.stopPropagation();
      toggleCompare(id, toggle);
    });
    item.append(text, toggle);
    text.addEventListener('click', () => {
      void openDetail(id);
    });
    return item;
  }

  /** A brand we have no record of: say so, and what to find out before buying it. */
  function uncoveredItem(query: string): HTMLLIElement {
    const item = element('li', 'uncovered');
    const checks = element('ul', 'list');
    checks.append(...UNCOVERED_CHECKS.map((key) => element('li', undefined, ui.t(key))));
    item.append(element('p', 'uncovered-title', ui.t('popup_no_results', query.trim())), element('p', 'uncovered-check', ui.t('popup_uncovered_check')), checks);
    return item;
  }

  async function renderResults(): Promise<void> {
    const settings = await readSettings();
    shown = ids(input.value);
    // Either kind of hiding: for good, or until something new is known.
    const hidden = new Set<string>([...settings.hiddenVendors, ...Object.keys(settings.hiddenUntilNew)]);
    results.replaceChildren(...shown.map((id) => resultItem(id, hidden.has(id))));
    if (shown.length === 0) {
      results.append(uncoveredItem(input.value));
      status.textContent = ui.t('popup_no_results', input.value.trim());
    } else status.textContent = ui.t('popup_results_count', String(shown.length));
    setActive(0);
  }

  function showView(view: 'results' | 'detail'): void {
    detail.hidden = view !== 'detail';
    results.hidden = view === 'detail';
    updateCompareBar();
    if (view === 'results') input.focus();
  }

  function backButton(): HTMLButtonElement {
    const back = element('button', undefined, ui.t('popup_back'));
    back.type = 'button';
    back.addEventListener('click', () => {
      showView('results');
    });
    return back;
  }

  async function openDetail(id: string): Promise<void> {
    const facts = vendorFacts(dataset, id);
    if (!facts) return;
    const settings = await readSettings();
    const parts: HTMLElement[] = [backButton(), element('h2', 'detail-name', facts.vendor.name)];
    if (facts.vendor.scope) parts.push(element('p', 'detail-scope', facts.vendor.scope[ui.language]));
    const report = (about: string) =>
      reportHref(REPORT_TARGET, { vendor: facts.vendor.id, about, version: facts.version, language: ui.language }, ui.t('report_body_prompt'));
    parts.push(renderVendorCard({ ...context, report }, facts, summarizeVerdicts(facts.vendor)));
    if (settings.hiddenVendors.includes(facts.vendor.id) || facts.vendor.id in settings.hiddenUntilNew) {
      const unhide = element('button', undefined, ui.t('popup_show_again'));
      unhide.type = 'button';
      unhide.addEventListener('click', () => {
        void setVendorHidden(facts.vendor.id, false).then(() => {
          unhide.remove();
          return renderResults();
        });
      });
      parts.push(unhide);
    }
    detail.replaceChildren(...parts);
    detail.scrollTop = 0;
    showView('detail');
    detail.querySelector('button')?.focus();
  }

  function openCompare(): void {
    const vendors = [...compared].map(vendorById).filter((vendor): vendor is Vendor => vendor !== undefined);
    detail.replaceChildren(backButton(), compareTable(ui, vendors));
    detail.scrollTop = 0;
    showView('detail');
    detail.querySelector('button')?.focus();
  }

  input.addEventListener('input', () => {
    showView('results');
    void renderResults();
  });
  input.addEventListener('keydown', (event) => {
    // Enter that confirms an input-method composition (Japanese shops) is not a choice.
    if (event.isComposing) return;
    const chosen = shown[active];
    if (event.key === 'ArrowDown') setActive(active + 1);
    else if (event.key === 'ArrowUp') setActive(active - 1);
    else if (event.key === 'Enter' && chosen !== undefined) void openDetail(chosen);
    else if (event.key === 'Escape' && input.value) input.value = '';
    else return;
    event.preventDefault();
    if (event.key === 'Escape') void renderResults();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !detail.hidden) {
      event.preventDefault();
      showView('results');
    }
  });
  compareOpen.addEventListener('click', openCompare);
  await renderResults();
  input.focus();
}

const ROWS: (keyof Verdicts)[] = [
  'policeDisclosure', 'warrantRequired', 'emergencyException', 'usersNotified', 'e2ee', 'cloudByDefault', 'localOnly',
  'transparencyReport', 'euStorage',
];

/** A cell's text: the value, and for a transparency report the years it covers where the dataset says so. */
function cellText(ui: Ui, vendor: Vendor, row: keyof Verdicts): string {
  const report = vendor.verdicts.transparencyReport;
  if (row === 'transparencyReport' && report.value === 'yes' && report.period) {
    return ui.t('value_yes_period', formatPeriod(report.period.from, report.period.to, ui.locale));
  }
  return ui.t(VALUE_KEYS[vendor.verdicts[row].value] ?? 'value_unknown');
}

/** Up to three vendors side by side, one row per verdict; fits the popup's width in every language. */
function compareTable(ui: Ui, vendors: readonly Vendor[]): HTMLTableElement {
  const table = element('table', 'compare');
  table.createCaption().textContent = ui.t('compare_caption');
  const head = table.createTHead().insertRow();
  head.append(element('td', 'compare-corner'));
  for (const vendor of vendors) {
    const th = element('th', undefined, vendor.name);
    th.scope = 'col';
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of ROWS) {
    const tr = body.insertRow();
    tr.dataset['verdict'] = row;
    const th = element('th', undefined, ui.t(`verdict_name_${row}`));
    th.scope = 'row';
    tr.append(th);
    for (const vendor of vendors) {
      const cell = tr.insertCell();
      cell.textContent = cellText(ui, vendor, row);
      cell.dataset['value'] = vendor.verdicts[row].value;
    }
  }
  return table;
}

void main();
