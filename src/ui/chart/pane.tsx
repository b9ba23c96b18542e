// One pane of a TimeChart: a Recharts chart sized to the frame, whose axes Recharts
// scales while the kit draws the marks (lines or columns, rules and bands), the cursor
// and, on the pane that has them, the events.
import { useMemo, type ReactNode } from 'react';
import { CartesianGrid, LineChart, XAxis, YAxis } from 'recharts';
import { groupColumns } from '@/domain/downsample';
import { plotWidthOf, type XAxisModel } from './axes';
import { ChartCursor } from './cursor';
import { PLAIN_CHARTS, useDrawnPoints } from './drawn-points';
import { EVENT_LANE_HEIGHT } from './event-lane';
import { EventOverlay, type ActiveEvent } from './event-overlay';
import { Columns } from './columns';
import { Lines, valueExtent, type ValueExtent } from './lines';
import { XBand, YBand, YLine } from './reference-marks';
import type { ChartEvents, ChartSeries, PaneSpec, XBandSpec } from './chart-types';

interface ChartPaneProps<Row extends { time: number }> {
  pane: PaneSpec<Row>;
  rows: readonly Row[];
  width: number;
  axis: XAxisModel;
  /** Shaded stretches of the x axis, labelled on the top pane only. */
  xBands: readonly XBandSpec[];
  top: boolean;
  showXTicks: boolean;
  keepTimes: ReadonlySet<number>;
  cursor: { group: string; owner: string; describe: (row: Row) => string };
  events?: ChartEvents;
  onActiveEvent: (active: ActiveEvent | undefined) => void;
}

// Chart props that never change are module constants: a new object or function on every
// render makes Recharts re-register the setting and recompute its axes over every point.
const MARGIN = { top: 8, right: 16, bottom: 4, left: 8 };
/** The pane with events keeps their lane above the plot. */
const EVENTS_MARGIN = { ...MARGIN, top: MARGIN.top + EVENT_LANE_HEIGHT };
const AUTO_DOMAIN = ['auto', 'auto'] as const;
const Y_AXIS_WIDTH = 64;

export function ChartPane<Row extends { time: number }>(props: ChartPaneProps<Row>) {
  const shown = useMemo(() => props.pane.series.filter((s) => !s.hidden), [props.pane.series]);
  return props.pane.marks === 'lines' ? <LinesPane {...props} shown={shown} /> : <ColumnsPane {...props} shown={shown} />;
}

type MarksPaneProps<Row extends { time: number }> = ChartPaneProps<Row> & { shown: readonly ChartSeries<Row>[] };

function LinesPane<Row extends { time: number }>(props: MarksPaneProps<Row>) {
  const { shown, rows, width, keepTimes } = props;
  const points = useDrawnPoints(rows, shown, width, keepTimes);
  const lines = useMemo(() => shown.map((s, i) => ({ name: s.name, styleIndex: s.styleIndex, value: s.value, points: points[i]! })), [shown, points]);
  const extent = useMemo(() => valueExtent(lines), [lines]);
  return (
    // Recharts' own lines (the plain path) scale the y axis themselves.
    <PaneFrame {...props} range={PLAIN_CHARTS ? undefined : extent}>
      <Lines lines={lines} />
    </PaneFrame>
  );
}

function ColumnsPane<Row extends { time: number }>(props: MarksPaneProps<Row>) {
  const { shown, rows, width } = props;
  // Each series' columns share a group's slot: at most one column per pixel per series.
  const groups = useMemo(
    () => groupColumns(rows, shown.map((s) => s.value), plotWidthOf(width) / Math.max(1, shown.length)),
    [rows, shown, width],
  );
  const highest = useMemo(() => Math.max(0, ...groups.flatMap((g) => g.values.filter((v) => v !== undefined))), [groups]);
  const last = rows[rows.length - 1]?.time;
  const range = useMemo(() => (last === undefined ? undefined : { low: 0, high: highest, time: last }), [highest, last]);
  return (
    <PaneFrame {...props} range={range}>
      <Columns groups={groups} styleIndexes={shown.map((s) => s.styleIndex)} />
    </PaneFrame>
  );
}

/**
 * The Recharts chart around a pane's marks. The marks are drawn by hand, so Recharts gets
 * only their value range, as the chart's data: two points, the lowest and the highest
 * value (not thousands), which its y axis is scaled to.
 */
function PaneFrame<Row extends { time: number }>(props: MarksPaneProps<Row> & { range?: ValueExtent; children: ReactNode }) {
  const { pane, rows, width, axis, xBands, top, showXTicks, cursor, events, onActiveEvent, shown, range, children } = props;
  const data = useMemo(() => (range ? [{ time: range.time, value: range.low }, { time: range.time, value: range.high }] : undefined), [range]);
  const y = pane.y ?? {};
  const interactive = pane.slider !== undefined || events !== undefined;
  return (
    <LineChart
      width={width}
      height={pane.height}
      data={data}
      margin={events ? EVENTS_MARGIN : MARGIN}
      accessibilityLayer={false}
      // A group when it holds the slider or the event markers; otherwise a picture.
      role={interactive ? 'group' : 'img'}
      aria-label={pane.label}
    >
      <CartesianGrid stroke="var(--grid)" vertical={false} />
      <XAxis {...axis.props} hide={!showXTicks} minTickGap={24} />
      <YAxis dataKey="value" stroke="var(--muted)" width={Y_AXIS_WIDTH} domain={y.domain ?? AUTO_DOMAIN} ticks={y.ticks} tickFormatter={y.format} />
      {y.bands?.map((band) => <YBand key={band.className} {...band} />)}
      {xBands.map((band) => (
        <XBand key={band.className} {...band} label={top ? band.label : ''} />
      ))}
      {y.zeroLine && <YLine y={0} className="zero-line" />}
      {children}
      <ChartCursor
        group={cursor.group}
        owner={cursor.owner}
        rows={rows}
        series={shown}
        slider={pane.slider === undefined ? undefined : { label: pane.slider, describe: cursor.describe }}
      />
      {events && <EventOverlay events={events.events} selectedId={events.selectedId} onSelect={events.onSelect} onActive={onActiveEvent} />}
    </LineChart>
  );
}
