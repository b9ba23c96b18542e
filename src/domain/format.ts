// How numbers and dates are written on screen, in one place so every panel agrees. Dates
// read "Jul 25, 2025" in the reader's language (ISO dates are for links and files only).
import { toTime } from './dates';
import type { Basis, IsoDate } from './types';

/** A fraction as signed percent with one decimal, halves rounded away from zero. */
function signedTenths(fraction: number, unit: string): string {
  if (!Number.isFinite(fraction)) return '–';
  const tenths = Math.round(Math.abs(fraction) * 1000);
  if (tenths === 0) return `0.0${unit}`;
  return `${fraction > 0 ? '+' : '-'}${(tenths / 10).toFixed(1)}${unit}`;
}

/** One decimal and a sign: +9.0%, -12.3%. A value that rounds to zero reads 0.0%. */
export function formatPercent(fraction: number): string {
  return signedTenths(fraction, '%');
}

/** Percentage points, for differences of returns: +2.1 pts. */
export function formatPoints(fraction: number): string {
  return signedTenths(fraction, ' pts');
}

/** A count and its noun, singular for one: "1 row", "2 rows", "0 rows". */
export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** How a basis is named on screen: "Price return" or "Total return". */
export function basisLabel(basis: Basis): string {
  return basis === 'total' ? 'Total return' : 'Price return';
}

const priceFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatPrice(value: number): string {
  return priceFormat.format(value);
}

/** The browser's language; English where there is none (the server, scripts). */
const READER_LOCALE = (globalThis as { navigator?: { language?: string } }).navigator?.language ?? 'en-US';
const longDate = new Intl.DateTimeFormat(READER_LOCALE, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
const monthYear = new Intl.DateTimeFormat(READER_LOCALE, { timeZone: 'UTC', year: 'numeric', month: 'short' });
const dayMonth = new Intl.DateTimeFormat(READER_LOCALE, { timeZone: 'UTC', month: 'short', day: 'numeric' });
const monthOnly = new Intl.DateTimeFormat(READER_LOCALE, { timeZone: 'UTC', month: 'short' });

/** Jul 25, 2025 */
export function formatDate(time: number): string {
  return longDate.format(time);
}

/** An ISO date as people read it: 2025-07-25 is Jul 25, 2025. */
export function formatDay(date: IsoDate): string {
  return formatDate(toTime(date));
}

/** Jan 2, 2025 to Jul 25, 2025; one day once. */
export function formatDayRange(from: IsoDate, to: IsoDate): string {
  return from === to ? formatDay(from) : `${formatDay(from)} to ${formatDay(to)}`;
}

/**
 * Axis tick labels to match the tick spacing (see domain/time-ticks.ts): 'Jul 28'; 'Mar', with
 * the year only where it changes or is first read ('Jan 2025', or the axis's `first` label),
 * so months stay short enough to be labelled every month; '2025'.
 */
export function formatAxisDate(time: number, unit: 'day' | 'month' | 'year', first = false): string {
  if (unit === 'day') return dayMonth.format(time);
  if (unit === 'month') return first || new Date(time).getUTCMonth() === 0 ? monthYear.format(time) : monthOnly.format(time);
  return String(new Date(time).getUTCFullYear());
}

const clock = new Intl.DateTimeFormat('en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayAndClock = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** When data was loaded, in the reader's time: "14:32" today, "Jul 25, 14:32" on an earlier day. */
export function formatUpdatedAt(time: number, now = Date.now()): string {
  const sameDay = new Date(time).toDateString() === new Date(now).toDateString();
  return (sameDay ? clock : dayAndClock).format(time);
}
