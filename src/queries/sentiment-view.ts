// Sentiment of the chosen symbols from the active source, indexed once per loaded series
// so every gauge, timeline row and correlation is a few lookups. Computed once per page
// (view-data.tsx).
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isDataSourceError } from '@/adapters/data-adapter';
import { indexSentiment, type SentimentIndex } from '@/domain/sentiment';
import type { SentimentSeries, Ticker } from '@/domain/types';
import { useViewStore } from '@/stores/view-store';
import { combineEntries, queryOutcome, type QueryOutcome } from './query-outcome';
import { sentimentQueryOptions } from './sentiment';
import { useSource } from './source';

export interface SentimentView extends QueryOutcome {
  /** False when the source has no sentiment at all: the panel says so calmly. */
  available: boolean;
  indexes: ReadonlyMap<Ticker, SentimentIndex>;
}

export function useSentimentViewModel(): SentimentView {
  const adapter = useSource();
  const symbols = useViewStore((s) => s.symbols);
  const entries = useQueries({ queries: symbols.map((symbol) => sentimentQueryOptions(adapter, symbol)), combine: combineEntries<SentimentSeries> });
  // `entries` keeps its identity while no data changed (react-query shares the combined result).
  const indexes = useMemo(() => new Map(entries.flatMap((e) => (e.data ? [[e.data.symbol, indexSentiment(e.data)] as const] : []))), [entries]);
  return useMemo(() => {
    // A server without the sentiment route (404 not_found) simply has no sentiment.
    const routeMissing = entries.some((e) => isDataSourceError(e.error) && e.error.code === 'not_found') && entries.every((e) => !e.data);
    const outcome = queryOutcome(symbols, entries);
    return {
      available: adapter.capabilities.sentiment && !routeMissing,
      indexes,
      ...outcome,
      loading: adapter.capabilities.sentiment && outcome.loading,
      failures: routeMissing ? [] : outcome.failures,
    };
  }, [adapter, symbols, entries, indexes]);
}
