// Tiingo's end-of-day prices, the second price source: when Yahoo stops answering, the
// server swaps to this one. It needs an API key, which travels in the query and so is
// blanked out of every message this provider or http.ts writes.
import * as z from 'zod/mini';
import { byDate, isIsoDate } from '../../src/domain/dates';
import { isUsablePrice } from '../../src/domain/returns';
import type { IsoDate, PriceBar, Ticker } from '../../src/domain/types';
import { getProviderJson, parseWire, redact } from './http';
import { isSessionClosed } from './ny-date';
import { ProviderError, type FetchOptions, type PriceProvider } from './provider';

export const TIINGO_BASE_URL = 'https://api.tiingo.com';

export interface TiingoOptions {
  apiKey: string;
  baseUrl?: string;
  timeoutMs?: number;
  /** The clock that says which sessions have closed (tests set it). */
  now?: () => number;
}

// Tiingo stamps each bar with UTC midnight of the exchange's date: the date is the text before the T.
const barDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}T/, 'expected a time as YYYY-MM-DDT…'),
  z.refine((t) => isIsoDate(t.slice(0, 10)), { message: 'expected a real calendar date' }),
);
const price = z.nullish(z.number());
const pricesAnswer = z.array(z.object({ date: barDate, close: price, adjClose: price }));
/** Tiingo's refusals: `{ "detail": "Error: Ticker 'X' not found" }`, "Invalid token.", over the allocation… */
const detailAnswer = z.object({ detail: z.string() });

export function createTiingoProvider({ apiKey, baseUrl = TIINGO_BASE_URL, timeoutMs, now = () => Date.now() }: TiingoOptions): PriceProvider {
  if (!apiKey.trim()) throw new Error('Tiingo needs an API key.');
  const base = baseUrl.replace(/\/+$/, '');
  return {
    name: 'tiingo',
    async fetchDaily(symbol: Ticker, from: IsoDate, to: IsoDate, options: FetchOptions = {}): Promise<PriceBar[]> {
      if (!isIsoDate(from) || !isIsoDate(to)) throw new RangeError(`Dates must be YYYY-MM-DD: ${from}, ${to}`);
      const url = new URL(`${base}/tiingo/daily/${encodeURIComponent(symbol)}/prices`);
      url.search = new URLSearchParams({ startDate: from, endDate: to }).toString();
      const body = await getProviderJson(url, {
        provider: 'Tiingo',
        // In a header, not the query Tiingo also accepts: addresses end up in proxies' logs.
        headers: { Authorization: `Token ${apiKey}` },
        signal: options.signal,
        timeoutMs,
        secrets: [apiKey],
        onError: (status, answer) => refusal(symbol, status, answer),
      });
      // A refusal can also come back as 200 with a detail instead of the list.
      const detail = detailAnswer.safeParse(body);
      if (detail.success) throw refusal(symbol, 200, body) ?? new ProviderError('unavailable', redact(`Tiingo refused ${symbol}: ${detail.data.detail.slice(0, 200)}.`, [apiKey]));
      const rows = parseWire(pricesAnswer, body, `Tiingo's prices of ${symbol}`);
      const bars = new Map<IsoDate, PriceBar>();
      const clock = now();
      for (const row of rows) {
        const date = row.date.slice(0, 10);
        // Null, zero or absurd: no price any return could divide by.
        if (row.close == null || !isUsablePrice(row.close)) continue;
        if (date < from || date > to || !isSessionClosed(date, clock)) continue;
        const adjClose = row.adjClose;
        bars.set(date, adjClose != null && isUsablePrice(adjClose) ? { date, close: row.close, adjClose } : { date, close: row.close });
      }
      return [...bars.values()].sort(byDate);
    },
  };
}

function refusal(symbol: Ticker, status: number, answer: unknown): ProviderError | undefined {
  // The usual mapping reads Retry-After.
  if (status === 429) return undefined;
  const detail = detailAnswer.safeParse(answer).data?.detail ?? '';
  if (status === 404 || /ticker\b.*\bnot found/i.test(detail)) return new ProviderError('unknown_symbol', `Tiingo has no symbol ${symbol}.`);
  if (/allocation|rate limit/i.test(detail)) return new ProviderError('rate_limited', `Tiingo's request allocation is used up (${symbol}).`);
  // 401/403: a wrong or revoked key; no retry will fix it, but it is not the symbol's fault.
  if (status === 401 || status === 403 || /token/i.test(detail)) return new ProviderError('unavailable', 'Tiingo refused the API key: check the key in the server settings.');
  return undefined;
}
