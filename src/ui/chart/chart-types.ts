// The shapes a TimeChart is described in: its series, its panes, their y axes, and the
// events it overlays.
import type { TimelineEvent } from '@/domain/types';

export interface ChartSeries<Row> {
  name: string;
  /** Picks the colour and dash (series-style.ts). */
  styleIndex: number;
  /** The series' value on a row, in its pane's y units; undefined = no point there. */
  value: (row: Row) => number | undefined;
  /** Left out of the drawing and the tooltip (still in the table). */
  hidden?: boolean;
}

/** The events a chart overlays, which one is selected, and what selecting does. */
export interface ChartEvents {
  events: readonly TimelineEvent[];
  selectedId?: string;
  onSelect: (id: string) => void;
  /** A dated chart runs past its last row to here (UTC ms), shaded, to show the events coming up. */
  aheadUntil?: number;
}

/** A labelled stretch of the x axis, shaded across the plot. */
export interface XBandSpec {
  from: number;
  to: number;
  label: string;
  className: string;
}

export interface YAxisSpec {
  /** Fixed bounds; by default the axis fits the drawn values. */
  domain?: readonly [number, number | 'auto'];
  ticks?: readonly number[];
  format?: (value: number) => string;
  /** A rule at 0 (no return). */
  zeroLine?: boolean;
  /** Shaded value ranges, e.g. the bullish zone. */
  bands?: readonly { from: number; to: number; className: string }[];
}

export interface PaneSpec<Row> {
  /** The pane's accessible name, e.g. "Returns of SPY, QQQ over time". */
  label: string;
  height: number;
  marks: 'lines' | 'columns';
  series: readonly ChartSeries<Row>[];
  y?: YAxisSpec;
  /** The pane that takes focus: a slider over the rows with this name. */
  slider?: string;
  /** The chart's events are drawn on this pane. */
  events?: boolean;
}
