// The Returns table's view model: one row per symbol with every figure computed,
// and the sort a person picked.
import { benchmarkReturn, type SeriesPerformance } from '@/domain/returns';
import type { Basis, PriceSeries, Ticker } from '@/domain/types';

export interface ReturnsRow {
  symbol: Ticker;
  lastClose: number;
  return: number;
  /** Percentage points over the benchmark on the same dates; undefined without benchmark data, and for the benchmark itself. */
  excess?: number;
  isBenchmark: boolean;
  maxDrawdown: number;
  volatility?: number;
  baseDate: string;
  startsInsideRange: boolean;
  basisFallback: boolean;
}

export type SortKey = 'symbol' | 'lastClose' | 'return' | 'excess' | 'maxDrawdown' | 'volatility';
export interface SortOrder {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export function buildReturnsRows(
  performances: readonly SeriesPerformance[],
  benchmark: PriceSeries | undefined,
  basis: Basis,
): ReturnsRow[] {
  return performances.map((p) => {
    const isBenchmark = p.symbol === benchmark?.symbol;
    const bench = benchmark && !isBenchmark ? benchmarkReturn(benchmark, p, basis) : undefined;
    return {
      symbol: p.symbol,
      lastClose: p.lastClose,
      return: p.return,
      excess: bench === undefined ? undefined : p.return - bench,
      isBenchmark,
      maxDrawdown: p.maxDrawdown,
      volatility: p.volatility,
      baseDate: p.baseDate,
      startsInsideRange: p.startsInsideRange,
      basisFallback: p.basisFallback,
    };
  });
}

/** A sorted copy; rows missing the sorted figure go last either way. */
export function sortRows(rows: readonly ReturnsRow[], order: SortOrder | undefined): ReturnsRow[] {
  if (!order) return [...rows];
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[order.key];
    const y = b[order.key];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
    if (typeof x === 'string' || typeof y === 'string') return sign * String(x).localeCompare(String(y));
    return sign * (x - y);
  });
}
