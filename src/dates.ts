/**
 * How the site writes dates: in German for readers, as ISO days for machines.
 *
 * STYLE.md keeps labels, the locale and dates in one module; issue 22, which is newer, asks for
 * the interface labels alone in the strings module. So dates are formatted here, and the locale
 * stands in a module that both import.
 */
import { LOCALE } from './locale';

const dateFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** „26. November 2026“. Throws on an invalid date instead of printing "Invalid Date". */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatDate: invalid date');
  return dateFormat.format(date);
}

/** `2026-11-26`, for `<time datetime>` and data files. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('isoDate: invalid date');
  return date.toISOString().slice(0, 10);
}

/** „24. November 2022“ or, where only the month is known, „August 2022“. */
export function formatPartialDate(date: { iso: string; precision: 'day' | 'month' }): string {
  if (date.precision === 'day') return formatDate(new Date(`${date.iso}T00:00:00Z`));
  const month = new Date(`${date.iso}-01T00:00:00Z`);
  if (Number.isNaN(month.getTime())) throw new RangeError(`formatPartialDate: invalid month ${date.iso}`);
  return new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(month);
}
