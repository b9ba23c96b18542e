// The Performance and Returns panels as CSV tables: the numbers they show, unrounded
// enough to compute with (percent to four decimals, prices as the source gave them).
import { fromTime } from '@/domain/dates';
import type { SeriesPerformance } from '@/domain/returns';
import type { Ticker } from '@/domain/types';
import { percentCell, type CsvTable } from '@/lib/csv-table';
import { performanceChart } from './chart-rows';
import type { ReturnsRow } from './returns-rows';

/** One row per date in the range, with each symbol's return (%) and the close it is computed from, named by its basis (p.basis). */
export function performanceCsvTable(performances: readonly SeriesPerformance[]): CsvTable {
  const columns = performances.map((p) => ({
    symbol: p.symbol,
    value: p.basis === 'total' ? `${p.symbol} adjusted close` : `${p.symbol} close`,
  }));
  const chart = performanceChart(performances);
  return {
    fields: ['date', ...columns.flatMap((c) => [`${c.symbol} return (%)`, c.value])],
    rows: chart.rows.map((row) => [
      fromTime(row.time),
      ...columns.flatMap(({ symbol }) => {
        const column = chart.columns.get(symbol)!;
        return [percentCell(column.returnOf(row)), column.valueOf(row)];
      }),
    ]),
  };
}

/** The Returns table as shown: its rows in its order, percentages as percent, excess in points. */
export function returnsCsvTable(rows: readonly ReturnsRow[], benchmark: Ticker): CsvTable {
  return {
    fields: ['symbol', 'last price', 'return (%)', `excess vs ${benchmark} (pts)`, 'max drawdown (%)', 'volatility (%)', 'base date'],
    rows: rows.map((r) => [
      r.symbol,
      r.lastClose,
      percentCell(r.return),
      percentCell(r.excess),
      percentCell(r.maxDrawdown),
      percentCell(r.volatility),
      r.baseDate,
    ]),
  };
}
