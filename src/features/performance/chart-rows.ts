// The Performance chart's view model: one row per date on the shared time axis, and per
// symbol its return (for the line), its close as traded (for the tooltip and table, as the
// Returns table quotes it) and the value the return is computed from (for the CSV).
// The rows of every date of the shown series are built once per set of series; a range
// takes those it covers, and reads each figure from the series' columns when asked, so a
// range switch makes no object per bar.
import type { SeriesPerformance } from '@/domain/returns';
import type { PriceTrack } from '@/domain/price-track';
import type { Ticker } from '@/domain/types';

export interface ChartRow {
  time: number;
  /** The row's place among every date of the shown series (ChartAxis). */
  at: number;
}

/** A symbol's figures on a row; undefined where it has no bar in the range on that date. */
export interface ChartColumn {
  returnOf: (row: ChartRow) => number | undefined;
  /** On the chosen basis: the adjusted close on the total basis. */
  valueOf: (row: ChartRow) => number | undefined;
  closeOf: (row: ChartRow) => number | undefined;
}

export interface PerformanceChart {
  /** The dates of the range on which some symbol has a figure, ascending. */
  rows: readonly ChartRow[];
  columns: ReadonlyMap<Ticker, ChartColumn>;
}

interface ChartAxis {
  tracks: readonly PriceTrack[];
  rows: readonly ChartRow[];
  /** Per track, for each row: the index of its bar on that date, or -1. */
  barAt: readonly Int32Array[];
  /** Per track, for each bar: the row of its date. */
  rowOf: readonly Int32Array[];
}

export function performanceChart(performances: readonly SeriesPerformance[]): PerformanceChart {
  const axis = chartAxis(performances.map((p) => p.track));
  // The rows some symbol has a bar of its range on: marked from each range's bars.
  const marked = new Uint8Array(axis.rows.length);
  let first = axis.rows.length;
  let last = -1;
  performances.forEach((p, k) => {
    const rowOf = axis.rowOf[k]!;
    for (let i = p.base; i <= p.end; i++) marked[rowOf[i]!] = 1;
    first = Math.min(first, rowOf[p.base]!);
    last = Math.max(last, rowOf[p.end]!);
  });
  const rows: ChartRow[] = [];
  for (let r = first; r <= last; r++) if (marked[r]) rows.push(axis.rows[r]!);
  return { rows, columns: new Map(performances.map((p, k) => [p.symbol, columnOf(p, axis.barAt[k]!)])) };
}

function columnOf(p: SeriesPerformance, barAt: Int32Array): ChartColumn {
  const { values, bars } = p.track;
  const baseValue = values[p.base]!;
  const bar = (row: ChartRow) => {
    const i = barAt[row.at]!;
    return i >= p.base && i <= p.end ? i : -1;
  };
  return {
    returnOf: (row) => {
      const i = bar(row);
      return i < 0 ? undefined : values[i]! / baseValue - 1;
    },
    valueOf: (row) => {
      const i = bar(row);
      return i < 0 ? undefined : values[i];
    },
    closeOf: (row) => {
      const i = bar(row);
      return i < 0 ? undefined : bars[i]!.close;
    },
  };
}

// The last axis built: a range switch keeps the series, so it keeps the axis.
let lastAxis: ChartAxis | undefined;

function chartAxis(tracks: readonly PriceTrack[]): ChartAxis {
  if (lastAxis && lastAxis.tracks.length === tracks.length && lastAxis.tracks.every((t, i) => t === tracks[i])) return lastAxis;
  const all = new Float64Array(tracks.reduce((n, t) => n + t.times.length, 0));
  let offset = 0;
  for (const t of tracks) {
    all.set(t.times, offset);
    offset += t.times.length;
  }
  all.sort();
  const rows: ChartRow[] = [];
  for (const time of all) if (rows.length === 0 || rows[rows.length - 1]!.time !== time) rows.push({ time, at: rows.length });
  const rowOf = tracks.map((t) => new Int32Array(t.times.length));
  const barAt = tracks.map((t, k) => {
    const at = new Int32Array(rows.length).fill(-1);
    let r = 0;
    t.times.forEach((time, i) => {
      while (rows[r]!.time < time) r++;
      at[r] = i;
      rowOf[k]![i] = r;
    });
    return at;
  });
  return (lastAxis = { tracks, rows, barAt, rowOf });
}
