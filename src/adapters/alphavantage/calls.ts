// The Alpha Vantage calls the adapter makes, described as data: which function with
// which parameters, what a successful answer holds, and the key it is stored under.
// Everything is GET {base}?function=...&apikey=...; the API key is added only when the
// request is sent (client.ts), so nothing here ever holds it.
import type { IsoDate, Ticker } from '@/domain/types';

export const ALPHA_VANTAGE_LABEL = 'Alpha Vantage';
const NEWS_LIMIT = '1000';

type AvFunction = 'TIME_SERIES_DAILY' | 'NEWS_SENTIMENT' | 'GLOBAL_QUOTE';

export interface Call {
  fn: AvFunction;
  params: Record<string, string>;
  /** The symbol this call is about, for unknown-symbol messages. */
  symbol?: Ticker;
  /** The field a successful answer has; Note/Information next to it is not a refusal. */
  dataKey: string;
}

/** What news is asked for: one symbol's, or a topic's when no symbol is chosen. */
export type NewsScope = { symbol: Ticker } | { topics: string };

/** `compact` is the latest 100 trading days; `full` is the whole history (premium on some plans). */
export const dailyCall = (symbol: Ticker, outputsize: 'compact' | 'full'): Call => ({
  fn: 'TIME_SERIES_DAILY',
  params: { function: 'TIME_SERIES_DAILY', symbol, outputsize },
  symbol,
  dataKey: 'Time Series (Daily)',
});

export function newsCall(scope: NewsScope, from: IsoDate | undefined): Call {
  const params: Record<string, string> = { function: 'NEWS_SENTIMENT' };
  if ('symbol' in scope) params.tickers = scope.symbol;
  else params.topics = scope.topics;
  if (from) params.time_from = `${from.replaceAll('-', '')}T0000`;
  params.limit = NEWS_LIMIT;
  return { fn: 'NEWS_SENTIMENT', params, symbol: 'symbol' in scope ? scope.symbol : undefined, dataKey: 'feed' };
}

export const quoteCall = (symbol: Ticker): Call => ({
  fn: 'GLOBAL_QUOTE',
  params: { function: 'GLOBAL_QUOTE', symbol },
  symbol,
  dataKey: 'Global Quote',
});

/** The stored-answer key: the call's parameters in a fixed order and a tag of the API key, never the key. */
export function cacheKey(call: Call, keyTag: string): string {
  const params = Object.entries(call.params)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  return `${call.fn}|${params}|key=${keyTag}`;
}

/** Names the call in messages about its answer. */
export function describe(call: Call): string {
  return `${ALPHA_VANTAGE_LABEL} ${call.fn}${call.symbol ? ` ${call.symbol}` : ''}`;
}
