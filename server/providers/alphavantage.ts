// Alpha Vantage's daily prices for the server, through the dashboard's own Alpha Vantage
// adapter (src/adapters/alphavantage), with a key from the environment that never reaches
// a browser; its answers are kept in memory for a day, as the free plan's 25 a day require.
import { isDataSourceError } from '../../src/adapters/data-adapter';
import { createAlphaVantageAdapter, createMemoryCache } from '../../src/adapters/alphavantage/alphavantage-adapter';
import { ProviderError, type PriceProvider, type ProviderErrorKind } from './provider';

export function createAlphaVantageProvider({ apiKey, baseUrl }: { apiKey: string; baseUrl?: string }): PriceProvider {
  const adapter = createAlphaVantageAdapter({ apiKey, baseUrl, cache: createMemoryCache() });
  return {
    name: 'alphavantage',
    async fetchDaily(symbol, from, to, options) {
      try {
        const [series] = await adapter.getPrices({ symbols: [symbol], from, to }, { signal: options?.signal });
        return series?.bars ?? [];
      } catch (error) {
        // The adapter's messages are written for a person and never hold the key.
        if (!isDataSourceError(error)) throw error;
        const kind: ProviderErrorKind =
          error.code === 'unknown_symbol' ? 'unknown_symbol' : error.code === 'rate_limited' ? 'rate_limited' : error.code === 'invalid_payload' ? 'invalid_answer' : 'unavailable';
        throw new ProviderError(kind, error.message, error.retryAfter);
      }
    },
  };
}
