/** Display formatting for dates and figures, locale-aware, free of React. */
import type { Figure } from '../api/schema';

/** "2024" → "2024", "2022-06" → "June 2022", "2024-11-05" → "5 November 2024" (in the given locale). */
export function formatPartialDate(value: string | undefined, locale: string): string | undefined {
  if (!value) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  if (!m) return String(y);
  const date = new Date(Date.UTC(y, m - 1, d || 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** A date range; the end is omitted when equal to or missing. */
export function formatDateRange(start: string | undefined, end: string | undefined, locale: string): string | undefined {
  const a = formatPartialDate(start, locale);
  const b = formatPartialDate(end, locale);
  if (a && b && a !== b) return `${a} – ${b}`;
  return a ?? b;
}

/** Large amounts in compact form ("7.2 billion"), counts and areas in full ("560,000"). */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'unit'>, locale: string): string {
  const money = figure.unit === 'KRW' || figure.unit === 'USD';
  const format = new Intl.NumberFormat(
    locale,
    money && figure.value >= 1e6 ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 } : { maximumFractionDigits: 1 },
  );
  return format.format(figure.value);
}
