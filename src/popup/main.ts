/**
 * Popup: look up any brand by name (typo-tolerant), see its verdict card (the panel's own
 * component), compare up to three vendors verdict by verdict. The vendor detected on the active
 * tab comes first. Keyboard: arrows choose, Enter opens, Esc goes back or clears.
 */
import browser from 'webextension-polyfill';
import { vendorFacts } from '../dataset/facts';
import type { Dataset, Verdicts } from '../dataset/schema';
import { loadActiveDataset } from '../dataset/store';
import { summarizeVerdicts } from '../dataset/summary';
import { renderHeadline, renderVendorCard } from '../panel/vendor-card';
import { buildIndex, search } from '../search/search';
import type { MessageKey } from '../shared/i18n';
import type { Ui } from '../shared/locales';
import { requestTabVendor } from '../shared/messages';
import { pageUi, translatePage } from '../shared/page-ui';
import { readSettings, setVendorHidden } from '../shared/settings';

const MAX_COMPARE = 3;
/** An element of this page by id, checked to be of the expected type. */
function $<T extends HTMLElement = HTMLElement>(id: string, type?: new () => T): T {
  const element = document.getElementById(id);
  if (!element || (type && !(element instanceof type))) throw new Error(`missing #${id}`);
  return element as T;
}

const VALUE_KEYS: Record<string, MessageKey> = {
  documented: 'value_documented', 'policy-allows': 'value_policy_allows', 'no-known-case': 'value_no_known_case',
  unknown: 'value_unknown', yes: 'value_yes', no: 'value_no', 'unless-prohibited': 'value_unless_prohibited',
  default: 'value_default', 'opt-in': 'value_opt_in', 'not-offered': 'value_not_offered', partial: 'value_partial',
  eu: 'value_eu', 'outside-eu': 'value_outside_eu', local: 'value_local',
};

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
  const compareOpen = $('compare-open', HTMLButtonElement);
  const compared = new Set<string>();
  let active = 0;
  let shown: string[] = [];

  const context = { document, t: ui.t, locale: ui.locale, language: ui.language };
  const vendorById = (id: string) => dataset.vendors.find((vendor) => vendor.id === id);

  function ids(query: string): string[] {
    const found = query.trim() ? search(index, query, 12).map((result) => result.id) : [...dataset.vendors].sort((a, b) => a.name.localeCompare(b.name)).map((vendor) => vendor.id);
    // The vendor on the current page first.
    return detected && vendorById(detected) && (!query.trim() || found.includes(detected))
      ? [detected, ...found.filter((id) => id !== detected)]
      : found;
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

  function updateCompareBar(): void {
    compareBar.hidden = compared.size < 2;
    compareOpen.textContent = ui.t('popup_compare_view', String(compared.size));
  }

  async function renderResults(): Promise<void> {
    const settings = await readSettings();
    shown = ids(input.value);
    results.replaceChildren(
      ...shown.map((id) => {
        const vendor = vendorById(id);
        const item = document.createElement('li');
        item.id = `result-${id}`;
        item.className = 'result';
        item.dataset['unwarranted'] = 'result';
        item.dataset['vendor'] = id;
        if (!vendor) return item;
        const text = document.createElement('button');
        text.type = 'button';
        text.className = 'result-open';
        const name = document.createElement('span');
        name.className = 'result-name';
        name.textContent = vendor.name;
        const headline = renderHeadline(context, vendor.name, summarizeVerdicts(vendor));
        const line = document.createElement('span');
        line.className = headline.className;
        line.dataset['severity'] = headline.dataset['severity'];
        line.textContent = headline.textContent;
        text.append(name, line);
        for (const tag of [id === detected ? 'popup_on_this_page' : null, settings.hiddenVendors.includes(vendor.id) ? 'popup_hidden_vendor' : null] as const) {
          if (!tag) continue;
          const label = document.createElement('span');
          label.className = 'result-tag';
          label.textContent = ui.t(tag);
          text.append(label);
        }
        const toggle = document.createElement('button');
        toggle.type = 'button';
        toggle.className = 'compare-toggle';
        toggle.textContent = ui.t('popup_compare');
        toggle.setAttribute('aria-pressed', String(compared.has(id)));
        toggle.setAttribute('aria-label', `${ui.t('popup_compare')}: ${vendor.name}`);
        toggle.addEventListener('click', (event) => {
          event.stopPropagation();
          if (compared.has(id)) compared.delete(id);
          else if (compared.size < MAX_COMPARE) compared.add(id);
          else status.textContent = ui.t('popup_compare_limit');
          toggle.setAttribute('aria-pressed', String(compared.has(id)));
          updateCompareBar();
        });
        item.append(text, toggle);
        text.addEventListener('click', () => {
          void openDetail(id);
        });
        return item;
      }),
    );
    status.textContent = shown.length === 0 ? ui.t('popup_no_results', input.value) : ui.t('popup_results_count', String(shown.length));
    if (shown.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'note';
      empty.textContent = ui.t('popup_no_results', input.value);
      results.append(empty);
    }
    setActive(0);
  }

  function showView(view: 'results' | 'detail'): void {
    detail.hidden = view !== 'detail';
    results.hidden = view === 'detail';
    if (view === 'results') input.focus();
  }

  function backButton(): HTMLButtonElement {
    const back = document.createElement('button');
    back.type = 'button';
    back.textContent = ui.t('popup_back');
    back.addEventListener('click', () => {
      showView('results');
    });
    return back;
  }

  async function openDetail(id: string): Promise<void> {
    const facts = vendorFacts(dataset, id);
    if (!facts) return;
    const settings = await readSettings();
    const heading = document.createElement('h2');
    heading.textContent = facts.vendor.name;
    const parts: HTMLElement[] = [backButton(), heading, renderVendorCard(context, facts, summarizeVerdicts(facts.vendor))];
    if (settings.hiddenVendors.includes(facts.vendor.id)) {
      const unhide = document.createElement('button');
      unhide.type = 'button';
      unhide.textContent = ui.t('popup_show_again');
      unhide.addEventListener('click', () => {
        void setVendorHidden(facts.vendor.id, false).then(() => {
          unhide.remove();
          return renderResults();
        });
      });
      parts.push(unhide);
    }
    detail.replaceChildren(...parts);
    showView('detail');
    detail.querySelector('button')?.focus();
  }

  function openCompare(): void {
    const vendors = [...compared].map(vendorById).filter((vendor): vendor is Dataset['vendors'][number] => vendor !== undefined);
    detail.replaceChildren(backButton(), compareTable(ui, vendors));
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

/** Up to three vendors side by side, one row per verdict. */
function compareTable(ui: Ui, vendors: Dataset['vendors']): HTMLTableElement {
  const table = document.createElement('table');
  const caption = table.createCaption();
  caption.textContent = ui.t('compare_caption');
  const head = table.createTHead().insertRow();
  head.append(document.createElement('td'));
  for (const vendor of vendors) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = vendor.name;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of ROWS) {
    const tr = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = ui.t(`verdict_name_${row}`);
    tr.append(th);
    for (const vendor of vendors) {
      const cell = tr.insertCell();
      const value = vendor.verdicts[row].value;
      cell.textContent = ui.t(VALUE_KEYS[value] ?? 'value_unknown');
      cell.dataset['value'] = value;
    }
  }
  return table;
}

void main();
