// The `alphavantage` adapter: prices, news sentiment and news events from Alpha Vantage
// (https://www.alphavantage.co/documentation/), turned into the domain shapes of
// DEFINITIONS.md section 1.
//
// What Alpha Vantage is like, and what this file does about it:
// - Everything is GET {base}?function=...&apikey=...; the key has to be in the query.
//   It goes into the request URL and nowhere else: not into messages, cache keys or logs
//   (getJson's `secrets` blanks any echo, and every error is re-made without its cause).
// - Refusals arrive as HTTP 200 with `Note` / `Information` (rate limit, premium-only,
//   invalid key on some endpoints) or `Error Message` (bad key, unknown symbol); they are
//   turned into DataSourceErrors with a message a person can act on.
// - The free plan allows 25 requests a day, so answers are cached for 24 h (IndexedDB by
//   default), identical requests in flight are shared, and errors are never cached.
// - TIME_SERIES_DAILY is unadjusted: bars carry no adjClose, so the `total` basis falls
//   back to `close` for this source (DEFINITIONS.md section 2). `outputsize=full` is
//   premium for this function: on the premium answer the adapter falls back to `compact`
//   (the latest 100 trading days) and says so through `onNotice`.
// - Sentiment is counted from NEWS_SENTIMENT: per UTC calendar day of `time_published`,
//   an article whose ticker_sentiment entry for the symbol is Bullish/Somewhat-Bullish is
//   bullish, Bearish/Somewhat-Bearish is bearish, and every article with an entry for the
//   symbol is a message.
// - There is no cheap symbol list: getSymbols answers [] and checkHealth says so.
import { createStore, get as idbGet, set as idbSet, type UseStore } from 'idb-keyval';
import * as z from 'zod/mini';
import { addDays, byDate, fromTime, isIsoDate } from '@/domain/dates';
import { isTicker } from '@/domain/ticker';
import type { IsoDate, MarketEvent, PriceBar, PriceSeries, SentimentDay, SentimentSeries, Ticker } from '@/domain/types';
import type { DataAdapter, RangeQuery, RequestOptions } from '../data-adapter';
import { DataSourceError, isDataSourceError } from '../data-adapter';
import { getJson, resolveUrl } from '../http';
import { safeUrl } from '@/domain/url';
import { parsePayload, usablePrice } from '../schemas';
import { ALPHA_VANTAGE_BASE_URL, alphaVantageSourceKey, apiKeyTag, sha256Text } from './source-key';

/** How long a stored answer is used without asking again. */
export const ALPHA_VANTAGE_CACHE_TTL_MS = 24 * 60 * 60 * 1000;
/** `outputsize=compact` is the latest 100 trading days: about 140 calendar days. */
const COMPACT_CALENDAR_DAYS = 140;
const NEWS_LIMIT = '1000';
const LABEL = 'Alpha Vantage';
/** What the provider says is quoted, but never more than this. */
const QUOTE_MAX = 200;

// ---------------------------------------------------------------------------
// Cache

/** One stored answer: the raw JSON as Alpha Vantage sent it (already validated) and when it was fetched. */
export interface AlphaVantageCacheEntry {
  fetchedAt: number;
  body: unknown;
}

/** Where answers are kept between page loads. Keys never contain the API key. */
export interface AlphaVantageCache {
  get(key: string): Promise<AlphaVantageCacheEntry | undefined>;
  set(key: string, entry: AlphaVantageCacheEntry): Promise<void>;
}

const cacheEntry = z.object({ fetchedAt: z.number(), body: z.unknown() });

/** The default cache: an IndexedDB store of its own, opened on first use. */
export function createIdbCache(): AlphaVantageCache {
  let store: UseStore | undefined;
  const db = () => (store ??= createStore('tradewinds-av-cache', 'responses'));
  return {
    async get(key) {
      const parsed = cacheEntry.safeParse(await idbGet(key, db()));
      return parsed.success ? { fetchedAt: parsed.data.fetchedAt, body: parsed.data.body } : undefined;
    },
    async set(key, entry) {
      await idbSet(key, entry, db());
    },
  };
}

/** An in-memory cache (tests, or a browser without IndexedDB). */
export function createMemoryCache(): AlphaVantageCache & { readonly entries: Map<string, AlphaVantageCacheEntry> } {
  const entries = new Map<string, AlphaVantageCacheEntry>();
  return {
    entries,
    get: async (key) => entries.get(key),
    set: async (key, entry) => {
      entries.set(key, entry);
    },
  };
}

// ---------------------------------------------------------------------------
// Payload schemas (the recorded JSON formats: numbers arrive as strings)

const decimalText = z.string().check(z.trim(), z.regex(/^-?\d+(\.\d+)?$/, 'expected a number written as text'));
const numberText = (check: z.core.$ZodCheck<number>) => z.pipe(decimalText, z.pipe(z.transform(Number), z.number().check(check)));
const priceText = numberText(usablePrice);
const nonNegativeText = numberText(z.nonnegative());
const isoDateKey = z.string().check(z.refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' }));

const dailyBar = z.object({
  '1. open': nonNegativeText,
  '2. high': nonNegativeText,
  '3. low': nonNegativeText,
  '4. close': priceText,
  '5. volume': nonNegativeText,
});

const timeSeriesDaily = z.object({
  'Meta Data': z.object({ '2. Symbol': z.string() }),
  'Time Series (Daily)': z.record(isoDateKey, dailyBar),
});

const PUBLISHED = /^(\d{4})(\d{2})(\d{2})T\d{4}(\d{2})?$/;
const published = z
  .string()
  .check(
    z.regex(PUBLISHED, 'expected a time as YYYYMMDDTHHMMSS'),
    z.refine((t) => isIsoDate(publishedDate(t)), { message: 'expected a real calendar date' }),
  );

const newsArticle = z.object({
  title: z.string().check(z.minLength(1)),
  url: z.string(),
  time_published: published,
  summary: z.nullish(z.string()),
  source: z.nullish(z.string()),
  ticker_sentiment: z._default(z.array(z.object({ ticker: z.string(), ticker_sentiment_label: z.string() })), []),
});

const newsSentiment = z.object({ feed: z.array(newsArticle) });

const globalQuote = z.object({ 'Global Quote': z.record(z.string(), z.string()) });

type NewsArticle = z.output<typeof newsArticle>;

// ---------------------------------------------------------------------------
// Adapter

export interface AlphaVantageAdapterConfig {
  apiKey: string;
  baseUrl?: string;
  timeoutMs?: number;
  /** Defaults to the IndexedDB cache. */
  cache?: AlphaVantageCache;
  /** The clock, for cache ages and "is compact enough"; defaults to Date.now. */
  now?: () => number;
  /** Hears what the user should know but is not an error (e.g. the compact fallback). */
  onNotice?: (message: string) => void;
}

type AvFunction = 'TIME_SERIES_DAILY' | 'NEWS_SENTIMENT' | 'GLOBAL_QUOTE';

interface Call {
  fn: AvFunction;
  params: Record<string, string>;
  /** The symbol this call is about, for unknown-symbol messages. */
  symbol?: Ticker;
  /** The field a successful answer has; Note/Information next to it is not a refusal. */
  dataKey: string;
}

/** A refusal because the key's plan lacks a function or a parameter value. */
class PremiumRequiredError extends DataSourceError {}

export function createAlphaVantageAdapter(config: AlphaVantageAdapterConfig): DataAdapter {
  const { apiKey, timeoutMs, onNotice } = config;
  const base = (config.baseUrl ?? ALPHA_VANTAGE_BASE_URL).replace(/\/+$/, '');
  const cache = config.cache ?? createIdbCache();
  const now = config.now ?? Date.now;
  const keyTag = apiKeyTag(apiKey);
  const inflight = new Map<string, Promise<unknown>>();
  let fullIsPremium = false;

  const redact = (text: string) => (apiKey ? text.split(apiKey).join('[redacted]') : text);
  const quoteProvider = (text: string) => {
    const clean = redact(text).replace(/\s+/g, ' ').trim();
    return `Alpha Vantage said: "${clean.length > QUOTE_MAX ? `${clean.slice(0, QUOTE_MAX)}…` : clean}"`;
  };

  /** A DataSourceError from below, re-made without its cause and with the key blanked. */
  function scrub(error: unknown): unknown {
    if (!isDataSourceError(error)) return error;
    const init = { status: error.status, retryAfter: error.retryAfter };
    return error instanceof PremiumRequiredError
      ? new PremiumRequiredError(error.code, redact(error.message), init)
      : new DataSourceError(error.code, redact(error.message), init);
  }

  function cacheKey(call: Call): string {
    const params = Object.entries(call.params)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    return `${call.fn}|${params}|key=${keyTag}`;
  }

  /** Turns a 200 answer that is a refusal into the error it stands for. */
  function refusal(body: unknown, call: Call): DataSourceError | undefined {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
    const record = body as Record<string, unknown>;
    if (call.dataKey in record) return undefined;
    const errorMessage = typeof record['Error Message'] === 'string' ? record['Error Message'] : undefined;
    const note = [record.Note, record.Information].find((v): v is string => typeof v === 'string');

    if (errorMessage !== undefined) {
      if (/api ?key/i.test(errorMessage)) return keyRejected(errorMessage);
      if (/invalid api call/i.test(errorMessage) && call.symbol) {
        return new DataSourceError('unknown_symbol', `Alpha Vantage does not know the symbol ${call.symbol}. ${quoteProvider(errorMessage)}`);
      }
      return new DataSourceError('bad_request', `Alpha Vantage refused the ${call.fn} request. ${quoteProvider(errorMessage)}`);
    }
    if (note !== undefined) {
      if (/rate limit|requests? per (day|minute)|calls? per (day|minute)|call frequency|call volume/i.test(note)) {
        const perDay = /per day|daily/i.test(note) || !/per minute/i.test(note);
        const advice = perDay
          ? 'Alpha Vantage: the free plan allows 25 requests a day; wait or use a premium key.'
          : 'Alpha Vantage: too many requests in a short time for this key; wait a minute and try again.';
        // A minute or a day: longer than the app waits by itself, so no request is spent on retries.
        return new DataSourceError('rate_limited', `${advice} ${quoteProvider(note)}`, { retryAfter: perDay ? 86_400 : 60 });
      }
      if (/api ?key/i.test(note) && /invalid|missing/i.test(note)) return keyRejected(note);
      if (/premium/i.test(note)) {
        const what = /outputsize=full/i.test(note)
          ? `Full price history (${call.fn} with outputsize=full)`
          : `The ${call.fn} function`;
        return new PremiumRequiredError('unauthorized', `Alpha Vantage: ${what} needs a premium plan. ${quoteProvider(note)}`);
      }
      if (/invalid inputs/i.test(note) && call.symbol) {
        return new DataSourceError('unknown_symbol', `Alpha Vantage has no news for the symbol ${call.symbol}. ${quoteProvider(note)}`);
      }
      return new DataSourceError('bad_request', `Alpha Vantage sent no data for ${call.fn}. ${quoteProvider(note)}`);
    }
    return undefined;
  }

  function keyRejected(text: string): DataSourceError {
    return new DataSourceError('unauthorized', `Alpha Vantage rejected the API key: check it in Source settings. ${quoteProvider(text)}`);
  }

  function describe(call: Call): string {
    return `${LABEL} ${call.fn}${call.symbol ? ` ${call.symbol}` : ''}`;
  }

  /** One request, refusals and malformed answers turned into errors; the raw JSON back. */
  async function request(call: Call, signal?: AbortSignal): Promise<unknown> {
    if (!apiKey.trim()) throw new DataSourceError('unauthorized', 'Alpha Vantage needs an API key: add one in Source settings.');
    const url = resolveUrl(base);
    for (const [name, value] of Object.entries(call.params)) url.searchParams.set(name, value);
    url.searchParams.set('apikey', apiKey);
    try {
      const body = await getJson(url, { signal, timeoutMs, sourceLabel: LABEL, secrets: [apiKey] });
      const refused = refusal(body, call);
      if (refused) throw refused;
      return body;
    } catch (error) {
      throw scrub(error);
    }
  }

  /** Cached answer if younger than 24 h, else one (shared) request whose valid answer is stored. */
  async function load<S extends z.ZodMiniType>(call: Call, schema: S, o?: RequestOptions): Promise<z.output<S>> {
    const key = cacheKey(call);
    const where = describe(call);
    const cached = await readCache(key);
    if (cached) {
      const parsed = schema.safeParse(cached.body);
      if (parsed.success) return parsed.data;
    }
    let pending = inflight.get(key);
    if (!pending) {
      pending = (async () => {
        const body = await request(call);
        try {
          parsePayload(schema, body, where);
        } catch (error) {
          throw scrub(error);
        }
        await writeCache(key, { fetchedAt: now(), body });
        return body;
      })().finally(() => inflight.delete(key));
      inflight.set(key, pending);
    }
    // The request is shared, so it runs on without this caller's signal; the caller
    // still gets its own abort at once, and the answer lands in the cache for later.
    const body = await raceAbort(pending, o?.signal);
    return parsePayload(schema, body, where);
  }

  async function readCache(key: string): Promise<AlphaVantageCacheEntry | undefined> {
    try {
      const entry = await cache.get(key);
      if (!entry) return undefined;
      const age = now() - entry.fetchedAt;
      return age >= 0 && age < ALPHA_VANTAGE_CACHE_TTL_MS ? entry : undefined;
    } catch {
      return undefined; // No IndexedDB (private mode, old browser): just ask the source.
    }
  }

  async function writeCache(key: string, entry: AlphaVantageCacheEntry): Promise<void> {
    try {
      await cache.set(key, entry);
    } catch {
      // A full or missing store costs a request next time, nothing more.
    }
  }

  const dailyCall = (symbol: Ticker, outputsize: 'compact' | 'full'): Call => ({
    fn: 'TIME_SERIES_DAILY',
    params: { function: 'TIME_SERIES_DAILY', symbol, outputsize },
    symbol,
    dataKey: 'Time Series (Daily)',
  });

  const newsCall = (scope: { symbol: Ticker } | { topics: string }, from: IsoDate | undefined): Call => {
    const params: Record<string, string> = { function: 'NEWS_SENTIMENT' };
    if ('symbol' in scope) params.tickers = scope.symbol;
    else params.topics = scope.topics;
    if (from) params.time_from = `${from.replaceAll('-', '')}T0000`;
    params.limit = NEWS_LIMIT;
    return { fn: 'NEWS_SENTIMENT', params, symbol: 'symbol' in scope ? scope.symbol : undefined, dataKey: 'feed' };
  };

  /** compact covers the latest ~100 trading days; anything older needs full. */
  function needsFullHistory(from: IsoDate | undefined): boolean {
    if (from === undefined) return true;
    return from < addDays(fromTime(now()), -COMPACT_CALENDAR_DAYS);
  }

  async function dailySeries(symbol: Ticker, q: RangeQuery, o?: RequestOptions): Promise<PriceSeries> {
    let body: z.output<typeof timeSeriesDaily>;
    if (needsFullHistory(q.from) && !fullIsPremium) {
      try {
        body = await load(dailyCall(symbol, 'full'), timeSeriesDaily, o);
      } catch (error) {
        if (!(error instanceof PremiumRequiredError)) throw error;
        fullIsPremium = true;
        onNotice?.(
          'Alpha Vantage: full price history (outputsize=full) needs a premium plan; showing the latest 100 trading days (outputsize=compact) instead.',
        );
        body = await load(dailyCall(symbol, 'compact'), timeSeriesDaily, o);
      }
    } else {
      body = await load(dailyCall(symbol, 'compact'), timeSeriesDaily, o);
    }
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

  async function newsFeed(scope: { symbol: Ticker } | { topics: string }, q: RangeQuery, o?: RequestOptions): Promise<NewsArticle[]> {
    const body = await load(newsCall(scope, q.from), newsSentiment, o);
    // The same article can be listed twice; it is one message and one event.
    const seen = new Set<string>();
    return body.feed.filter((a) => {
      const id = `${a.url}|${a.time_published}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return inRange(publishedDate(a.time_published), q);
    });
  }

  /** Runs `each` per symbol; symbols the source does not know are left out, as the contract says, unless all are unknown. */
  async function perSymbol<T>(symbols: Ticker[], each: (symbol: Ticker) => Promise<T>): Promise<T[]> {
    const results: T[] = [];
    const unknown: DataSourceError[] = [];
    for (const symbol of symbols) {
      try {
        results.push(await each(symbol));
      } catch (error) {
        if (isDataSourceError(error) && error.code === 'unknown_symbol') unknown.push(error);
        else throw error;
      }
    }
    if (results.length === 0 && unknown.length > 0) {
      throw unknown.length === 1
        ? unknown[0]!
        : new DataSourceError('unknown_symbol', `Alpha Vantage knows none of ${symbols.join(', ')}.`);
    }
    return results;
  }

  const adapter: DataAdapter = {
    id: 'alphavantage',
    key: alphaVantageSourceKey(apiKey, base),
    label: LABEL,
    capabilities: { prices: true, sentiment: true, events: true },

    async getPrices(q, o) {
      return perSymbol(checkSymbols(q.symbols), (symbol) => dailySeries(symbol, q, o));
    },

    async getSentiment(q, o) {
      return perSymbol(checkSymbols(q.symbols), async (symbol): Promise<SentimentSeries> => {
        const days = new Map<IsoDate, SentimentDay>();
        for (const article of await newsFeed({ symbol }, q, o)) {
          const entry = article.ticker_sentiment.find((t) => t.ticker.toUpperCase() === symbol);
          if (!entry) continue;
          const date = publishedDate(article.time_published);
          const day = days.get(date) ?? { date, bullish: 0, bearish: 0, messages: 0 };
          day.messages += 1;
          const label = sentimentLabel(entry.ticker_sentiment_label);
          if (label === 'bullish') day.bullish += 1;
          if (label === 'bearish') day.bearish += 1;
          days.set(date, day);
        }
        return { symbol, days: [...days.values()].sort(byDate) };
      });
    },

    async getEvents(q, o) {
      const symbols = checkSymbols(q.symbols);
      const feeds =
        symbols.length === 0
          ? [await newsFeed({ topics: 'economy_macro' }, q, o)]
          : await perSymbol(symbols, (symbol) => newsFeed({ symbol }, q, o));
      const events = new Map<string, { event: MarketEvent; time: string }>();
      for (const article of feeds.flat()) {
        const id = `av-${sha256Text(`${article.url}|${article.time_published}`).slice(0, 20)}`;
        if (events.has(id)) continue;
        const mentioned = new Set(article.ticker_sentiment.map((t) => t.ticker.toUpperCase()));
        const event: MarketEvent = {
          id,
          date: publishedDate(article.time_published),
          title: cap(article.title, 300),
          tags: ['news'],
        };
        if (article.summary) event.summary = cap(article.summary, 2000);
        if (article.source) event.source = cap(article.source, 200);
        if (safeUrl(article.url)) event.url = article.url;
        const about = symbols.filter((s) => mentioned.has(s));
        if (about.length > 0) event.symbols = about;
        events.set(id, { event, time: article.time_published });
      }
      return [...events.values()]
        .sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : a.event.id < b.event.id ? -1 : 1))
        .map((e) => e.event);
    },

    async getSymbols() {
      return [];
    },

    async checkHealth() {
      try {
        const call: Call = {
          fn: 'GLOBAL_QUOTE',
          params: { function: 'GLOBAL_QUOTE', symbol: 'SPY' },
          symbol: 'SPY',
          dataKey: 'Global Quote',
        };
        const body = parsePayload(globalQuote, await request(call), describe(call));
        const quote = body['Global Quote'];
        const price = quote['05. price'];
        const day = quote['07. latest trading day'];
        const seen = price && day ? ` (SPY ${Number(price)} on ${day})` : '';
        return {
          ok: true,
          message: `Alpha Vantage accepted the key${seen}. It offers no symbol list: type the tickers you want.`,
        };
      } catch (error) {
        const scrubbed = scrub(error);
        return { ok: false, message: isDataSourceError(scrubbed) ? scrubbed.message : 'Alpha Vantage could not be checked.' };
      }
    },
  };
  return adapter;
}

// ---------------------------------------------------------------------------
// Helpers

function checkSymbols(symbols: Ticker[]): Ticker[] {
  for (const symbol of symbols) {
    if (!isTicker(symbol)) {
      throw new DataSourceError('bad_request', `"${symbol.slice(0, 12)}" is not a ticker: use A-Z 0-9 . - ^, at most 10.`);
    }
  }
  return [...new Set(symbols)];
}

/** 'YYYYMMDDTHHMM[SS]' -> 'YYYY-MM-DD', read as UTC. */
function publishedDate(time: string): IsoDate {
  return `${time.slice(0, 4)}-${time.slice(4, 6)}-${time.slice(6, 8)}`;
}

function inRange(date: IsoDate, q: RangeQuery): boolean {
  return (q.from === undefined || date >= q.from) && (q.to === undefined || date <= q.to);
}

/** Alpha Vantage writes both Somewhat-Bullish and Somewhat_Bullish. */
function sentimentLabel(label: string): 'bullish' | 'bearish' | 'neutral' {
  const normal = label.trim().toLowerCase().replace(/[_\s]+/g, '-');
  if (normal === 'bullish' || normal === 'somewhat-bullish') return 'bullish';
  if (normal === 'bearish' || normal === 'somewhat-bearish') return 'bearish';
  return 'neutral';
}

function cap(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason as unknown);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as unknown);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error as Error);
      },
    );
  });
}
