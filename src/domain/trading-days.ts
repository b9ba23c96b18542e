// The NYSE calendar: which dates have a closing price. Regular holidays come from the
// nyse-holidays package; the one-off closures it does not know are listed here.
import { getHolidays } from 'nyse-holidays';
import { addDays, weekday, yearOf } from './dates';
import type { IsoDate } from './types';

/** Unscheduled full-day closures (national days of mourning) since 2012. */
const SPECIAL_CLOSURES: ReadonlySet<IsoDate> = new Set([
  '2012-10-29', // Hurricane Sandy
  '2012-10-30',
  '2018-12-05', // President George H. W. Bush
  '2025-01-09', // President Jimmy Carter
]);

const holidayCache = new Map<number, ReadonlySet<IsoDate>>();

function holidaysOf(year: number): ReadonlySet<IsoDate> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(getHolidays(year).map((h) => h.dateString));
    holidayCache.set(year, set);
  }
  return set;
}

export function isTradingDay(date: IsoDate): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  if (SPECIAL_CLOSURES.has(date)) return false;
  return !holidaysOf(yearOf(date)).has(date);
}

/** Every NYSE trading day from `from` to `to`, both inclusive. */
export function tradingDays(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (isTradingDay(d)) days.push(d);
  }
  return days;
}
