// Cache entries for sentiment: one per source and symbol, the whole history, like prices.
import { queryOptions } from '@tanstack/react-query';
import { isDataSourceError, type DataAdapter } from '@/adapters/data-adapter';
import type { Ticker } from '@/domain/types';
import { queryKeys } from './query-keys';

export function sentimentQueryOptions(adapter: DataAdapter, symbol: Ticker) {
  return queryOptions({
    queryKey: queryKeys.sentiment(adapter.key, symbol),
    // A symbol the source has no sentiment for is an empty series, not an error: the
    // gauge then says "Not enough data".
    queryFn: async ({ signal }) => {
      const series = await adapter.getSentiment({ symbols: [symbol] }, { signal }).catch((error: unknown) => {
        if (isDataSourceError(error) && error.code === 'unknown_symbol') return [];
        throw error;
      });
      return series.find((s) => s.symbol === symbol) ?? { symbol, days: [] };
    },
    enabled: adapter.capabilities.sentiment,
    staleTime: 5 * 60_000,
  });
}
