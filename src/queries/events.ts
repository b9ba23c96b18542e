// Cache entries for events: the source's whole timeline once per source (ranges and
// tag filters are applied locally), and the user's own events from the browser.
import { queryOptions } from '@tanstack/react-query';
import type { DataAdapter } from '@/adapters/data-adapter';

export function sourceEventsQueryOptions(adapter: DataAdapter) {
  return queryOptions({
    queryKey: ['events', adapter.key, {}] as const,
    queryFn: ({ signal }) => adapter.getEvents({ symbols: [] }, { signal }),
    enabled: adapter.capabilities.events,
    staleTime: 5 * 60_000,
  });
}
