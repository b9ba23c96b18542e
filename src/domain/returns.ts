// Returns, drawdown and volatility of a price series over a range
// (docs/definitions.md#returns). Pure: a series and a window in, numbers out.
import { toTime } from './dates';
import { periodsPerYear } from './periodicity';
import type { Basis, IntradayPrice, IsoDate, Periodicity, PriceBar, PriceSeries, Ticker } from './types';

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
  points: ReturnPoint[];
  /** The series' last price, taken before its session closed: set apart, never among the points. */
  intraday?: IntradayPrice;
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

/**
 * The basis actually used for a series (docs/definitions.md#returns): 'total' falls back
 * to 'price' when any bar lacks adjClose, so one series is never measured on a mix of the
 * two; a series whose closes are adjusted (closesAdjusted) has no price basis and is
 * always 'total'. Callers compare the result with the requested basis to say so.
 * Bars alone are a series without closesAdjusted.
 */
export function effectiveBasis(series: Pick<PriceSeries, 'bars' | 'closesAdjusted'> | readonly PriceBar[], basis: Basis): Basis {
  if ('bars' in series && series.closesAdjusted === true) return 'total';
  const bars = 'bars' in series ? series.bars : series;
  return basis === 'total' && bars.some((b) => b.adjClose === undefined) ? 'price' : basis;
}

/**
 * A bar's value on a basis already resolved with effectiveBasis: adjClose for 'total',
 * close for 'price'; a bar of a closesAdjusted series has no adjClose, its close is the adjusted value.
 */
export function barValue(bar: PriceBar, basis: Basis): number {
  return basis === 'total' ? (bar.adjClose ?? bar.close) : bar.close;
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

  const basis = effectiveBasis(series, window.basis);
  const basisFallback = basis !== window.basis;
  const baseValue = barValue(bars[base]!, basis);

  const points: ReturnPoint[] = [];
  let peak = baseValue;
  let maxDrawdown = 0;
  const logReturns: number[] = [];
  let previous = baseValue;
  for (let i = base; i <= end; i++) {
    const bar = bars[i]!;
    const value = barValue(bar, basis);
    points.push({ date: bar.date, time: toTime(bar.date), value, close: bar.close, return: value / baseValue - 1 });
    if (value > peak) peak = value;
    maxDrawdown = Math.min(maxDrawdown, value / peak - 1);
    if (i > base) logReturns.push(Math.log(value / previous));
    previous = value;
  }

  const last = points[points.length - 1]!;
  // Irregular bars have no bars-a-year figure to annualise by: no volatility.
  const perYear = periodsPerYear(series.periodicity);
  return {
    symbol: series.symbol,
    baseDate: bars[base]!.date,
    asOfDate: last.date,
    startsInsideRange,
    basis,
    basisFallback,
    lastClose: bars[end]!.close,
    return: last.return,
    maxDrawdown,
    volatility: perYear === undefined ? undefined : annualisedVolatility(logReturns, perYear),
    periodicity: series.periodicity ?? 'daily',
    points,
    ...(series.intraday && { intraday: series.intraday }),
  };
}

/**
 * Sample standard deviation of log returns x sqrt(bars a year): 252 for daily bars, 52
 * weekly, 12 monthly (periodsPerYear). Undefined with fewer than two returns.
 */
export function annualisedVolatility(logReturns: readonly number[], perYear = 252): number | undefined {
  const n = logReturns.length;
  if (n < 2) return undefined;
  const mean = logReturns.reduce((s, r) => s + r, 0) / n;
  const variance = logReturns.reduce((s, r) => s + (r - mean) ** 2, 0) / (n - 1);
  return Math.sqrt(variance) * Math.sqrt(perYear);
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
