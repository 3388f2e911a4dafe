/**
 * The user's side of the panel: the settings and UI language it is shown with, what the user
 * wants shown, and the panel's buttons, which write the settings (runtime/settings.ts).
 */
import type { VendorFacts } from '../dataset/facts.ts';
import type { VendorId } from '../dataset/schema-ids.ts';
import type { PanelOptions } from '../panel/panel.ts';
import type { PageDecision } from '../pipeline/decide.ts';
import { isUnassessed, type PanelView } from '../pipeline/view.ts';
import { type Ui, uiFor } from '../runtime/locales.ts';
import { requestMessages } from '../runtime/messages.ts';
import { readSettings, type Settings, setVendorHidden, setVendorHiddenUntilNew, writeSettings } from '../runtime/settings.ts';
import { REPORT_TARGET, REPORTS, reportHref } from '../shared/report.ts';
import type { ShopSpec } from '../shops/types.ts';
import type { ControllerState } from './lifecycle.ts';

/** The user's settings and the UI language they choose, as the panel needs them. */
export interface Prefs {
  settings: Settings;
  ui: Ui;
}

async function readPrefs(): Promise<Prefs> {
  const settings = await readSettings();
  // Another language's messages come from the background, asked only when the user chose one.
  return { settings, ui: await uiFor(settings.language, requestMessages) };
}

/**
 * Read only where a vendor was seen (opening storage costs a page a millisecond or two), and
 * afresh on each such look, so that a change made in the options page applies to the next
 * product; one read at a time, kept in the controller's state unless it was stopped meanwhile.
 */
export function refreshPrefs(state: Pick<ControllerState, 'prefs' | 'reading'>, signal: AbortSignal): Promise<Prefs> {
  return (state.reading ??= readPrefs()
    .then((prefs) => {
      if (!signal.aborted) state.prefs = prefs;
      return prefs;
    })
    .finally(() => {
      delete state.reading;
    }));
}

/** Whether the user wants a panel for this vendor (or the not-assessed one) on this shop. */
export const wanted = (settings: Settings, shop: ShopSpec, view: PanelView): boolean =>
  (isUnassessed(view) ? settings.showUnassessed : !settings.hiddenVendors.includes(view.vendor)) &&
  !settings.disabledShops.includes(shop.id);

// A failed settings write leaves the setting as it was; the panel has nowhere better to say so.
export function quietly(write: Promise<unknown>): void {
  write.catch(() => undefined);
}

export interface OptionsContext {
  /** The options of the panel shown now, if any (newer facts may have set another version). */
  latest: () => PanelOptions | undefined;
  /** The user collapsed or expanded the panel. */
  collapsed: (collapsed: boolean) => void;
  facts: (vendor: VendorId) => Promise<VendorFacts | null>;
  /** The shop's country (shops/country.ts), if its address has one. */
  country?: string | undefined;
}

/** The panel's options for these settings; `version` and `reviewed` are the bundled dataset's. */
export function panelOptions(
  settings: Settings,
  { t, locale, language }: Ui,
  { version, reviewed }: Pick<PanelOptions, 'version' | 'reviewed'>,
  { latest, collapsed, facts, country }: OptionsContext,
): PanelOptions {
  return {
    context: { t, locale, language, ...(country ? { country } : {}) },
    version,
    reviewed,
    collapsed: settings.panelCollapsed,
    onCollapse: (value) => {
      collapsed(value);
      quietly(writeSettings({ panelCollapsed: value }));
    },
    onHideVendor: (vendor) => {
      quietly(setVendorHidden(vendor, true));
    },
    onHideUntilNew: (vendor) => {
      quietly(
        facts(vendor)
          .catch(() => null)
          .then((known) => setVendorHiddenUntilNew(vendor, known?.fingerprints ?? [])),
      );
    },
    onUndoHide: (vendor) => {
      quietly(setVendorHidden(vendor, false));
    },
    ...(REPORTS
      ? {
          report: (vendor: VendorId | 'unknown', about: string) =>
            reportHref(REPORT_TARGET, { vendor, about, version: latest()?.version ?? version, language }, t('report_body_prompt')),
        }
      : {}),
  };
}

/** With `debug: true` in the extension's storage (see README), each decision goes to the console. */
export function debugLog(settings: Settings, page: PageDecision): void {
  if (settings.debug && 'decision' in page)
    console.debug('[Unwarranted]', page.decision.detection ?? 'no panel', page.decision.signals, page.signals);
}
