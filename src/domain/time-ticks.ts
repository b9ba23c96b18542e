// Axis ticks on the shared time axis that fall on calendar boundaries (Mondays, month
// or year starts) rather than on arbitrary milliseconds, and how to label them.
import { addDays, addMonths, fromTime, toTime, weekday } from './dates';

const DAY_MS = 86_400_000;
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120] as const;

export interface TimeTicks {
  ticks: number[];
  /** 'day' ticks read 'Jul 28'; 'month' ticks 'Jul 2025'; 'year' ticks '2025'. */
  unit: 'day' | 'month' | 'year';
}

/** At most `maxTicks` ticks between `start` and `end` (UTC-midnight timestamps), both inclusive. */
export function timeTicks(start: number, end: number, maxTicks: number): TimeTicks {
  const limit = Math.max(2, Math.floor(maxTicks));
  const spanDays = (end - start) / DAY_MS;
  for (const days of [1, 7, 14]) {
    if (spanDays / days <= limit) return { ticks: dayTicks(start, end, days), unit: 'day' };
  }
  for (const months of MONTH_STEPS) {
    // Count the real boundaries: a 7-month span holds two 6-month ticks (Jan, Jul), not one.
    const ticks = monthTicks(start, end, months);
    if (ticks.length <= limit) return { ticks, unit: months >= 12 ? 'year' : 'month' };
  }
  return { ticks: monthTicks(start, end, 240), unit: 'year' };
}

function dayTicks(start: number, end: number, step: number): number[] {
  let date = fromTime(start);
  // Weekly steps start on a Monday, so ticks line up with trading weeks.
  if (step > 1) while (weekday(date) !== 1) date = addDays(date, 1);
  const ticks: number[] = [];
  for (let t = toTime(date); t <= end; t += step * DAY_MS) ticks.push(t);
  return ticks;
}

function monthTicks(start: number, end: number, step: number): number[] {
  const first = new Date(start);
  // The first month boundary on or after start whose month index is a multiple of the step.
  const index = first.getUTCFullYear() * 12 + first.getUTCMonth() + (first.getUTCDate() > 1 ? 1 : 0);
  const aligned = Math.ceil(index / step) * step;
  const ticks: number[] = [];
  for (let m = aligned; ; m += step) {
    const t = toTime(addMonths(`${String(Math.floor(m / 12)).padStart(4, '0')}-01-01`, m % 12));
    if (t > end) break;
    ticks.push(t);
  }
  return ticks;
}
