// A price series as columns of numbers, computed once per series and basis and read by
// every range (docs/definitions.md#returns). A range switch over 25 years used to walk
// every bar into a new object with a parsed date; with the columns a range's figures cost
// one pass over typed arrays, and a rebased return is one division, wherever it is read.
// The values are the running product of each day's growth factor (value_i = value_0 x
// prod(1 + r_k)), so value_d / value_base is that product over the range: no other prefix
// product is needed.
import { toTime } from './dates';
import type { Basis, PriceBar, PriceSeries } from './types';

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

export interface PriceTrack {
  /** The series' own bars (the same array): dates and closes as traded. */
  bars: readonly PriceBar[];
  /** The basis the values are on: the one asked for, or 'price' when a bar lacks adjClose. */
  basis: Basis;
  /** Each bar's date as a UTC-midnight timestamp (the charts' time axis). */
  times: Float64Array;
  /** Each bar's value on `basis`. */
  values: Float64Array;
  /** ln(values[i] / values[i - 1]), the daily log return; 0 at the first bar. */
  logReturns: Float64Array;
}

// Keyed by the series object: the query cache keeps it while its data is unchanged.
const tracks = new WeakMap<PriceSeries, Partial<Record<Basis, PriceTrack>>>();

/** The series' columns on `basis`, computed on first use and remembered while the series lives. */
export function priceTrack(series: PriceSeries, basis: Basis): PriceTrack {
  let byBasis = tracks.get(series);
  if (!byBasis) tracks.set(series, (byBasis = {}));
  return (byBasis[basis] ??= buildTrack(series.bars, effectiveBasis(series, basis)));
}

function buildTrack(bars: readonly PriceBar[], basis: Basis): PriceTrack {
  const n = bars.length;
  const times = new Float64Array(n);
  const values = new Float64Array(n);
  const logReturns = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const bar = bars[i]!;
    times[i] = toTime(bar.date);
    values[i] = barValue(bar, basis);
    if (i > 0) logReturns[i] = Math.log(values[i]! / values[i - 1]!);
  }
  return { bars, basis, times, values, logReturns };
}
