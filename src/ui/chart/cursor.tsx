// The hover and keyboard cursor of a chart pane (a child of a Recharts cartesian chart).
// It finds the nearest row of the chart's full data by binary search, so what it marks
// and reports is exact even when the marks are downsampled. The plot is a slider over the
// rows: arrows step a row, Page keys about a month, Home/End jump to the ends, Escape lets
// go. The position is shared with the other charts of its group (shared-cursor.ts).
// The line and dots are drawn on the pane's cursor layer, a layer of its own above the
// chart: moving them repaints that layer only, not the chart's lines under it.
import type { KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import { createPortal } from 'react-dom';
import { usePlotArea, useXAxisInverseScale, useXAxisScale, useYAxisScale } from 'recharts';
import { nearestIndex } from '@/domain/downsample';
import { seriesStyle } from './series-style';
import { useCursorPosition, useSharedCursors } from './shared-cursor';

/** A chart whose rows are far from the hovered date (outside its range) marks nothing. */
const MAX_GAP_MS = 4 * 86_400_000;
const PAGE_ROWS = 21;

export interface CursorSeries<Row> {
  name: string;
  styleIndex: number;
  /** The series' value on a row, in the pane's y units; undefined = no point there. */
  value: (row: Row) => number | undefined;
}

interface ChartCursorProps<Row extends { time: number }> {
  /** The charts that share this cursor. */
  group: string;
  /** This chart, in the group: the tooltip shows on the chart that owns the cursor. */
  owner: string;
  /** Every row, not the downsampled points. */
  rows: readonly Row[];
  /** Series that get a dot at the cursor. */
  series: readonly CursorSeries<Row>[];
  /**
   * The slider's accessible name (e.g. "Date on the Performance chart") and what a screen
   * reader hears for a row. Without it the pane follows the cursor but takes no focus (a
   * second pane of the same chart).
   */
  slider?: { label: string; describe: (row: Row) => string };
  /** Where the line and dots go: an element over the pane with the chart's coordinates (pane.tsx). */
  layer: SVGSVGElement | null;
}

/**
 * The cursor is the kit's own: Recharts' tooltip machinery would track the mouse too, and
 * redraw its chart a frame later, for a tooltip this chart does not have.
 */
const keepFromRecharts = (e: MouseEvent) => e.stopPropagation();

export function ChartCursor<Row extends { time: number }>({ group, owner, rows, series, slider, layer }: ChartCursorProps<Row>) {
  const plot = usePlotArea();
  const xScale = useXAxisScale();
  const invert = useXAxisInverseScale();
  const yScale = useYAxisScale();
  const position = useCursorPosition(group);
  const show = useSharedCursors((s) => s.show);
  const hide = useSharedCursors((s) => s.hide);
  if (!plot || !xScale || !invert || rows.length === 0) return null;

  const index = position === undefined ? -1 : nearestIndex(rows, position.time);
  const row = index >= 0 && Math.abs(rows[index]!.time - position!.time) <= MAX_GAP_MS ? rows[index] : undefined;
  const x = row ? xScale(row.time) : undefined;

  const moveTo = (i: number) => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, i))]!;
    show(group, { time: target.time, owner, x: xScale(target.time) ?? plot.x });
  };
  const onPointer = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box) return;
    const i = nearestIndex(rows, Number(invert(e.clientX - box.left)));
    if (i >= 0) moveTo(i);
  };
  const current = row ? index : rows.length - 1;
  const onKeyDown = (e: KeyboardEvent) => {
    const steps: Record<string, number> = {
      ArrowLeft: current - 1,
      ArrowRight: current + 1,
      ArrowDown: current - 1,
      ArrowUp: current + 1,
      PageDown: current - PAGE_ROWS,
      PageUp: current + PAGE_ROWS,
      Home: 0,
      End: rows.length - 1,
    };
    if (e.key === 'Escape') hide(group, owner);
    else if (e.key in steps) moveTo(steps[e.key]!);
    else return;
    e.preventDefault();
  };

  const marks = x !== undefined && (
    <g className="chart-cursor">
      <line className="chart-cursor-line" x1={x} x2={x} y1={plot.y} y2={plot.y + plot.height} />
      {row &&
        series.map((s) => {
          const v = s.value(row);
          const y = v === undefined ? undefined : yScale?.(v);
          return y === undefined ? null : <circle key={s.name} className="chart-cursor-dot" cx={x} cy={y} r={3.5} fill={seriesStyle(s.styleIndex).color} />;
        })}
    </g>
  );

  return (
    <>
      {layer && marks && createPortal(marks, layer)}
      <rect
        className="chart-cursor-target"
        x={plot.x}
        y={plot.y}
        width={plot.width}
        height={plot.height}
        {...(slider && {
          role: 'slider',
          tabIndex: 0,
          'aria-label': slider.label,
          'aria-valuemin': 0,
          'aria-valuemax': rows.length - 1,
          'aria-valuenow': current,
          'aria-valuetext': slider.describe(rows[current]!),
        })}
        onPointerMove={onPointer}
        onPointerDown={onPointer}
        onPointerLeave={() => hide(group, owner)}
        onMouseMove={keepFromRecharts}
        onFocus={() => moveTo(current)}
        onBlur={() => hide(group, owner)}
        onKeyDown={onKeyDown}
      />
    </>
  );
}
