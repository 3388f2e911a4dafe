/** Locale-aware formatting of the dataset's partial dates and country codes, through Intl. */

export type ContentLanguage = 'en' | 'de';

/** The dataset has texts in English and German; any other UI language reads English. */
export function contentLanguage(uiLanguage: string): ContentLanguage {
  return uiLanguage.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** "2022-07-01" → "1 Jul 2022" / "1. Juli 2022"; "2022-07" → "Jul 2022"; "2022" → "2022". */
export function formatPartialDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return date;
  if (month === undefined) return String(year);
  const value = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(value);
}

/** "2022-01" … "2022-07" → "Jan – Jul 2022" style ranges, using Intl's own range format. */
export function formatPeriod(from: string, to: string, locale: string): string {
  if (from === to) return formatPartialDate(from, locale);
  const start = from.split('-').map(Number);
  const end = to.split('-').map(Number);
  // Year-only on either side: a plain "2022 – 2023" or the single year.
  if (start.length === 1 || end.length === 1) {
    return start[0] === end[0] ? String(start[0]) : `${String(start[0])} – ${String(end[0])}`;
  }
  const format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
  return format.formatRange(
    new Date(Date.UTC(start[0] ?? 0, (start[1] ?? 1) - 1, 1)),
    new Date(Date.UTC(end[0] ?? 0, (end[1] ?? 1) - 1, 1)),
  );
}

/** "DE" → "Germany" / "Deutschland". */
export function regionName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
