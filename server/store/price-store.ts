// Daily bars per symbol in SQLite: written as providers answer (a bar's later correction
// replaces it), read back for any range. History is kept: nothing is ever deleted.
import type { IsoDate, PriceBar, SymbolInfo, Ticker } from '../../src/domain/types';
import type { Db } from './database';

export interface PriceStore {
  save(symbol: Ticker, bars: readonly PriceBar[]): void;
  /** Ascending; `from` and `to` inclusive, either absent for no bound. */
  bars(symbol: Ticker, from?: IsoDate, to?: IsoDate): PriceBar[];
  /** The first and last stored dates; undefined when nothing is stored. */
  span(symbol: Ticker): { first: IsoDate; last: IsoDate } | undefined;
  nameSymbol(symbol: Ticker, name: string): void;
  /** Every symbol with stored bars, with its name. */
  symbols(): SymbolInfo[];
}

export function createPriceStore(db: Db): PriceStore {
  const upsert = db.prepare('INSERT INTO bars (symbol, date, close, adj_close) VALUES (?, ?, ?, ?) ON CONFLICT (symbol, date) DO UPDATE SET close = excluded.close, adj_close = excluded.adj_close');
  const select = db.prepare<[Ticker, IsoDate, IsoDate], { date: IsoDate; close: number; adj_close: number | null }>(
    'SELECT date, close, adj_close FROM bars WHERE symbol = ? AND date >= ? AND date <= ? ORDER BY date',
  );
  const span = db.prepare<[Ticker], { first: IsoDate | null; last: IsoDate | null }>('SELECT MIN(date) AS first, MAX(date) AS last FROM bars WHERE symbol = ?');
  const name = db.prepare('INSERT INTO symbols (symbol, name) VALUES (?, ?) ON CONFLICT (symbol) DO UPDATE SET name = excluded.name');
  const symbols = db.prepare<[], SymbolInfo>(
    'SELECT b.symbol AS symbol, COALESCE(s.name, b.symbol) AS name FROM (SELECT DISTINCT symbol FROM bars) b LEFT JOIN symbols s ON s.symbol = b.symbol ORDER BY b.symbol',
  );
  const saveAll = db.transaction((symbol: Ticker, bars: readonly PriceBar[]) => {
    for (const bar of bars) upsert.run(symbol, bar.date, bar.close, bar.adjClose ?? null);
  });

  return {
    save: (symbol, bars) => saveAll(symbol, bars),
    bars: (symbol, from = '0000-01-01', to = '9999-12-31') =>
      select.all(symbol, from, to).map((row) => (row.adj_close === null ? { date: row.date, close: row.close } : { date: row.date, close: row.close, adjClose: row.adj_close })),
    span: (symbol) => {
      const row = span.get(symbol);
      return row?.first && row.last ? { first: row.first, last: row.last } : undefined;
    },
    nameSymbol: (symbol, value) => void name.run(symbol, value),
    symbols: () => symbols.all(),
  };
}
