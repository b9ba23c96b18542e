// Yahoo Finance's chart API (v8), the server's main price source: daily closes and
// dividend-adjusted closes, no key. Checked against its wire format before anything is
// read; bars are dated in the exchange's time zone (New York for US listings).
import * as z from 'zod/mini';
import { addDays, byDate, isIsoDate, toTime } from '../../src/domain/dates';
import { isUsablePrice } from '../../src/domain/returns';
import type { IsoDate, PriceBar, Ticker } from '../../src/domain/types';
import { getProviderJson, parseWire } from './http';
import { isSessionClosed, zonedDate } from './ny-date';
import { ProviderError, type FetchOptions, type PriceProvider } from './provider';

export const YAHOO_BASE_URL = 'https://query1.finance.yahoo.com';

export interface YahooOptions {
  baseUrl?: string;
  timeoutMs?: number;
  /** The clock that says which sessions have closed (tests set it). */
  now?: () => number;
}

// Yahoo writes null where a session has no price (and for every field of that row).
const prices = z.array(z.nullable(z.number()));
const chartError = z.object({ code: z.string(), description: z.nullish(z.string()) });
const chartResult = z.object({
  meta: z.object({ exchangeTimezoneName: z.string() }),
  // Absent, with `quote: [{}]`, when no session falls in the range.
  timestamp: z.optional(z.array(z.int())),
  indicators: z.object({
    quote: z.array(z.object({ close: z.optional(prices) })),
    adjclose: z.optional(z.array(z.object({ adjclose: z.optional(prices) }))),
  }),
});
const chartAnswer = z.object({
  chart: z.object({ result: z.nullable(z.array(chartResult)), error: z.nullable(chartError) }),
});
const errorAnswer = z.object({ chart: z.object({ error: chartError }) });

type ChartResult = z.output<typeof chartResult>;

export function createYahooProvider({ baseUrl = YAHOO_BASE_URL, timeoutMs, now = () => Date.now() }: YahooOptions = {}): PriceProvider {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    name: 'yahoo',
    async fetchDaily(symbol: Ticker, from: IsoDate, to: IsoDate, options: FetchOptions = {}): Promise<PriceBar[]> {
      if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError(`Dates must be YYYY-MM-DD: ${from}, ${to}`);
      const url = new URL(`${base}/v8/finance/chart/${encodeURIComponent(symbol)}`);
      // UTC midnights: period1 falls after the previous day's 09:30 open, period2 after
      // `to`'s open; the dates are checked again below, whatever Yahoo includes.
      url.search = new URLSearchParams({
        period1: String(toTime(from) / 1000),
        period2: String(toTime(addDays(to, 1)) / 1000),
        interval: '1d',
        events: 'div|split',
        includeAdjustedClose: 'true',
      }).toString();
      const body = await getProviderJson(url, {
        provider: 'Yahoo',
        signal: options.signal,
        timeoutMs,
        onError: (status, answer) => (status === 404 ? unknownSymbol(symbol, answer) : undefined),
      });
      const { chart } = parseWire(chartAnswer, body, `Yahoo's chart of ${symbol}`);
      if (chart.error) throw unknownSymbol(symbol, body) ?? new ProviderError('unavailable', `Yahoo refused the chart of ${symbol}: ${describe(chart.error)}.`);
      const result = chart.result?.[0];
      if (!result) throw new ProviderError('invalid_answer', `Yahoo's chart of ${symbol} holds no result.`);
      return barsOf(result, symbol, from, to, now());
    },
  };
}

/** The finished sessions' bars, one per date (a repeated date keeps Yahoo's later row). */
function barsOf(result: ChartResult, symbol: Ticker, from: IsoDate, to: IsoDate, now: number): PriceBar[] {
  const timestamps = result.timestamp ?? [];
  const closes = result.indicators.quote[0]?.close ?? [];
  const adjusted = result.indicators.adjclose?.[0]?.adjclose;
  if (closes.length !== timestamps.length || (adjusted && adjusted.length !== timestamps.length)) {
    throw new ProviderError('invalid_answer', `Yahoo's chart of ${symbol} has ${timestamps.length} times but not as many closes.`);
  }
  const timeZone = result.meta.exchangeTimezoneName;
  const bars = new Map<IsoDate, PriceBar>();
  timestamps.forEach((seconds, i) => {
    const close = closes[i];
    // Null: no trade that day. Zero or absurd: a bad tick, which no return should divide by.
    if (close === null || close === undefined || !isUsablePrice(close)) return;
    const date = dateIn(seconds, timeZone, symbol);
    // A session still trading is stamped with the latest trade's time: not a close yet.
    if (date < from || date > to || !isSessionClosed(date, now)) return;
    const adjClose = adjusted?.[i];
    bars.set(date, adjClose != null && isUsablePrice(adjClose) ? { date, close, adjClose } : { date, close });
  });
  return [...bars.values()].sort(byDate);
}

function dateIn(seconds: number, timeZone: string, symbol: Ticker): IsoDate {
  try {
    return zonedDate(seconds * 1000, timeZone);
  } catch {
    throw new ProviderError('invalid_answer', `Yahoo's chart of ${symbol} names an unknown time zone, "${timeZone.slice(0, 40)}".`);
  }
}

/** Yahoo's answer for a symbol it does not have: `chart.error.code` "Not Found". */
function unknownSymbol(symbol: Ticker, answer: unknown): ProviderError | undefined {
  const parsed = errorAnswer.safeParse(answer);
  if (!parsed.success || parsed.data.chart.error.code !== 'Not Found') return undefined;
  return new ProviderError('unknown_symbol', `Yahoo has no symbol ${symbol} (${describe(parsed.data.chart.error)}).`);
}

function describe(error: z.output<typeof chartError>): string {
  return (error.description || error.code).slice(0, 200);
}
