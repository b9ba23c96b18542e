// One pane of a TimeChart: a Recharts chart sized to the frame, whose axes Recharts
// scales while the kit draws the marks (lines or columns, rules and bands), the cursor
// and, on the pane that has them, the events.
import { useMemo, useState } from 'react';
import { CartesianGrid, LineChart, XAxis, YAxis } from 'recharts';
import { groupColumns } from '@/domain/downsample';
import { plotWidthOf, type XAxisModel } from './axes';
import { ChartCursor } from './cursor';
import { useDrawnPoints } from './drawn-points';
import { EVENT_LANE_HEIGHT } from './event-lane';
import { EventOverlay, type ActiveEvent } from './event-overlay';
import { Columns } from './columns';
import { Lines, ValueRange } from './lines';
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
  const { pane, rows, width, axis, xBands, top, showXTicks, keepTimes, cursor, events, onActiveEvent } = props;
  const shown = useMemo(() => pane.series.filter((s) => !s.hidden), [pane.series]);
  const y = pane.y ?? {};
  const interactive = pane.slider !== undefined || events !== undefined;
  const [cursorLayer, setCursorLayer] = useState<SVGSVGElement | null>(null);
  return (
    <div className="chart-pane">
      <LineChart
        width={width}
        height={pane.height}
        margin={events ? EVENTS_MARGIN : MARGIN}
        accessibilityLayer={false}
        // A group when it holds the slider or the event markers; otherwise a picture.
        role={interactive ? 'group' : 'img'}
        aria-label={pane.label}
      >
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis {...axis.props} hide={!showXTicks} minTickGap={24} />
        <YAxis stroke="var(--muted)" width={Y_AXIS_WIDTH} domain={y.domain ?? AUTO_DOMAIN} ticks={y.ticks} tickFormatter={y.format} />
        {y.bands?.map((band) => <YBand key={band.className} {...band} />)}
        {xBands.map((band) => (
          <XBand key={band.className} {...band} label={top ? band.label : ''} />
        ))}
        {y.zeroLine && <YLine y={0} className="zero-line" />}
        {pane.marks === 'lines' ? (
          <PaneLines series={shown} rows={rows} width={width} keepTimes={keepTimes} />
        ) : (
          <PaneColumns series={shown} rows={rows} width={width} />
        )}
        <ChartCursor
          group={cursor.group}
          owner={cursor.owner}
          rows={rows}
          series={shown}
          slider={pane.slider === undefined ? undefined : { label: pane.slider, describe: cursor.describe }}
          layer={cursorLayer}
        />
        {events && <EventOverlay events={events.events} selectedId={events.selectedId} onSelect={events.onSelect} onActive={onActiveEvent} />}
      </LineChart>
      {/* The cursor's own layer (cursor.tsx), in the chart's coordinates. */}
      <svg ref={setCursorLayer} className="chart-cursor-layer" width={width} height={pane.height} aria-hidden="true" />
    </div>
  );
}

interface MarksProps<Row extends { time: number }> {
  series: readonly ChartSeries<Row>[];
  rows: readonly Row[];
  width: number;
}

function PaneLines<Row extends { time: number }>({ series, rows, width, keepTimes }: MarksProps<Row> & { keepTimes: ReadonlySet<number> }) {
  const points = useDrawnPoints(rows, series, width, keepTimes);
  const lines = useMemo(() => series.map((s, i) => ({ name: s.name, styleIndex: s.styleIndex, value: s.value, points: points[i]! })), [series, points]);
  return <Lines lines={lines} />;
}

function PaneColumns<Row extends { time: number }>({ series, rows, width }: MarksProps<Row>) {
  // Each series' columns share a group's slot: at most one column per pixel per series.
  const groups = useMemo(
    () => groupColumns(rows, series.map((s) => s.value), plotWidthOf(width) / Math.max(1, series.length)),
    [rows, series, width],
  );
  const highest = useMemo(() => Math.max(0, ...groups.flatMap((g) => g.values.filter((v) => v !== undefined))), [groups]);
  return (
    <>
      {rows.length > 0 && <ValueRange low={0} high={highest} time={rows[rows.length - 1]!.time} />}
      <Columns groups={groups} styleIndexes={series.map((s) => s.styleIndex)} />
    </>
  );
}
