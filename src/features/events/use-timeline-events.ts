// The events a view shows: the source's and the user's own, merged, then cut to the
// range and the tag filter. The app hands the result to every time chart.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isDataSourceError, type DataAdapter } from '@/adapters/data-adapter';
import { eventOrder, hasAnyTag, overlapsRange } from '@/domain/event-filter';
import type { IsoDate, TimelineEvent } from '@/domain/types';
import { sourceEventsQueryOptions } from '@/queries/events';
import type { Staleness } from '@/ui/primitives/stale-note';
import { addOwnEvent, deleteOwnEvent, loadOwnEvents, type NewOwnEvent } from './own-events-storage';

const ownEventsQuery = queryOptions({
  queryKey: ['own-events'] as const,
  queryFn: loadOwnEvents,
  staleTime: Infinity,
});

export interface TimelineEvents {
  /** Source and own events, by date. */
  all: TimelineEvent[];
  /** In the range and the tag filter: what lists and overlays show. */
  visible: TimelineEvent[];
  /** Every tag that occurs, for the filter. */
  tags: string[];
  loading: boolean;
  /** The source's events failed to load; own events still show. */
  error: Error | null;
  /** The source's events still on screen whose refresh failed. */
  stale?: Staleness;
  retry: () => void;
  sourceHasEvents: boolean;
  ownSkipped: number;
  addOwn: (event: NewOwnEvent) => Promise<unknown>;
  deleteOwn: (id: string) => Promise<unknown>;
}

interface Window {
  from?: IsoDate;
  to?: IsoDate;
  tags: string[];
}

export function useTimelineEvents(adapter: DataAdapter, window: Window): TimelineEvents {
  const queryClient = useQueryClient();
  const source = useQuery(sourceEventsQueryOptions(adapter));
  const own = useQuery(ownEventsQuery);
  const invalidateOwn = () => queryClient.invalidateQueries({ queryKey: ownEventsQuery.queryKey });
  const add = useMutation({ mutationFn: addOwnEvent, onSuccess: invalidateOwn });
  const remove = useMutation({ mutationFn: deleteOwnEvent, onSuccess: invalidateOwn });

  const all = useMemo(
    () => [...(source.data ?? []), ...(own.data?.events ?? [])].sort(eventOrder),
    [source.data, own.data],
  );
  const { from, to, tags } = window;
  const visible = useMemo(
    () => (to ? all.filter((e) => overlapsRange(e, from, to) && hasAnyTag(e, tags)) : []),
    [all, from, to, tags],
  );
  const allTags = useMemo(() => [...new Set(all.flatMap((e) => e.tags))].sort(), [all]);

  // A server without the events route (404 not_found) simply has no events.
  const routeMissing = isDataSourceError(source.error) && source.error.code === 'not_found';
  const retry = () => void source.refetch();
  const kept = source.data !== undefined;
  return {
    all,
    visible,
    tags: allTags,
    loading: (adapter.capabilities.events && source.isPending) || own.isPending,
    error: routeMissing || kept ? null : source.error,
    stale: source.error && kept ? { updatedAt: source.dataUpdatedAt, reason: source.error.message, retry } : undefined,
    retry,
    sourceHasEvents: adapter.capabilities.events && !routeMissing,
    ownSkipped: own.data?.skipped ?? 0,
    addOwn: add.mutateAsync,
    deleteOwn: remove.mutateAsync,
  };
}
