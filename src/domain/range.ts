// Where a range starts (docs/definitions.md#returns): the as-of date and the range's
// nominal start, before either is snapped to a trading day.
import { addMonths, yearOf } from './dates';
import type { IsoDate, RangeKind } from './types';

const MONTHS: Partial<Record<RangeKind, number>> = { '1M': 1, '3M': 3, '6M': 6, '1Y': 12, '5Y': 60 };

/**
 * The calendar date whose last bar on or before is the base, or undefined for MAX
 * (the first bar). YTD: December 31 of the year before `to`.
 */
export function rangeStart(range: RangeKind, to: IsoDate, from?: IsoDate): IsoDate | undefined {
  if (range === 'MAX') return undefined;
  if (range === 'YTD') return `${yearOf(to) - 1}-12-31`;
  if (range === 'custom') return from;
  return addMonths(to, -(MONTHS[range] ?? 0));
}
