// New York dates of UTC instants, and whether a session has closed. Providers stamp bars
// at the session's open (Yahoo) or at UTC midnight of the exchange's date (Tiingo); the
// app's dates are the exchange's (New York) calendar days, and a bar is final only after
// the 16:00 close. Intl does the time-zone arithmetic, so daylight saving is always right.
// New York's own calendar and clock are the app's (src/domain/new-york.ts); this adds any
// exchange's zone, as Yahoo names it, and instants given as text.
import { lastClosedSession, newYorkDate as newYorkDateOf, sessionUnfinished } from '../../src/domain/new-york';
import type { IsoDate } from '../../src/domain/types';

export const NEW_YORK = 'America/New_York';

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

/** The New York date of an instant (ms, or an ISO string with a zone). */
export function newYorkDate(instant: number | string): IsoDate {
  return newYorkDateOf(toInstant(instant));
}

/** True once New York's clock has passed 16:00 on `date` (any later date too). */
export function isSessionClosed(date: IsoDate, now: number): boolean {
  return !sessionUnfinished(date, now);
}

export { lastClosedSession };
