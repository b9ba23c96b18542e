// Cache entries for events: the source's whole timeline once per source (ranges and tag
// filters are applied locally), and the person's own events from this browser.
import { queryOptions } from '@tanstack/react-query';
import type { DataAdapter } from '@/adapters/data-adapter';
import { loadOwnEvents } from '@/lib/own-events-storage';
import { queryKeys } from './query-keys';

export function sourceEventsQueryOptions(adapter: DataAdapter) {
  return queryOptions({
    queryKey: queryKeys.events(adapter.key),
    queryFn: ({ signal }) => adapter.getEvents({ symbols: [] }, { signal }),
    enabled: adapter.capabilities.events,
    staleTime: 5 * 60_000,
  });
}

export const ownEventsQueryOptions = queryOptions({
  queryKey: queryKeys.ownEvents,
  queryFn: loadOwnEvents,
  // Only this page changes them, and it invalidates them when it does.
  staleTime: Infinity,
});
