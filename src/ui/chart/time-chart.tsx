// The app's one chart kit: rows of exact figures in; one or more stacked panes out (lines
// or columns over a shared x axis), the events overlaid, a cursor that is exact and works
// from the keyboard, its tooltip, and "View as table". Performance, Sentiment and the
// Event window are each one TimeChart; only this folder talks to Recharts.
import { useMemo, useState } from 'react';
import { useXAxis, type StepAxis } from './axes';
import { ChartTable } from './chart-table';
import { CursorTooltip } from './cursor-tooltip';
import { useEventTimes } from './drawn-points';
import type { ActiveEvent } from './event-overlay';
import { EventTooltip } from './event-tooltip';
import type { ChartEvents, PaneSpec, XBandSpec } from './chart-types';
import { ChartPane } from './pane';
import { useElementWidth } from './use-element-width';

export type { ChartEvents, ChartSeries, PaneSpec, YAxisSpec } from './chart-types';
export type { StepAxis } from './axes';

export interface TimeChartProps<Row extends { time: number }> {
  /** The chart's name among those sharing its cursor. */
  id: string;
  /** Every row, in x order: the cursor, tooltip and table read these; the marks are downsampled from them. */
  rows: readonly Row[];
  /** Absent: dates (`row.time` is a UTC-midnight timestamp), whose cursor every dated chart shares. */
  steps?: StepAxis;
  panes: readonly PaneSpec<Row>[];
  events?: ChartEvents;
  /** A series' figures on a row, for the tooltip, the slider and the table; undefined = none there. */
  cells: (row: Row, series: string) => readonly string[] | undefined;
  table: {
    /** The table's accessible name, e.g. "Performance by date". */
    name: string;
    /** The column headings of a series' cells, e.g. ["SPY return", "SPY price"]. */
    headings: (series: string) => readonly string[];
    /** Latest first (a long time series). */
    reversed?: boolean;
    /** How many of each series' columns a phone shows before "All columns" (default: all). */
    primary?: number;
  };
}

const DATES_GROUP = 'dates';
const BLANK = '–';

export function TimeChart<Row extends { time: number }>({ id, rows, steps, panes, events, cells, table }: TimeChartProps<Row>) {
  const [frameRef, measuredWidth] = useElementWidth<HTMLDivElement>(720);
  const width = measuredWidth ?? 720;
  const [activeEvent, setActiveEvent] = useState<ActiveEvent>();
  const aheadUntil = steps ? undefined : events?.aheadUntil;
  const axis = useXAxis(rows, width, steps, aheadUntil);
  const lastTime = rows[rows.length - 1]?.time;
  const xBands = useMemo((): XBandSpec[] => {
    if (steps?.highlight) return [{ ...steps.highlight, className: 'x-band' }];
    // The days after the data, where what is coming up is marked.
    if (aheadUntil !== undefined && lastTime !== undefined && aheadUntil > lastTime) return [{ from: lastTime, to: aheadUntil, label: 'Ahead', className: 'ahead-zone' }];
    return [];
  }, [steps, aheadUntil, lastTime]);
  const keepTimes = useEventTimes(events?.events);
  const group = steps ? id : DATES_GROUP;

  // Every series once, in pane order: the tooltip's and the table's.
  const series = useMemo(() => {
    const byName = new Map(panes.flatMap((pane) => pane.series.map((s) => [s.name, s] as const)));
    return [...byName.values()];
  }, [panes]);
  const shown = useMemo(() => series.filter((s) => !s.hidden), [series]);
  const seriesColumns = series.flatMap((s) =>
    table.headings(s.name).map((heading, i) => ({ heading, secondary: table.primary !== undefined && i >= table.primary })),
  );
  const describe = (row: Row) =>
    [axis.label(row.time), ...shown.flatMap(({ name }) => {
      const first = cells(row, name)?.[0];
      return first === undefined || first === BLANK ? [] : [`${name} ${first}`];
    })].join(', ');

  return (
    <>
      {/* The panes once the frame's width is known: in the commit that adds the frame. */}
      <div ref={frameRef} className="chart-frame">
        {measuredWidth !== undefined && panes.map((pane, i) => (
          <ChartPane
            key={pane.label}
            pane={pane}
            rows={rows}
            width={width}
            axis={axis}
            xBands={xBands}
            top={i === 0}
            // The x axis's labels go under the last pane only.
            showXTicks={i === panes.length - 1}
            keepTimes={keepTimes}
            cursor={{ group, owner: id, describe }}
            events={pane.events ? events : undefined}
            onActiveEvent={setActiveEvent}
          />
        ))}
        <CursorTooltip group={group} owner={id} rows={rows} series={shown} label={axis.label} cells={cells} width={width} />
        {activeEvent && <EventTooltip active={activeEvent} width={width} />}
      </div>
      <ChartTable
        name={table.name}
        columns={[axis.heading, ...seriesColumns.map((c) => c.heading)]}
        rows={rows}
        reversed={table.reversed}
        cells={(row) => [axis.format(row.time), ...series.flatMap((s) => cells(row, s.name) ?? table.headings(s.name).map(() => BLANK))]}
        secondary={(column) => seriesColumns[column - 1]?.secondary ?? false}
      />
    </>
  );
}
