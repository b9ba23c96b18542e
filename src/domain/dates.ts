// Calendar-day arithmetic on ISO dates. Everything is UTC midnight, so a date never
// shifts with the reader's time zone, and the chart's time axis is these timestamps.
import type { IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === value;
}

// Every chart row and return point needs its date's timestamp, tens of thousands per
// range switch over a long history, but there are only ~365 dates a year: parse each once.
const timeOfDate = new Map<string, number>();
const MAX_REMEMBERED = 100_000;

/** UTC-midnight timestamp of an ISO date: the shared numeric time axis. */
export function toTime(date: IsoDate): number {
  let time = timeOfDate.get(date);
  if (time === undefined) {
    time = Date.parse(`${date}T00:00:00Z`);
    if (timeOfDate.size >= MAX_REMEMBERED) timeOfDate.clear();
    timeOfDate.set(date, time);
  }
  return time;
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
