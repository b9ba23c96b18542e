// Sentiment over the range: each symbol's score, message volume against normal in bars
// beneath, the events overlaid, and a cursor shared with the Performance chart by date.
// Lines are downsampled and bars grouped to the plot's pixels; the cursor and tooltip
// read the exact daily rows.
import { useMemo, useState } from 'react';
import { CartesianGrid, LineChart, XAxis, YAxis } from 'recharts';
import { formatDate } from '@/domain/format';
import { SENTIMENT_BOUNDS } from '@/domain/sentiment';
import type { TimelineEvent, Ticker } from '@/domain/types';
import { ChartCursor, type CursorSeries } from '@/ui/chart/cursor';
import { ChartLines, ValueRange } from '@/ui/chart/lines';
import { ChartTable } from '@/ui/chart/chart-table';
import { useDrawnPoints, useEventTimes } from '@/ui/chart/drawn-points';
import { CursorTooltip } from '@/ui/chart/cursor-tooltip';
import { EventOverlay, type ActiveEvent } from '@/ui/chart/event-overlay';
import { EventTooltip } from '@/ui/chart/event-tooltip';
import { seriesStyle } from '@/ui/chart/series-style';
import { plotWidthOf, useTimeAxis } from '@/ui/chart/time-axis';
import { useElementWidth } from '@/ui/chart/use-element-width';
import { YBand } from '@/ui/chart/y-marks';
import { scoreLines, volumeBars, type ScorePoint, type TimelineRow } from './timeline-rows';
import { VolumeColumns } from '@/ui/chart/volume-columns';

interface SentimentTimelineProps {
  rows: TimelineRow[];
  symbols: Ticker[];
  events: readonly TimelineEvent[];
  selectedEventId?: string;
  onSelectEvent: (id: string) => void;
}

const MARGIN = { top: 8, right: 16, bottom: 4, left: 8 };
const CHART_ID = 'sentiment';
// Constant chart props (a new array or function per render makes Recharts recompute its axes).
const SCORE_DOMAIN = [0, 100];
const SCORE_TICKS = [...SENTIMENT_BOUNDS];
const VOLUME_DOMAIN = [0, 'auto'] as const;
const timesTick = (v: number) => `${v}×`;

export function SentimentTimeline({ rows, symbols, events, selectedEventId, onSelectEvent }: SentimentTimelineProps) {
  const [frameRef, width] = useElementWidth<HTMLDivElement>(720);
  const [activeEvent, setActiveEvent] = useState<ActiveEvent>();
  const timeAxis = useTimeAxis(rows, width);
  const lines = useMemo(() => scoreLines(rows, symbols), [rows, symbols]);
  const drawn = useDrawnPoints(lines, pointsOf, scoreOf, width, useEventTimes(events));
  const chartLines = useMemo(() => lines.map(({ symbol }, i) => ({ name: symbol, index: i, points: drawn[i]! })), [lines, drawn]);
  const bars = useMemo(() => volumeBars(rows, symbols, plotWidthOf(width) / Math.max(1, symbols.length)), [rows, symbols, width]);
  const highestVolume = useMemo(() => Math.max(0, ...bars.flatMap((bar) => Object.values(bar.volumes) as number[])), [bars]);
  const { scoreSeries, volumeSeries, legend } = useMemo(() => cursorSeries(symbols), [symbols]);

  return (
    <div ref={frameRef} className="chart-frame">
      <LineChart width={width} height={220} margin={MARGIN} accessibilityLayer={false} role="group" aria-label={`Sentiment score of ${symbols.join(', ')} over time`}>
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis {...timeAxis} hide />
        <YAxis domain={SCORE_DOMAIN} ticks={SCORE_TICKS} stroke="var(--muted)" width={64} />
        <YBand from={60} to={100} className="band-bullish" />
        <YBand from={0} to={40} className="band-bearish" />
        <ChartLines lines={chartLines} valueKey="score" />
        <ChartCursor
          id={CHART_ID}
          rows={rows}
          series={scoreSeries}
          slider={{ label: 'Date on the Sentiment chart', describe: (row) => describeRow(row, symbols) }}
        />
        <EventOverlay events={events} selectedId={selectedEventId} onSelect={onSelectEvent} onActive={setActiveEvent} />
      </LineChart>
      {activeEvent && <EventTooltip active={activeEvent} width={width} />}
      <LineChart
        width={width}
        height={110}
        margin={MARGIN}
        role="img"
        accessibilityLayer={false}
        aria-label="Message volume against each symbol's normal"
      >
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis {...timeAxis} />
        <YAxis stroke="var(--muted)" width={64} tickFormatter={timesTick} domain={VOLUME_DOMAIN} />
        <ValueRange low={0} high={highestVolume} time={rows[rows.length - 1]!.time} />
        <VolumeColumns rows={bars} symbols={symbols} />
        <ChartCursor id={CHART_ID} rows={rows} series={volumeSeries} />
      </LineChart>
      <CursorTooltip id={CHART_ID} rows={rows} series={legend} cells={scoreAndVolume} width={width} />
      <ChartTable
        name="Sentiment by date"
        columns={['Date', ...symbols.flatMap((symbol) => [`${symbol} score`, `${symbol} volume`])]}
        rows={rows}
        reversed
        cells={(row) => [formatDate(row.time), ...symbols.flatMap((symbol) => scoreAndVolume(row, symbol) ?? ['–', '–'])]}
      />
    </div>
  );
}

const pointsOf = (line: { points: ScorePoint[] }) => line.points;
const scoreOf = (point: ScorePoint) => point.score;

function cursorSeries(symbols: readonly Ticker[]) {
  const legend = symbols.map((name, i) => ({ name, color: seriesStyle(i).color }));
  const scoreSeries: CursorSeries<TimelineRow>[] = legend.map((s) => ({ ...s, value: (row) => row.scores[s.name] }));
  const volumeSeries: CursorSeries<TimelineRow>[] = legend.map((s) => ({ ...s, value: (row) => row.volumes[s.name] }));
  return { scoreSeries, volumeSeries, legend };
}

function scoreAndVolume(row: TimelineRow, symbol: string): string[] | undefined {
  const score = row.scores[symbol];
  const volume = row.volumes[symbol];
  if (score === undefined && volume === undefined) return undefined;
  return [score === undefined ? '–' : score.toFixed(0), volume === undefined ? '–' : `${volume.toFixed(2)}× normal`];
}

function describeRow(row: TimelineRow, symbols: readonly Ticker[]): string {
  const figures = symbols.flatMap((s) => (row.scores[s] === undefined ? [] : [`${s} ${row.scores[s].toFixed(0)}`]));
  return [formatDate(row.time), ...figures].join(', ');
}
