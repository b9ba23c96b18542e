// How a set of per-symbol cache entries stands, the same way for prices and sentiment:
// which symbols have nothing to show because their first load failed, whether data on
// screen is stale because a refresh failed (and since when), and whether any is loading.
import type { UseQueryResult } from '@tanstack/react-query';
import type { Ticker } from '@/domain/types';

/** A symbol shown without data: its first load failed. */
export interface SymbolFailure {
  symbol: Ticker;
  error: Error;
  retry: () => void;
}

/** Data kept on screen although refreshing it failed. */
export interface Staleness {
  /** When the data on screen was loaded (epoch ms; the oldest when several entries failed). */
  updatedAt: number;
  reason: string;
  retry: () => void;
}

/** The parts of a query result the outcome reads; `combine` keeps only these. */
export interface EntryState<T> {
  data: T | undefined;
  error: Error | null;
  pending: boolean;
  updatedAt: number;
  retry: () => void;
}

/** useQueries' `combine`: a module-level function, so react-query keeps the result's identity while nothing changed. */
export function combineEntries<T>(results: UseQueryResult<T>[]): EntryState<T>[] {
  return results.map((r) => ({ data: r.data, error: r.error, pending: r.isPending, updatedAt: r.dataUpdatedAt, retry: () => void r.refetch() }));
}

export interface QueryOutcome {
  loading: boolean;
  failures: SymbolFailure[];
  stale?: Staleness;
}

/**
 * `symbols[i]` is the symbol of `entries[i]`. Only symbols `shown` count towards loading
 * and failures (the benchmark, fetched alongside, does not); a stale entry counts whoever it is.
 */
export function queryOutcome<T>(symbols: readonly Ticker[], entries: readonly EntryState<T>[], shown: (symbol: Ticker) => boolean = () => true): QueryOutcome {
  const failures: SymbolFailure[] = [];
  const staleEntries: FailedRefresh[] = [];
  let loading = false;
  entries.forEach((entry, i) => {
    const symbol = symbols[i]!;
    if (shown(symbol) && entry.pending) loading = true;
    if (!entry.error) return;
    if (entry.data !== undefined) staleEntries.push({ updatedAt: entry.updatedAt, error: entry.error, retry: entry.retry });
    else if (shown(symbol)) failures.push({ symbol, error: entry.error, retry: entry.retry });
  });
  return { loading, failures, stale: combineStaleness(staleEntries) };
}

/** An entry whose refresh failed while its data stays on screen. */
interface FailedRefresh {
  updatedAt: number;
  error: Error;
  retry: () => void;
}

/** One note for several entries: the oldest data, each distinct reason once. */
export function combineStaleness(entries: readonly FailedRefresh[]): Staleness | undefined {
  if (entries.length === 0) return undefined;
  return {
    updatedAt: Math.min(...entries.map((e) => e.updatedAt)),
    reason: [...new Set(entries.map((e) => e.error.message))].join(' '),
    retry: () => entries.forEach((e) => e.retry()),
  };
}
