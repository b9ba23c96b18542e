// Cache entry for a source's symbol list (GET /symbols in the REST contract): what Add
// symbol suggests and checks a typed ticker against, once per source.
import { queryOptions } from '@tanstack/react-query';
import type { DataAdapter } from '@/adapters/data-adapter';
import { queryKeys } from './query-keys';

export function symbolsQueryOptions(adapter: DataAdapter) {
  return queryOptions({
    queryKey: queryKeys.symbols(adapter.key),
    queryFn: ({ signal }) => adapter.getSymbols({ signal }),
    // A source's list of symbols changes rarely; an import invalidates the files source's
    // entries (queryFilters.allOf), so its list follows what was imported.
    staleTime: 60 * 60_000,
  });
}
