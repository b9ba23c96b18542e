// Which cache entries hold a source's data (prices, sentiment, events: the entries built
// in this folder), for refreshing them. Only entries a panel shows now count.
import type { QueryFilters } from '@tanstack/react-query';
import type { DataAdapter } from '@/adapters/data-adapter';

const DATA_KINDS: readonly unknown[] = ['prices', 'sentiment', 'events'];

export function sourceDataFilters(adapter: Pick<DataAdapter, 'key'>): QueryFilters {
  return { type: 'active', predicate: ({ queryKey }) => DATA_KINDS.includes(queryKey[0]) && queryKey[1] === adapter.key };
}
