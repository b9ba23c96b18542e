// What a page loads first, started before the first render (main.tsx): on the demo, the
// view's data, whose requests then run while React renders the page rather than after its
// first commit, when the page's own queries would start them. They are the page's queries
// (the same options), so the page takes over the requests on their way, and what they
// answer or how they fail is its own. Resolves once they and the charts' code are in.
import type { QueryClient } from '@tanstack/react-query';
import type { DataAdapter } from '@/adapters/data-adapter';
import { demoAdapter, demoSource } from '@/adapters/demo/source';
import { ownEventsQueryOptions, sourceEventsQueryOptions } from '@/queries/events';
import { pricesQueryOptions } from '@/queries/prices';
import { sentimentQueryOptions } from '@/queries/sentiment';
import { useViewStore } from '@/stores/view-store';
import { loadChartCode } from '@/ui/chart/chart-code';

export function startFirstView(client: QueryClient): Promise<unknown> {
  // Only the demo's data: its adapter is one fixed object, where a real source's is built
  // by the page with its callbacks (a notice it sends while fetching).
  const data = useViewStore.getState().source === demoSource.id ? prefetchView(client, demoAdapter) : undefined;
  return Promise.allSettled([loadChartCode(), data]);
}

function prefetchView(client: QueryClient, adapter: DataAdapter): Promise<unknown> {
  const { symbols, benchmark } = useViewStore.getState();
  // In the order the page asks (queries/view-data.tsx): prices first, the benchmark's among them.
  const requests = [...new Set([...symbols, benchmark])].map((symbol) => client.prefetchQuery(pricesQueryOptions(adapter, symbol)));
  if (adapter.capabilities.events) requests.push(client.prefetchQuery(sourceEventsQueryOptions(adapter)));
  requests.push(client.prefetchQuery(ownEventsQueryOptions));
  if (adapter.capabilities.sentiment) requests.push(...symbols.map((symbol) => client.prefetchQuery(sentimentQueryOptions(adapter, symbol))));
  return Promise.allSettled(requests);
}
