// How far apart a series' bars are (docs/definitions.md#returns): daily, weekly, monthly or
// irregular, told from the median gap between consecutive bars, and what that means for
// annualising: 252 trading days, 52 weeks or 12 months a year.
import { toTime } from './dates';
import { median } from './median';
import type { Periodicity, PriceBar } from './types';

const DAY_MS = 86_400_000;

/** Median gap in calendar days between consecutive bars; undefined with fewer than two bars. */
export function medianGapDays(bars: readonly PriceBar[]): number | undefined {
  if (bars.length < 2) return undefined;
  const gaps: number[] = [];
  for (let i = 1; i < bars.length; i++) gaps.push(Math.round((toTime(bars[i]!.date) - toTime(bars[i - 1]!.date)) / DAY_MS));
  return median(gaps);
}

/**
 * Daily bars are 1-4 days apart (a weekend, a holiday weekend), weekly ones 5-10 (a holiday
 * moves a week's last day), monthly ones 25-35; anything else is irregular. Fewer than two
 * bars say nothing: daily.
 */
export function periodicityOf(bars: readonly PriceBar[]): Periodicity {
  const gap = medianGapDays(bars);
  if (gap === undefined || gap <= 4) return 'daily';
  if (gap >= 5 && gap <= 10) return 'weekly';
  if (gap >= 25 && gap <= 35) return 'monthly';
  return 'irregular';
}

/** Bars a year, to annualise by; undefined for irregular bars, which have no such number. */
export function periodsPerYear(periodicity: Periodicity | undefined): number | undefined {
  switch (periodicity ?? 'daily') {
    case 'daily':
      return 252;
    case 'weekly':
      return 52;
    case 'monthly':
      return 12;
    default:
      return undefined;
  }
}
