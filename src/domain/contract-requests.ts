// The REST contract's requests as a server reads them (docs/definitions.md#rest-contract):
// the query parameters checked, and answers in the contract's shape. Pure, so the demo's
// mock API, `npm run server` and the bench's heavy source all read requests alike.
import { isIsoDate } from './dates';
import { isTicker } from './ticker';
import { byDate } from './dates';
import type { IsoDate, MarketEvent, Ticker } from './types';

export interface ApiError {
  status: number;
  body: { error: { code: string; message: string } };
}

export type ApiResult<T> = { ok: true; body: T } | ({ ok: false } & ApiError);

export function apiError(status: number, code: string, message: string): ApiResult<never> {
  return { ok: false, status, body: { error: { code, message } } };
}

export interface RangeParams {
  symbols: Ticker[];
  from?: IsoDate;
  to?: IsoDate;
}

/** More symbols than this in one request is refused: a page asks one at a time. */
const MAX_SYMBOLS = 50;

/** Reads symbols/from/to from a query string, or says what is wrong with them (400). */
export function parseRangeParams(search: URLSearchParams): ApiResult<RangeParams> {
  const symbols = readSymbols(search);
  if (!symbols.ok) return symbols;
  if (symbols.body.length === 0) return apiError(400, 'bad_request', 'symbols is required, e.g. symbols=SPY,QQQ');
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

/** 404 unknown_symbol: none of the requested symbols is known. */
export function noneKnown(unknown: readonly string[]): ApiResult<never> {
  return apiError(404, 'unknown_symbol', `Unknown symbol${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
}

/** The requested tickers, upper-cased; anything that is not a ticker is a 400 (docs/definitions.md#types). */
function readSymbols(search: URLSearchParams): ApiResult<Ticker[]> {
  const symbols = [...new Set((search.get('symbols') ?? '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean))];
  const bad = symbols.find((s) => !isTicker(s));
  if (bad !== undefined) return apiError(400, 'bad_request', `"${bad.slice(0, 20)}" is not a ticker (1-10 of A-Z 0-9 . - ^)`);
  if (symbols.length > MAX_SYMBOLS) return apiError(400, 'bad_request', `at most ${MAX_SYMBOLS} symbols in one request`);
  return { ok: true, body: symbols };
}

/** Optional inclusive from/to, each a real YYYY-MM-DD date, from not after to. */
function parseDates(search: URLSearchParams): ApiResult<{ from?: IsoDate; to?: IsoDate }> {
  const from = search.get('from') ?? undefined;
  const to = search.get('to') ?? undefined;
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value !== undefined && !isIsoDate(value)) return apiError(400, 'bad_request', `${name} must be a date as YYYY-MM-DD`);
  }
  if (from && to && from > to) return apiError(400, 'bad_request', 'from must not be after to');
  return { ok: true, body: { from, to } };
}

/**
 * The events a request asks for, by date: those overlapping [from, to] (a multi-day event
 * counts from its date to its endDate); with symbols, only events naming one of them, and
 * market-wide events (no symbols).
 */
export function eventsForRequest(events: readonly MarketEvent[], { from, to, symbols }: RangeParams): MarketEvent[] {
  const wanted = new Set(symbols);
  return events
    .filter((e) => {
      if (to !== undefined && e.date > to) return false;
      if (from !== undefined && (e.endDate ?? e.date) < from) return false;
      return wanted.size === 0 || !e.symbols || e.symbols.length === 0 || e.symbols.some((s) => wanted.has(s));
    })
    .sort(byDate);
}
