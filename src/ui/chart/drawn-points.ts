// What a chart's lines are given: each series downsampled to the plot's pixel columns,
// recomputed only when the series, the width or the events change. The benchmark can
// switch this off (window.__TRADEWINDS_PLAIN_CHARTS__ = true before load) to measure the
// plain path: every point, recomputed on every render.
import { useMemo } from 'react';
import { toTime } from '@/domain/dates';
import { downsample } from '@/domain/downsample';
import type { TimelineEvent } from '@/domain/types';
import { plotWidthOf } from './time-axis';

export const PLAIN_CHARTS = (globalThis as { __TRADEWINDS_PLAIN_CHARTS__?: unknown }).__TRADEWINDS_PLAIN_CHARTS__ === true;

/** One point list per series, to draw. Pass module-level `pointsOf` and `value` so the memo holds. */
export function useDrawnPoints<S, P extends { time: number }>(
  series: readonly S[],
  pointsOf: (series: S) => readonly P[],
  value: (point: P) => number | undefined,
  width: number,
  keepTimes: ReadonlySet<number>,
): (readonly P[])[] {
  const memoised = useMemo(
    () => (PLAIN_CHARTS ? undefined : series.map((s) => downsample(pointsOf(s), { value, buckets: plotWidthOf(width), keepTimes }))),
    [series, pointsOf, value, width, keepTimes],
  );
  return memoised ?? series.map(pointsOf);
}

/** The days events start and end on: their bars survive downsampling. */
export function useEventTimes(events: readonly TimelineEvent[]): ReadonlySet<number> {
  return useMemo(() => new Set(events.flatMap((e) => (e.endDate ? [toTime(e.date), toTime(e.endDate)] : [toTime(e.date)]))), [events]);
}
