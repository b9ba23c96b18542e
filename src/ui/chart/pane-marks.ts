// What a pane draws, worked out before its chart renders: the shown series' lines
// (downsampled) or columns (grouped), and the y axis they need. Knowing the axis here
// (axes.ts, resolveYAxis) lets the kit give Recharts fixed domains and no data of its own:
// the marks are drawn once per change, in the render that brings it.
import { useMemo } from 'react';
import { groupColumns, type ColumnGroup } from '@/domain/downsample';
import { plotWidthOf, resolveYAxis, type YAxisModel } from './axes';
import type { ChartSeries, PaneSpec } from './chart-types';
import { PLAIN_CHARTS, useDrawnPoints } from './drawn-points';
import { valueExtent, type DrawnLine } from './lines';

export interface PaneMarks<Row> {
  /** Empty on a columns pane. */
  lines: readonly DrawnLine<Row>[];
  /** Empty on a lines pane. */
  groups: readonly ColumnGroup[];
  yAxis: YAxisModel;
}

const NONE: readonly never[] = [];
const AUTO_DOMAIN = ['auto', 'auto'] as const;

export function usePaneMarks<Row extends { time: number }>(
  pane: PaneSpec<Row>,
  shown: readonly ChartSeries<Row>[],
  rows: readonly Row[],
  width: number,
  keepTimes: ReadonlySet<number>,
): PaneMarks<Row> {
  const isLines = pane.marks === 'lines';
  const points = useDrawnPoints(rows, isLines ? shown : NONE, width, keepTimes);
  const lines = useMemo(
    (): DrawnLine<Row>[] => (isLines ? shown.map((s, i) => ({ name: s.name, styleIndex: s.styleIndex, value: s.value, points: points[i]! })) : []),
    [isLines, shown, points],
  );
  // Each series' columns share a group's slot: at most one column per pixel per series.
  const groups = useMemo(
    () => (isLines ? [] : groupColumns(rows, shown.map((s) => s.value), plotWidthOf(width) / Math.max(1, shown.length))),
    [isLines, rows, shown, width],
  );
  const yAxis = useMemo((): YAxisModel => {
    const spec = pane.y ?? {};
    // The plain path measures Recharts' own lines, which scale their axis themselves.
    const extent = PLAIN_CHARTS && isLines ? undefined : isLines ? valueExtent(lines) : columnsExtent(groups);
    return resolveYAxis(spec, extent) ?? { domain: spec.domain ?? AUTO_DOMAIN, ticks: spec.ticks };
  }, [pane.y, isLines, lines, groups]);
  return { lines, groups, yAxis };
}

function columnsExtent(groups: readonly ColumnGroup[]) {
  let high = 0;
  for (const group of groups) for (const v of group.values) if (v !== undefined && v > high) high = v;
  return groups.length > 0 ? { low: 0, high } : undefined;
}
