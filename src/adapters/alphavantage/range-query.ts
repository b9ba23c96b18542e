// A RangeQuery read the way the data contract means it, for a source asked one symbol
// at a time: symbols checked and de-duplicated before any request is spent on them,
// symbols the source does not know left out, and both date bounds inclusive.
import { isTicker } from '@/domain/ticker';
import type { IsoDate, Ticker } from '@/domain/types';
import { DataSourceError, isDataSourceError, type RangeQuery } from '../data-adapter';

/** The query's symbols, each once; a non-ticker is refused rather than sent. */
export function checkSymbols(symbols: Ticker[]): Ticker[] {
  for (const symbol of symbols) {
    if (!isTicker(symbol)) {
      throw new DataSourceError('bad_request', `"${symbol.slice(0, 12)}" is not a ticker: use A-Z 0-9 . - ^, at most 10.`);
    }
  }
  return [...new Set(symbols)];
}

/** Runs `each` per symbol; symbols the source does not know are left out, as the contract says, unless all are unknown. */
export async function perSymbol<T>(symbols: Ticker[], each: (symbol: Ticker) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  const unknown: DataSourceError[] = [];
  for (const symbol of symbols) {
    try {
      results.push(await each(symbol));
    } catch (error) {
      if (isDataSourceError(error) && error.code === 'unknown_symbol') unknown.push(error);
      else throw error;
    }
  }
  if (results.length === 0 && unknown.length > 0) {
    throw unknown.length === 1
      ? unknown[0]!
      : new DataSourceError('unknown_symbol', `Alpha Vantage knows none of ${symbols.join(', ')}.`);
  }
  return results;
}

export function inRange(date: IsoDate, q: RangeQuery): boolean {
  return (q.from === undefined || date >= q.from) && (q.to === undefined || date <= q.to);
}
