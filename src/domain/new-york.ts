// New York's calendar and clock (docs/definitions.md#types): US prices are dated by the
// exchange's day, so a message counts on the New York day it was posted, and a day's last
// price is its close only once New York has passed 16:00. Intl does the time-zone work,
// daylight saving included, whatever zone the reader's machine is in.
import { addDays } from './dates';
import { isTradingDay } from './trading-days';
import type { IsoDate } from './types';

const HOUR_MS = 3_600_000;
const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

// New York's offset from UTC changes only on a UTC hour (02:00 local at 06:00 or 07:00
// UTC), so one Intl call per hour serves every message posted in it: an export of a
// million messages costs a few thousand calls, not a million.
const offsetOfHour = new Map<number, number>();
const MAX_REMEMBERED = 100_000;

function offsetAt(instant: number): number {
  const hour = Math.floor(instant / HOUR_MS);
  let offset = offsetOfHour.get(hour);
  if (offset === undefined) {
    const start = hour * HOUR_MS;
    const part: Record<string, number> = {};
    for (const p of wallClock.formatToParts(start)) if (p.type !== 'literal') part[p.type] = Number(p.value);
    offset = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!) - start;
    if (offsetOfHour.size >= MAX_REMEMBERED) offsetOfHour.clear();
    offsetOfHour.set(hour, offset);
  }
  return offset;
}

export interface NewYorkClock {
  date: IsoDate;
  /** Minutes after New York's midnight, 0-1439. */
  minutes: number;
}

/** The New York date and time of day of an instant (ms since 1970, finite). */
export function newYorkClock(instant: number): NewYorkClock {
  const wall = new Date(instant + offsetAt(instant));
  return { date: wall.toISOString().slice(0, 10), minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
}

export function newYorkDate(instant: number): IsoDate {
  return newYorkClock(instant).date;
}

/** NYSE's regular close, 16:00, in minutes after midnight. Early closes (13:00) are not known here: waiting until 16:00 is late on those days, never early. */
export const SESSION_CLOSE_MINUTES = 16 * 60;

/** True while `date`'s session has not closed at `now`: `date` is today in New York before 16:00, or later. */
export function sessionUnfinished(date: IsoDate, now: number): boolean {
  const clock = newYorkClock(now);
  return date > clock.date || (date === clock.date && clock.minutes < SESSION_CLOSE_MINUTES);
}

/** The last NYSE trading day whose session had closed at `now`: the newest close a provider can have. */
export function lastClosedSession(now: number): IsoDate {
  let date = newYorkDate(now);
  while (!isTradingDay(date) || sessionUnfinished(date, now)) date = addDays(date, -1);
  return date;
}
