// The Performance chart's view model: one row per date on the shared time axis, with
// each symbol's return (for the line), its close as traded (for the tooltip and table, as
// the Returns table quotes it) and the value the return is computed from (for the CSV).
import type { SeriesPerformance } from '@/domain/returns';
import type { Ticker } from '@/domain/types';

export interface ChartRow {
  time: number;
  /** Return by symbol; absent where that symbol has no bar on this date. */
  returns: Partial<Record<Ticker, number>>;
  /** On the chosen basis: the adjusted close on the total basis. */
  values: Partial<Record<Ticker, number>>;
  closes: Partial<Record<Ticker, number>>;
}

export function buildChartRows(performances: readonly SeriesPerformance[]): ChartRow[] {
  const byTime = new Map<number, ChartRow>();
  for (const p of performances) {
    for (const point of p.points) {
      let row = byTime.get(point.time);
      if (!row) {
        row = { time: point.time, returns: {}, values: {}, closes: {} };
        byTime.set(point.time, row);
      }
      row.returns[p.symbol] = point.return;
      row.values[p.symbol] = point.value;
      row.closes[p.symbol] = point.close;
    }
  }
  return [...byTime.values()].sort((a, b) => a.time - b.time);
}
