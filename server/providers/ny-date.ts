// New York dates of UTC instants, and whether a session has closed. Providers stamp bars
// at the session's open (Yahoo) or at UTC midnight of the exchange's date (Tiingo); the
// app's dates are the exchange's (New York) calendar days, and a bar is final only after
// the 16:00 close. Intl does the time-zone arithmetic, so daylight saving is always right.
import { addDays } from '../../src/domain/dates';
import { isTradingDay } from '../../src/domain/trading-days';
import type { IsoDate } from '../../src/domain/types';

export const NEW_YORK = 'America/New_York';
/** NYSE's regular close, in minutes after New York midnight. Early closes (13:00) are not known here: waiting until 16:00 is only late, never wrong. */
export const NYSE_CLOSE_MINUTES = 16 * 60;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for a zone Intl does not know.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Milliseconds since the epoch of `instant` (ms, or an ISO string with a zone); RangeError when unreadable. */
export function toInstant(instant: number | string): number {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`Not an instant: ${String(instant).slice(0, 40)}`);
  return ms;
}

/** The wall-clock date and minutes after midnight of `instant` in `timeZone`. */
export function zonedClock(instant: number | string, timeZone = NEW_YORK): { date: IsoDate; minutes: number } {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(toInstant(instant))) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The date of `instant` in `timeZone` (New York unless said). */
export function zonedDate(instant: number | string, timeZone = NEW_YORK): IsoDate {
  return zonedClock(instant, timeZone).date;
}

export function newYorkDate(instant: number | string): IsoDate {
  return zonedDate(instant, NEW_YORK);
}

/** True once New York's clock has passed 16:00 on `date` (any later date too). */
export function isSessionClosed(date: IsoDate, now: number): boolean {
  const clock = zonedClock(now, NEW_YORK);
  return date < clock.date || (date === clock.date && clock.minutes >= NYSE_CLOSE_MINUTES);
}

/** The last NYSE trading day whose session had closed at `now`: the newest bar a provider can have. */
export function lastClosedSession(now: number): IsoDate {
  let date = zonedDate(now, NEW_YORK);
  while (!isTradingDay(date) || !isSessionClosed(date, now)) date = addDays(date, -1);
  return date;
}
