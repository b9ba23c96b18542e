// The `alphavantage` adapter: prices, news sentiment and news events from Alpha Vantage
// (https://www.alphavantage.co/documentation/), turned into the domain shapes of
// docs/definitions.md#types. Lazy-loaded: the registry names the source through the
// small ./source-key before this module and its parts are fetched.
//
// The parts, one job each:
// - calls.ts / client.ts: the calls, sent with the key in the URL only, cached for a
//   day (the free plan allows 25 requests a day) and shared while in flight;
// - refusals.ts: Alpha Vantage's HTTP-200 refusals (rate limit, premium, bad key or
//   symbol) as DataSourceErrors a person can act on;
// - wire-formats.ts: the answers' schemas; answer-cache.ts: where answers are kept;
// - prices.ts, news.ts: answers -> PriceSeries, SentimentSeries and MarketEvents.
// There is no cheap symbol list: getSymbols answers [] and checkHealth says so.
import type { DataAdapter } from '../data-adapter';
import { createIdbCache, type AlphaVantageCache } from './answer-cache';
import { ALPHA_VANTAGE_LABEL } from './calls';
import { createAlphaVantageClient } from './client';
import { checkAlphaVantageHealth } from './health';
import { readNewsFeed, toMarketEvents, toSentimentSeries } from './news';
import { createDailyPrices } from './prices';
import { checkSymbols, perSymbol } from './range-query';
import { ALPHA_VANTAGE_BASE_URL, alphaVantageSourceKey } from './source-key';

// Whoever creates the adapter may choose its cache (tests pass a memory one), so the cache is offered here too.
export {
  ALPHA_VANTAGE_CACHE_TTL_MS,
  createIdbCache,
  createMemoryCache,
  type AlphaVantageCache,
  type AlphaVantageCacheEntry,
} from './answer-cache';

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

export function createAlphaVantageAdapter(config: AlphaVantageAdapterConfig): DataAdapter {
  const { apiKey, timeoutMs, onNotice } = config;
  const base = (config.baseUrl ?? ALPHA_VANTAGE_BASE_URL).replace(/\/+$/, '');
  const now = config.now ?? Date.now;
  const client = createAlphaVantageClient({ apiKey, base, timeoutMs, cache: config.cache ?? createIdbCache(), now });
  const dailyPrices = createDailyPrices(client, now, onNotice);

  return {
    id: 'alphavantage',
    key: alphaVantageSourceKey(apiKey, base),
    label: ALPHA_VANTAGE_LABEL,
    capabilities: { prices: true, sentiment: true, events: true },

    async getPrices(q, o) {
      return perSymbol(checkSymbols(q.symbols), (symbol) => dailyPrices(symbol, q, o));
    },

    async getSentiment(q, o) {
      return perSymbol(checkSymbols(q.symbols), async (symbol) => toSentimentSeries(symbol, await readNewsFeed(client, { symbol }, q, o)));
    },

    async getEvents(q, o) {
      const symbols = checkSymbols(q.symbols);
      // No symbols asked for: the economy-wide news (topic economy_macro) stands in.
      const feeds =
        symbols.length === 0
          ? [await readNewsFeed(client, { topics: 'economy_macro' }, q, o)]
          : await perSymbol(symbols, (symbol) => readNewsFeed(client, { symbol }, q, o));
      return toMarketEvents(feeds.flat(), symbols);
    },

    async getSymbols() {
      return [];
    },

    checkHealth: () => checkAlphaVantageHealth(client),
  };
}
