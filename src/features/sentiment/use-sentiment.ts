// Sentiment of the chosen symbols, indexed once per loaded series so every gauge,
// timeline row and correlation is a few lookups.
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isDataSourceError, type DataAdapter } from '@/adapters/data-adapter';
import { indexSentiment, type SentimentIndex } from '@/domain/sentiment';
import type { SentimentSeries, Ticker } from '@/domain/types';
import { sentimentQueryOptions } from '@/queries/sentiment';
import { combineStaleness, type Staleness } from '@/ui/primitives/stale-note';

export interface SentimentModel {
  available: boolean;
  loading: boolean;
  indexes: ReadonlyMap<Ticker, SentimentIndex>;
  /** Symbols whose first load failed. */
  failures: { symbol: Ticker; error: Error; retry: () => void }[];
  /** Sentiment still on screen whose refresh failed. */
  stale?: Staleness;
}

export function useSentiment(adapter: DataAdapter, symbols: Ticker[]): SentimentModel {
  const { series, errors, pending, updatedAt, refetch } = useQueries({
    queries: symbols.map((symbol) => sentimentQueryOptions(adapter, symbol)),
    combine: combineResults,
  });
  // `series` keeps its identity while no data changed (react-query shares the combined result).
  const indexes = useMemo(
    () => new Map(series.flatMap((s) => (s ? [[s.symbol, indexSentiment(s)] as const] : []))),
    [series],
  );
  // A server without the sentiment route (404 not_found) simply has no sentiment.
  const routeMissing = errors.some((e) => isDataSourceError(e) && e.code === 'not_found') && series.every((s) => !s);
  return {
    available: adapter.capabilities.sentiment && !routeMissing,
    loading: adapter.capabilities.sentiment && pending.some(Boolean),
    indexes,
    failures: routeMissing ? [] : symbols.flatMap((symbol, i) => {
      const error = errors[i];
      return error && !series[i] ? [{ symbol, error, retry: () => void refetch[i]!() }] : [];
    }),
    stale: combineStaleness(
      symbols.flatMap((_, i) => {
        const error = errors[i];
        return error && series[i] ? [{ updatedAt: updatedAt[i]!, error, retry: () => void refetch[i]!() }] : [];
      }),
    ),
  };
}

function combineResults(results: UseQueryResult<SentimentSeries>[]) {
  return {
    series: results.map((r) => r.data),
    errors: results.map((r) => r.error),
    pending: results.map((r) => r.isPending),
    updatedAt: results.map((r) => r.dataUpdatedAt),
    refetch: results.map((r) => r.refetch),
  };
}
