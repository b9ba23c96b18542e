// Daily prices from TIME_SERIES_DAILY. It is unadjusted: bars carry no adjClose, so the
// `total` basis falls back to `close` for this source (docs/definitions.md#returns).
// `outputsize=full` is premium for this function: on the premium answer the reader falls
// back to `compact` (the latest 100 trading days) and says so through `onNotice`.
import { addDays, byDate, fromTime } from '@/domain/dates';
import type { IsoDate, PriceBar, PriceSeries, Ticker } from '@/domain/types';
import type { RangeQuery, RequestOptions } from '../data-adapter';
import { dailyCall } from './calls';
import type { AlphaVantageClient } from './client';
import { inRange } from './range-query';
import { PremiumRequiredError } from './refusals';
import { timeSeriesDaily, type DailyAnswer } from './wire-formats';

/** `outputsize=compact` is the latest 100 trading days: about 140 calendar days. */
const COMPACT_CALENDAR_DAYS = 140;

const COMPACT_NOTICE =
  'Alpha Vantage: full price history (outputsize=full) needs a premium plan; showing the latest 100 trading days (outputsize=compact) instead.';

export type DailyPrices = (symbol: Ticker, q: RangeQuery, o?: RequestOptions) => Promise<PriceSeries>;

/** Reads one symbol's daily series; once `full` proves premium for the key, it asks for `compact` only. */
export function createDailyPrices(client: AlphaVantageClient, now: () => number, onNotice?: (message: string) => void): DailyPrices {
  let fullIsPremium = false;

  /** compact covers the latest ~100 trading days; anything older needs full. */
  function needsFullHistory(from: IsoDate | undefined): boolean {
    if (from === undefined) return true;
    return from < addDays(fromTime(now()), -COMPACT_CALENDAR_DAYS);
  }

  async function answer(symbol: Ticker, q: RangeQuery, o?: RequestOptions): Promise<DailyAnswer> {
    if (!needsFullHistory(q.from) || fullIsPremium) return client.load(dailyCall(symbol, 'compact'), timeSeriesDaily, o);
    try {
      return await client.load(dailyCall(symbol, 'full'), timeSeriesDaily, o);
    } catch (error) {
      if (!(error instanceof PremiumRequiredError)) throw error;
      fullIsPremium = true;
      onNotice?.(COMPACT_NOTICE);
      return client.load(dailyCall(symbol, 'compact'), timeSeriesDaily, o);
    }
  }

  return async (symbol, q, o) => toPriceSeries(symbol, await answer(symbol, q, o), q);
}

/** The answer's rows within the range, as bars in date order. */
export function toPriceSeries(symbol: Ticker, body: DailyAnswer, q: RangeQuery): PriceSeries {
  const bars: PriceBar[] = [];
  for (const [date, row] of Object.entries(body['Time Series (Daily)'])) {
    if (!inRange(date, q)) continue;
    const bar: PriceBar = { date, close: row['4. close'] };
    // Old rows sometimes carry 0 for open/high/low: absent, not zero.
    if (row['1. open'] > 0) bar.open = row['1. open'];
    if (row['2. high'] > 0) bar.high = row['2. high'];
    if (row['3. low'] > 0) bar.low = row['3. low'];
    bar.volume = row['5. volume'];
    bars.push(bar);
  }
  bars.sort(byDate);
  return { symbol, bars };
}
