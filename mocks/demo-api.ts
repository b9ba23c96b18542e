// The demo dataset behind the REST contract (docs/definitions.md#rest-contract): pure lookups,
// shared by the MSW handlers in the browser, in tests and behind `npm run api`.
import { addDays, isIsoDate } from '../src/domain/dates';
import { isTicker } from '../src/domain/ticker';
import type { MarketEvent, PriceSeries, SentimentSeries, SymbolInfo } from '../src/domain/types';
import eventData from './data/events.json';
import prices from './data/prices.json';
import sentiment from './data/sentiment.json';

interface ApiError {
  status: number;
  body: { error: { code: string; message: string } };
}

export type ApiResult<T> = { ok: true; body: T } | ({ ok: false } & ApiError);

const fail = (status: number, code: string, message: string): ApiResult<never> => ({
  ok: false,
  status,
  body: { error: { code, message } },
});

const bySymbol = new Map(prices.symbols.map((s) => [s.symbol, s]));

export function listSymbols(): { symbols: SymbolInfo[] } {
  return { symbols: prices.symbols.map(({ symbol, name }) => ({ symbol, name })) };
}

interface RangeParams {
  symbols: string[];
  from?: string;
  to?: string;
}

/** Reads symbols/from/to from a query string, or says what is wrong with them (400). */
export function parseRangeParams(search: URLSearchParams): ApiResult<RangeParams> {
  const symbols = readSymbols(search);
  if (!symbols.ok) return symbols;
  if (symbols.body.length === 0) return fail(400, 'bad_request', 'symbols is required, e.g. symbols=SPY,QQQ');
  const dates = parseDates(search);
  return dates.ok ? { ok: true, body: { symbols: symbols.body, ...dates.body } } : dates;
}

/** Reads the events query: like parseRangeParams, but symbols may be absent (all events). */
export function parseEventParams(search: URLSearchParams): ApiResult<RangeParams> {
  const symbols = readSymbols(search);
  if (!symbols.ok) return symbols;
  const dates = parseDates(search);
  return dates.ok ? { ok: true, body: { symbols: symbols.body, ...dates.body } } : dates;
}

/** The requested tickers, upper-cased; anything that is not a ticker is a 400 (docs/definitions.md#types). */
function readSymbols(search: URLSearchParams): ApiResult<string[]> {
  const symbols = (search.get('symbols') ?? '')
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter(Boolean);
  const bad = symbols.find((s) => !isTicker(s));
  return bad === undefined ? { ok: true, body: symbols } : fail(400, 'bad_request', `"${bad.slice(0, 20)}" is not a ticker (1-10 of A-Z 0-9 . - ^)`);
}

/** Optional inclusive from/to, each a real YYYY-MM-DD date, from not after to. */
function parseDates(search: URLSearchParams): ApiResult<{ from?: string; to?: string }> {
  const from = search.get('from') ?? undefined;
  const to = search.get('to') ?? undefined;
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && !isIsoDate(value)) return fail(400, 'bad_request', `${name} must be a date as YYYY-MM-DD`);
  }
  if (from && to && from > to) return fail(400, 'bad_request', 'from must not be after to');
  return { ok: true, body: { from, to } };
}

/** 404 unknown_symbol when none of the requested symbols is known. */
function noneKnown(unknown: readonly string[]): ApiResult<never> {
  return fail(404, 'unknown_symbol', `Unknown symbol${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
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

// A JSON import types `importance` as any string: narrowed here, where it reaches the contract's type
// (tests/mocks/demo-events.test.ts holds the file to the app's schema, so nothing is dropped).
const events: readonly MarketEvent[] = eventData.events.map(({ importance, ...event }) =>
  importance === 'major' || importance === 'minor' ? { ...event, importance } : event,
);

/**
 * Events overlapping [from, to] (a multi-day event counts from its date to its endDate).
 * With symbols, only events naming one of them, plus market-wide events (no symbols).
 */
export function getEvents(params: { from?: string; to?: string; symbols: string[] }): ApiResult<{ events: MarketEvent[] }> {
  const { from, to } = params;
  const wanted = new Set(params.symbols.map((s) => s.toUpperCase()));
  const selected = events.filter((e) => {
    if (to !== undefined && e.date > to) return false;
    if (from !== undefined && (e.endDate ?? e.date) < from) return false;
    if (wanted.size === 0 || !e.symbols || e.symbols.length === 0) return true;
    return e.symbols.some((s) => wanted.has(s));
  });
  const sorted = [...selected].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { ok: true, body: { events: sorted } };
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
