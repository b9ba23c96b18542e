// Returns, drawdown and volatility of a price series over a range
// (docs/definitions.md#returns). Pure: a series and a window in, numbers out. The per-bar
// work is done once per series (price-track.ts); a range reads its slice of it.
import { barValue, effectiveBasis, priceTrack, type PriceTrack } from './price-track';
import { periodsPerYear } from './periodicity';
import type { Basis, IntradayPrice, IsoDate, Periodicity, PriceBar, PriceSeries, Ticker } from './types';

export { barValue, effectiveBasis } from './price-track';

export interface ReturnWindow {
  /** Nominal range start: the base is the last bar on or before it; undefined = first bar. */
  start?: IsoDate;
  /** Requested as-of date; undefined = the series' last bar. */
  to?: IsoDate;
  basis: Basis;
}

export interface ReturnPoint {
  date: IsoDate;
  /** UTC-midnight timestamp: the shared time axis. */
  time: number;
  /** The value on the chosen basis (close or adjusted close). */
  value: number;
  /** The close as traded, whatever the basis: the price a person quotes. */
  close: number;
  /** value / base value - 1 */
  return: number;
}

export interface SeriesPerformance {
  symbol: Ticker;
  baseDate: IsoDate;
  asOfDate: IsoDate;
  /** The series has no bar on or before the range start, so it is measured from its first bar. */
  startsInsideRange: boolean;
  /** The basis the figures are on (see effectiveBasis). */
  basis: Basis;
  /** `basis` is not the one asked for: total without adjusted closes, or price with only adjusted ones. */
  basisFallback: boolean;
  lastClose: number;
  return: number;
  /** Largest peak-to-trough fall, as a negative fraction (0 when it never fell). */
  maxDrawdown: number;
  /** Annualised by the bars' periodicity; undefined with fewer than two returns or irregular bars. */
  volatility?: number;
  /** How far apart the series' bars are (absent in the series: daily). */
  periodicity: Periodicity;
  /** The series' last price, taken before its session closed: set apart, never among the bars. */
  intraday?: IntradayPrice;
  /** The series' columns, shared by every range: this range is its bars `base` to `end` (inclusive). */
  track: PriceTrack;
  base: number;
  end: number;
}

/** The smallest and largest price a source may hand in: 1e-8 and 1e12. */
export const PRICE_LIMITS = { min: 1e-8, max: 1e12 } as const;

/**
 * A close the math can use: between PRICE_LIMITS, so that any ratio of two prices (a
 * return, a drawdown, a log return) is finite. Real quotes sit far inside.
 */
export function isUsablePrice(value: number): boolean {
  return value >= PRICE_LIMITS.min && value <= PRICE_LIMITS.max;
}

/** Index of the last bar dated on or before `date`, or -1. Binary search: bars are ascending. */
export function lastIndexOnOrBefore(bars: readonly PriceBar[], date: IsoDate): number {
  let lo = 0;
  let hi = bars.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (bars[mid]!.date <= date) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The series as it stood at the close of `date`: its bars on or before it. */
export function seriesUntil(series: PriceSeries, date: IsoDate): PriceSeries {
  const end = lastIndexOnOrBefore(series.bars, date);
  return end === series.bars.length - 1 ? series : { ...series, bars: series.bars.slice(0, end + 1) };
}

/** Undefined when the window holds no bar (the series ends before the start or starts after `to`). */
export function seriesPerformance(series: PriceSeries, window: ReturnWindow): SeriesPerformance | undefined {
  const { bars } = series;
  const end = window.to === undefined ? bars.length - 1 : lastIndexOnOrBefore(bars, window.to);
  if (end < 0) return undefined;
  const beforeStart = window.start === undefined ? 0 : lastIndexOnOrBefore(bars, window.start);
  const startsInsideRange = window.start !== undefined && beforeStart < 0;
  const base = Math.max(beforeStart, 0);
  if (base > end) return undefined;
  // The series ended before the range began: it has nothing to say about this range.
  if (window.start !== undefined && bars[end]!.date < window.start) return undefined;

  const track = priceTrack(series, window.basis);
  const { values, logReturns } = track;
  let peak = values[base]!;
  let maxDrawdown = 0;
  for (let i = base; i <= end; i++) {
    const value = values[i]!;
    if (value > peak) peak = value;
    maxDrawdown = Math.min(maxDrawdown, value / peak - 1);
  }

  const perYear = periodsPerYear(series.periodicity);
  return {
    symbol: series.symbol,
    baseDate: bars[base]!.date,
    asOfDate: bars[end]!.date,
    startsInsideRange,
    basis: track.basis,
    basisFallback: track.basis !== window.basis,
    lastClose: bars[end]!.close,
    return: values[end]! / values[base]! - 1,
    maxDrawdown,
    // Irregular bars have no bars-a-year figure to annualise by: no volatility.
    volatility: perYear === undefined ? undefined : annualisedVolatility(logReturns.subarray(base + 1, end + 1), perYear),
    periodicity: series.periodicity ?? 'daily',
    ...(series.intraday && { intraday: series.intraday }),
    track,
    base,
    end,
  };
}

/** The return at bar `i` of the series (base <= i <= end): value(i) / value(base) - 1. */
export function returnAt(performance: SeriesPerformance, i: number): number {
  const { values } = performance.track;
  return values[i]! / values[performance.base]! - 1;
}

/** Every bar of the range as a point: for files and checks; the charts read the columns. */
export function performancePoints(performance: SeriesPerformance): ReturnPoint[] {
  const { bars, times, values } = performance.track;
  const points: ReturnPoint[] = [];
  for (let i = performance.base; i <= performance.end; i++) {
    points.push({ date: bars[i]!.date, time: times[i]!, value: values[i]!, close: bars[i]!.close, return: returnAt(performance, i) });
  }
  return points;
}

/**
 * Sample standard deviation of log returns x sqrt(bars a year): 252 for daily bars, 52
 * weekly, 12 monthly (periodsPerYear). Undefined with fewer than two returns.
 */
export function annualisedVolatility(logReturns: ArrayLike<number>, perYear = 252): number | undefined {
  const n = logReturns.length;
  if (n < 2) return undefined;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += logReturns[i]!;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (logReturns[i]! - mean) ** 2;
  return Math.sqrt(squares / (n - 1)) * Math.sqrt(perYear);
}

/**
 * The benchmark's return over the same dates as `performance` (its base date to its
 * as-of date, each snapped to the benchmark's own last bar on or before).
 */
export function benchmarkReturn(benchmark: PriceSeries, performance: SeriesPerformance, basis: Basis): number | undefined {
  const baseIndex = lastIndexOnOrBefore(benchmark.bars, performance.baseDate);
  const endIndex = lastIndexOnOrBefore(benchmark.bars, performance.asOfDate);
  if (baseIndex < 0 || endIndex < 0) return undefined;
  const useBasis = effectiveBasis(benchmark, basis);
  return barValue(benchmark.bars[endIndex]!, useBasis) / barValue(benchmark.bars[baseIndex]!, useBasis) - 1;
}

/**
 * The as-of date (docs/definitions.md#returns): the latest bar on or before `to` over all
 * series, or the latest bar of all when `to` is absent. Undefined when none has one.
 */
export function asOfDate(series: readonly PriceSeries[], to?: IsoDate): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const s of series) {
    const index = to === undefined ? s.bars.length - 1 : lastIndexOnOrBefore(s.bars, to);
    const date = s.bars[index]?.date;
    if (date && (!latest || date > latest)) latest = date;
  }
  return latest;
}
