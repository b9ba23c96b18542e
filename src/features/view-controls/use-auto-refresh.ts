// Refreshing a live source's data: every few minutes while the page is seen, or now.
// One timer refetches every entry a panel shows (prices, sentiment, events) together,
// so the panels move as one. While the tab is hidden it skips the refresh that falls
// due and makes it up as soon as the tab is seen again (react-query's focusManager
// follows the page's visibility).
import { focusManager, useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { DataAdapter } from '@/adapters/data-adapter';
import { queryFilters } from '@/queries/query-keys';

export interface AutoRefresh {
  /** Refetches now and starts the interval over; resolves when every entry has answered, true if all succeeded. */
  refreshNow: () => Promise<boolean>;
  refreshing: boolean;
  /** When the oldest data on screen was loaded (epoch ms); undefined before any has. */
  updatedAt?: number;
}

export function useAutoRefresh(adapter: DataAdapter, minutes: number): AutoRefresh {
  const client = useQueryClient();
  const filters = useMemo(() => queryFilters.shownData(adapter.key), [adapter]);
  // Bumped by "Refresh now": the interval then counts from that refresh.
  const [started, setStarted] = useState(0);

  // A refresh already under way (a slow source, its retries) is left to finish, not started over.
  const refetch = useCallback(() => client.refetchQueries(filters, { cancelRefetch: false }), [client, filters]);

  useEffect(() => {
    if (minutes <= 0) return;
    const every = minutes * 60_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let missed = false;
    const tick = () => {
      if (!focusManager.isFocused()) {
        missed = true;
        return;
      }
      void refetch();
      timer = setTimeout(tick, every);
    };
    timer = setTimeout(tick, every);
    const unsubscribe = focusManager.subscribe((focused) => {
      if (focused && missed) {
        missed = false;
        tick();
      }
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [minutes, refetch, started]);

  const subscribe = useCallback((onChange: () => void) => client.getQueryCache().subscribe(onChange), [client]);
  const updatedAt = useSyncExternalStore(subscribe, () => oldestUpdate(client.getQueryCache().findAll(filters)));

  return {
    refreshNow: async () => {
      setStarted((n) => n + 1);
      await refetch();
      return client.getQueryCache().findAll(filters).every((q) => q.state.status !== 'error');
    },
    refreshing: useIsFetching(filters) > 0,
    updatedAt,
  };
}

function oldestUpdate(queries: readonly { state: { dataUpdatedAt: number } }[]): number | undefined {
  const times = queries.map((q) => q.state.dataUpdatedAt).filter((t) => t > 0);
  return times.length > 0 ? Math.min(...times) : undefined;
}
