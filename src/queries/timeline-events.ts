// The events a view shows: the source's and the person's own, merged, then cut to the
// range and the tag filter. Computed once per page (view-data.tsx) for the lists and
// every chart's overlay.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isDataSourceError } from '@/adapters/data-adapter';
import { addDays } from '@/domain/dates';
import { eventOrder, hasAnyTag, overlapsRange } from '@/domain/event-filter';
import type { IsoDate, TimelineEvent } from '@/domain/types';
import { useViewStore } from '@/stores/view-store';
import { ownEventsQueryOptions, sourceEventsQueryOptions } from './events';
import type { Staleness } from './query-outcome';
import { useSource } from './source';

export interface TimelineEvents {
  /** Source and own events, by date. */
  all: TimelineEvent[];
  /** In the range and the tag filter: what lists and overlays show. */
  visible: TimelineEvent[];
  /** After the as-of date, within AHEAD_DAYS, in the tag filter: what is coming. */
  upcoming: TimelineEvent[];
  /** The last day `upcoming` looks at; undefined without an as-of date. */
  aheadUntil?: IsoDate;
  /** Every tag that occurs, for the filter. */
  tags: string[];
  loading: boolean;
  /** The source's events failed to load; own events still show. */
  error: Error | null;
  /** The source's events still on screen whose refresh failed. */
  stale?: Staleness;
  retry: () => void;
  sourceHasEvents: boolean;
  /** Own events that could not be read back. */
  ownSkipped: number;
}

/** How far ahead of the as-of date "Coming up" and the charts look. */
export const AHEAD_DAYS = 30;

/** The range the events are cut to: from the range's start to the as-of date. */
export interface EventRange {
  from?: IsoDate;
  to?: IsoDate;
}

export function useTimelineEventsModel({ from, to }: EventRange): TimelineEvents {
  const adapter = useSource();
  const tags = useViewStore((s) => s.tags);
  const source = useQuery(sourceEventsQueryOptions(adapter));
  const own = useQuery(ownEventsQueryOptions);

  const all = useMemo(() => [...(source.data ?? []), ...(own.data?.events ?? [])].sort(eventOrder), [source.data, own.data]);
  const visible = useMemo(() => (to ? all.filter((e) => overlapsRange(e, from, to) && hasAnyTag(e, tags)) : []), [all, from, to, tags]);
  const aheadUntil = to && addDays(to, AHEAD_DAYS);
  const upcoming = useMemo(
    () => (to && aheadUntil ? all.filter((e) => e.date > to && e.date <= aheadUntil && hasAnyTag(e, tags)) : []),
    [all, to, aheadUntil, tags],
  );
  const allTags = useMemo(() => [...new Set(all.flatMap((e) => e.tags))].sort(), [all]);

  // A server without the events route (404 not_found) simply has no events.
  const routeMissing = isDataSourceError(source.error) && source.error.code === 'not_found';
  const kept = source.data !== undefined;
  const { refetch, error, dataUpdatedAt, isPending } = source;
  return useMemo(() => {
    const retry = () => void refetch();
    return {
      all,
      visible,
      upcoming,
      aheadUntil,
      tags: allTags,
      loading: (adapter.capabilities.events && isPending) || own.isPending,
      error: routeMissing || kept ? null : error,
      stale: error && kept ? { updatedAt: dataUpdatedAt, reason: error.message, retry } : undefined,
      retry,
      sourceHasEvents: adapter.capabilities.events && !routeMissing,
      ownSkipped: own.data?.skipped ?? 0,
    };
  }, [all, visible, upcoming, aheadUntil, allTags, adapter, isPending, own.isPending, own.data, routeMissing, kept, error, dataUpdatedAt, refetch]);
}
