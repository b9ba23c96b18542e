// What a chart's marks are given: for each series, the rows where it has a value,
// downsampled to the plot's pixel columns and recomputed only when the rows, the series,
// the width or the events change. The benchmark can switch this off
// (window.__TRADEWINDS_PLAIN_CHARTS__ = true before load) to measure the plain path:
// every point, recomputed on every render.
import { useMemo } from 'react';
import { toTime } from '@/domain/dates';
import { downsample } from '@/domain/downsample';
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
  const memoised = useMemo(
    () => (PLAIN_CHARTS ? undefined : series.map(({ value }) => downsample(rowsWithValue(rows, value), { value, buckets: plotWidthOf(width), keepTimes }))),
    [rows, series, width, keepTimes],
  );
  return memoised ?? series.map(({ value }) => rowsWithValue(rows, value));
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
