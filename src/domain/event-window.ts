// Event windows (docs/definitions.md#events): what prices did around an event. Pure:
// series and an event date in, numbers out. Every lookup is a binary search.
import { addDays, toTime } from './dates';
import { median } from './median';
import { barValue, effectiveBasis, lastIndexOnOrBefore } from './returns';
import type { Basis, IsoDate, MarketEvent, PriceBar, PriceSeries, Ticker } from './types';

/** Trading-day horizons after t0, counted in each symbol's own bars. */
export const HORIZONS = [1, 5, 10] as const;
export type Horizon = (typeof HORIZONS)[number];

export interface HorizonReturn {
  h: Horizon;
  /** The bar t0 + h; absent when the series has not got that far (blank, not zero). */
  date?: IsoDate;
  /** value(t0 + h) / value(t0) - 1; absent with `date`. */
  return?: number;
}

export interface EventWindow {
  symbol: Ticker;
  /** The close before the news, on the basis used (see effectiveBasis). */
  t0: { date: IsoDate; value: number };
  /** One entry per HORIZONS, in that order. */
  horizons: HorizonReturn[];
}

export interface WindowPathPoint {
  /** Bars from t0: negative before, 0 at t0, positive after. */
  offset: number;
  date: IsoDate;
  /** UTC-midnight timestamp: the shared time axis. */
  time: number;
  /** value / value(t0) - 1: exactly 0 at t0. */
  return: number;
}

export interface TagHorizonStat {
  h: Horizon;
  /** Absent when no event contributed at this horizon. */
  mean?: number;
  median?: number;
  /** Events with a value at this horizon. */
  count: number;
}

export interface TagStat {
  tag: string;
  horizons: TagHorizonStat[];
}

/** Index of the last bar strictly before `eventDate` (the close before the news), or -1. */
export function t0Index(bars: readonly PriceBar[], eventDate: IsoDate): number {
  return lastIndexOnOrBefore(bars, addDays(eventDate, -1));
}

/** The window on bars whose basis is already resolved (no per-call O(n) basis check). */
function windowOn(symbol: Ticker, bars: readonly PriceBar[], eventDate: IsoDate, basis: Basis): EventWindow | undefined {
  const i0 = t0Index(bars, eventDate);
  if (i0 < 0) return undefined;
  const t0Bar = bars[i0]!;
  const t0Value = barValue(t0Bar, basis);
  const horizons = HORIZONS.map((h): HorizonReturn => {
    const bar = bars[i0 + h];
    return bar ? { h, date: bar.date, return: barValue(bar, basis) / t0Value - 1 } : { h };
  });
  return { symbol, t0: { date: t0Bar.date, value: t0Value }, horizons };
}

/**
 * Returns of `series` at each horizon after the event, from t0 = the last bar strictly
 * before the event's date. Undefined when the series has no bar before the event.
 * 'total' falls back to close for the whole series when any bar lacks adjClose, and a
 * series of adjusted closes is on 'total' either way (effectiveBasis tells the caller).
 */
export function eventWindow(series: PriceSeries, eventDate: IsoDate, basis: Basis): EventWindow | undefined {
  return windowOn(series.symbol, series.bars, eventDate, effectiveBasis(series, basis));
}

/** Symbol return minus benchmark return at each horizon, only where both exist. */
export function windowExcess(symbol: EventWindow, benchmark: EventWindow | undefined): Partial<Record<Horizon, number>> {
  const excess: Partial<Record<Horizon, number>> = {};
  if (!benchmark) return excess;
  for (const { h, return: r } of symbol.horizons) {
    const b = benchmark.horizons.find((x) => x.h === h)?.return;
    if (r !== undefined && b !== undefined) excess[h] = r - b;
  }
  return excess;
}

/**
 * The bars from t0 - before to t0 + after (clipped to the data), rebased at t0.
 * Empty when the series has no bar before the event.
 */
export function windowPath(
  series: PriceSeries,
  eventDate: IsoDate,
  basis: Basis,
  before = 10,
  after = 10,
): WindowPathPoint[] {
  const { bars } = series;
  const i0 = t0Index(bars, eventDate);
  if (i0 < 0) return [];
  const use = effectiveBasis(series, basis);
  const t0Value = barValue(bars[i0]!, use);
  const from = Math.max(0, i0 - before);
  const to = Math.min(bars.length - 1, i0 + after);
  const path: WindowPathPoint[] = [];
  for (let i = from; i <= to; i++) {
    const bar = bars[i]!;
    path.push({ offset: i - i0, date: bar.date, time: toTime(bar.date), return: barValue(bar, use) / t0Value - 1 });
  }
  return path;
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/**
 * Per tag (in the order of `tags`), over the events carrying it: mean and median of
 * the excess of `series` over `benchmark` at each horizon, and how many events had a
 * value there. Without a benchmark the plain returns of `series` are used instead.
 * An event contributes at a horizon only where both returns exist (a benchmark with
 * no bar before the event contributes nothing). When the benchmark is `series`'s own
 * symbol the excess is 0 by definition. Events are matched on tags only, not on
 * their `symbols`.
 */
export function tagStats(
  events: readonly MarketEvent[],
  tags: readonly string[],
  series: PriceSeries,
  benchmark: PriceSeries | undefined,
  basis: Basis,
): TagStat[] {
  const seriesBasis = effectiveBasis(series, basis);
  const benchBasis = benchmark ? effectiveBasis(benchmark, basis) : basis;
  const cache = new Map<MarketEvent, Partial<Record<Horizon, number>>>();

  const valuesOf = (event: MarketEvent): Partial<Record<Horizon, number>> => {
    const cached = cache.get(event);
    if (cached) return cached;
    let values: Partial<Record<Horizon, number>> = {};
    const own = windowOn(series.symbol, series.bars, event.date, seriesBasis);
    if (own && !benchmark) {
      for (const { h, return: r } of own.horizons) if (r !== undefined) values[h] = r;
    } else if (own && benchmark) {
      values = windowExcess(own, windowOn(benchmark.symbol, benchmark.bars, event.date, benchBasis));
    }
    cache.set(event, values);
    return values;
  };

  return tags.map((tag) => {
    const perHorizon = new Map<Horizon, number[]>(HORIZONS.map((h) => [h, []]));
    for (const event of events) {
      if (!event.tags.includes(tag)) continue;
      const values = valuesOf(event);
      for (const h of HORIZONS) {
        const v = values[h];
        if (v !== undefined) perHorizon.get(h)!.push(v);
      }
    }
    return {
      tag,
      horizons: HORIZONS.map((h): TagHorizonStat => {
        const values = perHorizon.get(h)!;
        return values.length === 0
          ? { h, count: 0 }
          : { h, mean: mean(values), median: median(values), count: values.length };
      }),
    };
  });
}
