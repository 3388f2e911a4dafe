/** Locale-aware formatting of the dataset's partial dates and country codes, through Intl. */
import { LANGUAGES, languageOf } from './languages.ts';

/** Intl objects are costly to create (locale data); each is made once per locale and options. */
const cache = new Map<string, unknown>();
function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}
const dateFormat = (locale: string, withDay: boolean) =>
  cached(
    `date:${locale}:${String(withDay)}`,
    () =>
      new Intl.DateTimeFormat(
        locale,
        withDay
          ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
          : { year: 'numeric', month: 'short', timeZone: 'UTC' },
      ),
  );

/**
 * Formats the build already made with Intl (see build/content-data.ts): a page's first Intl
 * date formatter costs it 20–30 ms of locale data, which the panel's first render must not pay.
 */
const preformatted = new Map<string, string>();
const formatKey = (kind: 'date' | 'period' | 'region', locale: string, value: string) => `${kind}|${languageOf(locale)}|${value}`;

export function usePreformatted(formats: Record<string, string>): void {
  for (const [key, value] of Object.entries(formats)) preformatted.set(key, value);
}

/**
 * Build time: the formats of these dates and periods, and the names of these countries, in every
 * UI language (Intl.DisplayNames' first use would cost a page tens of milliseconds of locale data).
 */
export function preformat(
  dates: readonly string[],
  periods: readonly (readonly [string, string])[],
  regions: readonly string[] = [],
): Record<string, string> {
  const formats: Record<string, string> = {};
  for (const locale of LANGUAGES) {
    for (const date of dates) formats[formatKey('date', locale, date)] = formatPartialDate(date, locale);
    for (const [from, to] of periods) formats[formatKey('period', locale, `${from}/${to}`)] = formatPeriod(from, to, locale);
    for (const region of regions) formats[formatKey('region', locale, region)] = regionName(region, locale);
  }
  return formats;
}

/** "2022-07-01" → "1 Jul 2022" / "1. Juli 2022"; "2022-07" → "Jul 2022"; "2022" → "2022". */
export function formatPartialDate(date: string, locale: string): string {
  const known = preformatted.get(formatKey('date', locale, date));
  if (known !== undefined) return known;
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  if (month === undefined) return String(year);
  return dateFormat(locale, day !== undefined).format(new Date(Date.UTC(year, month - 1, day ?? 1)));
}

/** "2022-01" … "2022-07" → "Jan – Jul 2022" style ranges, using Intl's own range format. */
export function formatPeriod(from: string, to: string, locale: string): string {
  const known = preformatted.get(formatKey('period', locale, `${from}/${to}`));
  if (known !== undefined) return known;
  if (from === to) return formatPartialDate(from, locale);
  const start = from.split('-').map(Number);
  const end = to.split('-').map(Number);
  // Year-only on either side: a plain "2022 – 2023" or the single year.
  if (start.length === 1 || end.length === 1) {
    return start[0] === end[0] ? String(start[0]) : `${String(start[0])} – ${String(end[0])}`;
  }
  return dateFormat(locale, false).formatRange(
    new Date(Date.UTC(start[0] ?? 0, (start[1] ?? 1) - 1, 1)),
    new Date(Date.UTC(end[0] ?? 0, (end[1] ?? 1) - 1, 1)),
  );
}

/** "DE" → "Germany" / "Deutschland". */
export function regionName(code: string, locale: string): string {
  const known = preformatted.get(formatKey('region', locale, code));
  if (known) return known;
  try {
    return cached(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatNumber(value: number, locale: string): string {
  if (Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  return cached(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}
