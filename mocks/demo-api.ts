// The demo dataset behind the REST contract (docs/definitions.md#rest-contract): pure lookups,
// shared by the MSW handlers in the browser, in tests and behind `npm run api`. Requests are
// read by src/domain/contract-requests.ts, as every server of the contract reads them.
import { eventsForRequest, noneKnown, type ApiResult, type RangeParams } from '../src/domain/contract-requests';
import { addDays } from '../src/domain/dates';
import { curatedEvents } from './curated-events';
import type { MarketEvent, PriceSeries, SentimentSeries, SymbolInfo } from '../src/domain/types';
import prices from './data/prices.json';
import sentiment from './data/sentiment.json';

const bySymbol = new Map(prices.symbols.map((s) => [s.symbol, s]));

export function listSymbols(): { symbols: SymbolInfo[] } {
  return { symbols: prices.symbols.map(({ symbol, name }) => ({ symbol, name })) };
}

export function getPrices(params: RangeParams): ApiResult<{ series: PriceSeries[]; unknown: string[] }> {
  const unknown = params.symbols.filter((s) => !bySymbol.has(s));
  if (unknown.length === params.symbols.length) return noneKnown(unknown);
  const from = params.from;
  const to = params.to;
  const first = from ? countWhile(prices.dates, (d) => d < from) : 0;
  const end = to ? countWhile(prices.dates, (d) => d <= to) : prices.dates.length;
  const series = params.symbols.flatMap((symbol) => {
    const data = bySymbol.get(symbol);
    if (!data) return [];
    const bars = [];
    for (let i = first; i < end; i++) {
      bars.push({ date: prices.dates[i]!, close: data.close[i]!, adjClose: data.adjClose[i]! });
    }
    return [{ symbol, currency: data.currency, bars }];
  });
  return { ok: true, body: { series, unknown } };
}

const sentimentBySymbol = new Map(sentiment.symbols.map((s) => [s.symbol, s]));
/** The calendar days of the sentiment columns: day i is start + i. */
const sentimentDates: readonly string[] = Array.from(
  { length: Math.max(0, ...sentiment.symbols.map((s) => s.messages.length)) },
  (_, i) => addDays(sentiment.start, i),
);

/** Daily message counts, like getPrices: the known symbols' days within [from, to], and the unknown ones. */
export function getSentiment(params: RangeParams): ApiResult<{ series: SentimentSeries[]; unknown: string[] }> {
  const unknown = params.symbols.filter((s) => !sentimentBySymbol.has(s));
  if (unknown.length === params.symbols.length) return noneKnown(unknown);
  const from = params.from;
  const to = params.to;
  const first = from ? countWhile(sentimentDates, (d) => d < from) : 0;
  const end = to ? countWhile(sentimentDates, (d) => d <= to) : sentimentDates.length;
  const series = params.symbols.flatMap((symbol) => {
    const data = sentimentBySymbol.get(symbol);
    if (!data) return [];
    const days = [];
    for (let i = first; i < end; i++) {
      days.push({ date: sentimentDates[i]!, bullish: data.bullish[i]!, bearish: data.bearish[i]!, messages: data.messages[i]! });
    }
    return [{ symbol, days }];
  });
  return { ok: true, body: { series, unknown } };
}

export function getEvents(params: RangeParams): ApiResult<{ events: MarketEvent[] }> {
  return { ok: true, body: { events: eventsForRequest(curatedEvents, params) } };
}

/** How many leading dates satisfy `holds` (a prefix test on ascending dates; binary search). */
function countWhile(dates: readonly string[], holds: (date: string) => boolean): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(dates[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
