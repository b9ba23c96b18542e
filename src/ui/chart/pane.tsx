// One pane of a TimeChart: a Recharts chart sized to the frame, which draws the axes on
// the domains the kit works out (pane-marks.ts), while the kit draws the marks (lines or
// columns, rules and bands), the cursor on a layer of its own and, on the pane that has
// them, the events.
import { useMemo, useState } from 'react';
import { LineChart, XAxis, YAxis } from 'recharts';
import type { XAxisModel } from './axes';
import { axisTick } from './axis-tick';
import { ChartCursor } from './cursor';
import { EVENT_LANE_HEIGHT } from './event-lane';
import { EventOverlay, type ActiveEvent } from './event-overlay';
import { Columns } from './columns';
import { Lines } from './lines';
import { usePaneMarks } from './pane-marks';
import { XBand, YBand, YGrid, YLine } from './reference-marks';
import type { ChartEvents, PaneSpec, XBandSpec } from './chart-types';

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
const Y_AXIS_WIDTH = 64;
/**
 * Recharts scales an axis only when it holds data for it. The kit gives it the domains
 * (allowDataOverflow: exactly those) and this one point, the same on every render, so a
 * range switch changes the axes' settings but not the chart's data.
 */
const AXIS_DATA = [{ time: 0, y: 0 }];

export function ChartPane<Row extends { time: number }>(props: ChartPaneProps<Row>) {
  const { pane, rows, width, axis, xBands, top, showXTicks, keepTimes, cursor, events, onActiveEvent } = props;
  const shown = useMemo(() => pane.series.filter((s) => !s.hidden), [pane.series]);
  const y = pane.y ?? {};
  const marks = usePaneMarks(pane, shown, rows, width, keepTimes);
  const fixedY = marks.yAxis.domain.every((bound) => typeof bound === 'number');
  const interactive = pane.slider !== undefined || events !== undefined;
  const [cursorLayer, setCursorLayer] = useState<SVGSVGElement | null>(null);
  return (
    <div className="chart-pane">
      <LineChart
        width={width}
        height={pane.height}
        data={AXIS_DATA}
        margin={events ? EVENTS_MARGIN : MARGIN}
        accessibilityLayer={false}
        // A group when it holds the slider or the event markers; otherwise a picture.
        role={interactive ? 'group' : 'img'}
        aria-label={pane.label}
      >
        <YGrid ticks={marks.yAxis.ticks} />
        <XAxis {...axis.props} tick={axisTick} hide={!showXTicks} allowDataOverflow />
        <YAxis
          dataKey={fixedY ? 'y' : undefined}
          allowDataOverflow
          // Every tick shown, unmeasured: the kit's nice ticks fit the pane.
          interval={0}
          tick={axisTick}
          stroke="var(--muted)"
          width={Y_AXIS_WIDTH}
          domain={marks.yAxis.domain}
          ticks={marks.yAxis.ticks}
          tickFormatter={y.format}
        />
        {y.bands?.map((band) => <YBand key={band.className} {...band} />)}
        {xBands.map((band) => (
          <XBand key={band.className} {...band} label={top ? band.label : ''} />
        ))}
        {y.zeroLine && <YLine y={0} className="zero-line" />}
        {pane.marks === 'lines' ? (
          <Lines lines={marks.lines} x={axis.props.domain} y={marks.yAxis.domain} />
        ) : (
          <Columns groups={marks.groups} styleIndexes={shown.map((s) => s.styleIndex)} />
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
