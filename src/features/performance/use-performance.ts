// Prices of the chosen symbols (and the benchmark), turned into per-symbol
// performance over the view's range. Shared by the Performance and Returns panels,
// which see the same cache entries and the same memoised numbers.
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DataAdapter } from '@/adapters/data-adapter';
import { rangeStart } from '@/domain/range';
import { asOfDate, seriesPerformance, type SeriesPerformance } from '@/domain/returns';
import type { IsoDate, PriceSeries, Ticker } from '@/domain/types';
import { pricesQueryOptions } from '@/queries/prices';
import type { ViewState } from '@/stores/url-state';
import { combineStaleness, type Staleness } from '@/ui/primitives/stale-note';

export interface SymbolFailure {
  symbol: Ticker;
  error: Error;
  retry: () => void;
}

export interface PerformanceModel {
  loading: boolean;
  /** In the order the user chose; symbols without data in the window are absent. */
  performances: SeriesPerformance[];
  /** Symbols shown without data: their first load failed. */
  failures: SymbolFailure[];
  /** Prices still on screen whose refresh failed (the benchmark's included). */
  stale?: Staleness;
  seriesBySymbol: ReadonlyMap<Ticker, PriceSeries>;
  /** The as-of date the figures are computed at (a trading day). */
  asOfDate?: IsoDate;
  /** The nominal range start (e.g. 2024-12-31 for YTD); undefined for MAX. */
  start?: IsoDate;
  retryAll: () => void;
}

type View = Pick<ViewState, 'symbols' | 'range' | 'from' | 'to' | 'basis' | 'benchmark'>;

export function usePerformance(adapter: DataAdapter, view: View): PerformanceModel {
  const wanted = useMemo(
    () => (view.symbols.includes(view.benchmark) ? view.symbols : [...view.symbols, view.benchmark]),
    [view.symbols, view.benchmark],
  );

  const { series, errors, pending, updatedAt, refetch } = useQueries({
    queries: wanted.map((symbol) => pricesQueryOptions(adapter, symbol)),
    combine: combineResults,
  });

  // `series` keeps its identity while no data changed (react-query shares the combined result).
  const seriesBySymbol = useMemo(() => new Map(series.flatMap((s) => (s ? [[s.symbol, s] as const] : []))), [series]);

  const { symbols, range, from, to, basis } = view;
  const derived = useMemo(() => {
    const shown = symbols.flatMap((s) => seriesBySymbol.get(s) ?? []);
    const asOf = asOfDate(shown, to);
    if (!asOf) return { performances: [], start: undefined, asOfDate: undefined };
    const start = rangeStart(range, asOf, from);
    const performances = shown.flatMap((s) => seriesPerformance(s, { start, to: asOf, basis }) ?? []);
    return { performances, start, asOfDate: asOf };
  }, [seriesBySymbol, symbols, range, from, to, basis]);

  const shownIndexes = wanted.flatMap((symbol, i) => (symbols.includes(symbol) ? [i] : []));
  const retry = (i: number) => () => void refetch[i]!();
  const failures = shownIndexes.flatMap((i) => {
    const error = errors[i];
    return error && !series[i] ? [{ symbol: wanted[i]!, error, retry: retry(i) }] : [];
  });
  const stale = combineStaleness(
    wanted.flatMap((_, i) => {
      const error = errors[i];
      return error && series[i] ? [{ updatedAt: updatedAt[i]!, error, retry: retry(i) }] : [];
    }),
  );

  return {
    loading: shownIndexes.some((i) => pending[i]),
    ...derived,
    failures,
    stale,
    seriesBySymbol,
    retryAll: () => failures.forEach((f) => f.retry()),
  };
}

function combineResults(results: UseQueryResult<PriceSeries>[]) {
  return {
    series: results.map((r) => r.data),
    errors: results.map((r) => r.error),
    pending: results.map((r) => r.isPending),
    updatedAt: results.map((r) => r.dataUpdatedAt),
    refetch: results.map((r) => r.refetch),
  };
}
