/** Up to three vendors side by side, one row per verdict; fits the popup's width in every language. */
import type { Verdicts } from '../dataset/schema.ts';
import { headline } from '../dataset/severity.ts';
import { snake } from '../panel/message-keys.ts';
import type { Ui } from '../runtime/locales.ts';
import { formatPeriod } from '../shared/format.ts';
import type { H } from '../shared/h.ts';
import type { MessageKey } from '../shared/i18n.ts';
import type { Vendor } from './context.ts';

const ROWS: (keyof Verdicts)[] = [
  'policeDisclosure',
  'warrantRequired',
  'emergencyException',
  'usersNotified',
  'e2ee',
  'cloudByDefault',
  'localOnly',
  'transparencyReport',
  'euStorage',
];

const VALUE_KEYS: Record<string, MessageKey> = {
  documented: 'value_documented',
  'policy-allows': 'value_policy_allows',
  'no-known-case': 'value_no_known_case',
  unknown: 'value_unknown',
  yes: 'value_yes',
  no: 'value_no',
  'unless-prohibited': 'value_unless_prohibited',
  default: 'value_default',
  'opt-in': 'value_opt_in',
  'not-offered': 'value_not_offered',
  partial: 'value_partial',
  eu: 'value_eu',
  'outside-eu': 'value_outside_eu',
  local: 'value_local',
};

/** A cell's text: the value, and for a transparency report the years it covers where the dataset says so. */
function cellText(ui: Ui, vendor: Vendor, row: keyof Verdicts): string {
  const report = vendor.verdicts.transparencyReport;
  if (row === 'transparencyReport' && report.value === 'yes' && report.period) {
    return ui.t('value_yes_period', formatPeriod(report.period.from, report.period.to, ui.locale));
  }
  return ui.t(VALUE_KEYS[vendor.verdicts[row].value] ?? 'value_unknown');
}

export function compareTable(h: H, ui: Ui, vendors: readonly Vendor[]): HTMLTableElement {
  return h(
    'table',
    'compare',
    h('caption', null, ui.t('compare_caption')),
    h('thead', null, h('tr', null, h('td', 'compare-corner'), ...vendors.map((vendor) => h('th', { scope: 'col' }, vendor.name)))),
    h(
      'tbody',
      null,
      // First the answer each card opens with, coloured like it, in short.
      h(
        'tr',
        { data: { verdict: 'headline' } },
        h('th', { scope: 'row' }, ui.t('compare_headline')),
        ...vendors.map((vendor) => {
          const { severity, reason } = headline(vendor);
          return h('td', { className: 'compare-headline', data: { severity, value: reason } }, ui.t(`reason_${snake(reason)}`));
        }),
      ),
      ...ROWS.map((row) =>
        h(
          'tr',
          { data: { verdict: row } },
          h('th', { scope: 'row' }, ui.t(`verdict_name_${row}`)),
          ...vendors.map((vendor) => h('td', { data: { value: vendor.verdicts[row].value } }, cellText(ui, vendor, row))),
        ),
      ),
    ),
  );
}
