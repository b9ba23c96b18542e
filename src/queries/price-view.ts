// The view's prices: each chosen symbol's history (and the benchmark's) from the active
// source, the range resolved against it (as-of date, start) and each symbol's performance
// over it. Computed once per page (view-data.tsx provides it) and read by every panel.
import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { rangeStart } from '@/domain/range';
import { asOfDate, seriesPerformance, type SeriesPerformance } from '@/domain/returns';
import type { IsoDate, PriceSeries, Ticker } from '@/domain/types';
import { useViewStore } from '@/stores/view-store';
import { pricesQueryOptions } from './prices';
import { combineEntries, queryOutcome, type QueryOutcome } from './query-outcome';
import { useSource } from './source';

export interface PriceView extends QueryOutcome {
  /** In the order the person chose; symbols without data in the range are absent. */
  performances: SeriesPerformance[];
  /** Every loaded series, the benchmark's included. */
  seriesBySymbol: ReadonlyMap<Ticker, PriceSeries>;
  /** The trading day the figures are as of: the view's `to`, or the latest bar. */
  asOfDate?: IsoDate;
  /** The range's nominal start (2024-12-31 for YTD to a 2025 date); undefined for MAX. */
  start?: IsoDate;
  retryAll: () => void;
}

export function usePriceViewModel(): PriceView {
  const adapter = useSource();
  const { symbols, benchmark, range, from, to, basis } = useViewStore(
    useShallow((s) => ({ symbols: s.symbols, benchmark: s.benchmark, range: s.range, from: s.from, to: s.to, basis: s.basis })),
  );
  const wanted = useMemo(() => (symbols.includes(benchmark) ? symbols : [...symbols, benchmark]), [symbols, benchmark]);
  const entries = useQueries({ queries: wanted.map((symbol) => pricesQueryOptions(adapter, symbol)), combine: combineEntries<PriceSeries> });

  // `entries` keeps its identity while no data changed (react-query shares the combined result).
  const seriesBySymbol = useMemo(() => new Map(entries.flatMap((e) => (e.data ? [[e.data.symbol, e.data] as const] : []))), [entries]);

  const derived = useMemo(() => {
    const shown = symbols.flatMap((s) => seriesBySymbol.get(s) ?? []);
    const asOf = asOfDate(shown, to);
    if (!asOf) return { performances: [], start: undefined, asOfDate: undefined };
    const start = rangeStart(range, asOf, from);
    const performances = shown.flatMap((s) => seriesPerformance(s, { start, to: asOf, basis }) ?? []);
    return { performances, start, asOfDate: asOf };
  }, [seriesBySymbol, symbols, range, from, to, basis]);

  return useMemo(() => {
    const outcome = queryOutcome(wanted, entries, (symbol) => symbols.includes(symbol));
    return { ...derived, ...outcome, seriesBySymbol, retryAll: () => outcome.failures.forEach((f) => f.retry()) };
  }, [derived, wanted, entries, symbols, seriesBySymbol]);
}
