// Cache entries for price series: one per source and symbol, the whole history, so
// switching range or as-of date is computed locally instead of refetched.
import { queryOptions } from '@tanstack/react-query';
import { DataSourceError, type DataAdapter } from '@/adapters/data-adapter';
import type { Ticker } from '@/domain/types';
import { queryKeys } from './query-keys';

export function pricesQueryOptions(adapter: DataAdapter, symbol: Ticker) {
  return queryOptions({
    queryKey: queryKeys.prices(adapter.key, symbol),
    queryFn: async ({ signal }) => {
      const series = await adapter.getPrices({ symbols: [symbol] }, { signal });
      const found = series.find((s) => s.symbol === symbol);
      if (!found) throw new DataSourceError('unknown_symbol', `${adapter.label} has no data for ${symbol}.`);
      if (found.bars.length === 0) throw new DataSourceError('not_found', `${adapter.label} has no prices for ${symbol}.`);
      return found;
    },
    staleTime: 5 * 60_000,
  });
}
