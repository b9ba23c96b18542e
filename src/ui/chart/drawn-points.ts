// What a chart's marks are given: for each series, the rows where it has a value,
// downsampled to the plot's pixel columns and recomputed only when the rows, the series,
// the width or the events change. The benchmark can switch this off
// (window.__TRADEWINDS_PLAIN_CHARTS__ = true before load) to measure the plain path:
// every point, recomputed on every render.
import { useMemo } from 'react';
import { toTime } from '@/domain/dates';
import { downsampleIndexes } from '@/domain/downsample';
import type { TimelineEvent } from '@/domain/types';
import { plotWidthOf } from './axes';

export const PLAIN_CHARTS = (globalThis as { __TRADEWINDS_PLAIN_CHARTS__?: unknown }).__TRADEWINDS_PLAIN_CHARTS__ === true;

type Value<Row> = (row: Row) => number | undefined;

/** One row list per series, to draw. `series` must keep its identity while unchanged (memoise it). */
export function useDrawnPoints<Row extends { time: number }>(
  rows: readonly Row[],
  series: readonly { value: Value<Row> }[],
  width: number,
  keepTimes: ReadonlySet<number>,
): (readonly Row[])[] {
  const memoised = useMemo(() => {
    if (PLAIN_CHARTS) return undefined;
    const times = Float64Array.from(rows, (row) => row.time);
    return series.map(({ value }) => {
      const kept = downsampleIndexes({ times, ...valuesOf(rows, value) }, 0, rows.length - 1, plotWidthOf(width), keepTimes);
      return kept.map((i) => rows[i]!);
    });
  }, [rows, series, width, keepTimes]);
  return memoised ?? series.map(({ value }) => rowsWithValue(rows, value));
}

// Reused by every call (downsampling is synchronous): no new arrays per series and switch.
let scratch = { values: new Float64Array(0), present: new Uint8Array(0) };

/** A series' values on the rows as columns, in the shared scratch arrays. */
function valuesOf<Row>(rows: readonly Row[], value: Value<Row>) {
  if (scratch.values.length < rows.length) scratch = { values: new Float64Array(rows.length), present: new Uint8Array(rows.length) };
  const { values, present } = scratch;
  for (let i = 0; i < rows.length; i++) {
    const v = value(rows[i]!);
    present[i] = v === undefined ? 0 : 1;
    values[i] = v ?? NaN;
  }
  return scratch;
}

/** A series' own points: days without its value are left out, so its line joins across them. */
function rowsWithValue<Row>(rows: readonly Row[], value: Value<Row>): readonly Row[] {
  return rows.filter((row) => value(row) !== undefined);
}

/** The days events start and end on: their points survive downsampling. */
export function useEventTimes(events: readonly TimelineEvent[] | undefined): ReadonlySet<number> {
  return useMemo(
    () => new Set((events ?? []).flatMap((e) => (e.endDate ? [toTime(e.date), toTime(e.endDate)] : [toTime(e.date)]))),
    [events],
  );
}
