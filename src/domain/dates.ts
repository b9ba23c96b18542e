// Calendar-day arithmetic on ISO dates. Everything is UTC midnight, so a date never
// shifts with the reader's time zone, and the chart's time axis is these timestamps.
import type { IsoDate } from './types';

const DAY_MS = 86_400_000;
const DASH = 45;
const ZERO = 48;

/**
 * True for a real calendar date written as YYYY-MM-DD (rejects 2025-02-30), years 0100 to
 * 9999. Read from the characters, not through a Date: sources send a date per row, and
 * checking thousands of them was a visible part of a page's first load.
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  // Years below 100 are refused, as they always were (Date.UTC reads 0025 as 1925).
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by value[from, to) in ASCII digits, or -1 if any is not one. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = value.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Days in `month` (1-12) of `year`, on the Gregorian calendar as Date counts it. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * UTC-midnight timestamp of an ISO date: the shared numeric time axis. Worked out from the
 * characters (days from the civil date): every bar and chart row needs one, tens of
 * thousands on a first load, where parsing the text through Date was a visible part.
 */
export function toTime(date: IsoDate): number {
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  // Anything else as Date reads it (NaN, mostly; Date rolls Feb 30 over to March, as this does).
  if (date.length !== 10 || year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return Date.parse(`${date}T00:00:00Z`);
  return daysFromCivil(year, month, day) * DAY_MS;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function fromTime(time: number): IsoDate {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** Calendar months back or forward; the day is clamped (2025-03-31 minus 1 month = 2025-02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = new Date(toTime(date));
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromTime(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)));
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toTime(date)).getUTCDay();
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Sort comparator: earlier `date` first (ISO dates compare as text). */
export function byDate(a: { date: IsoDate }, b: { date: IsoDate }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
