// Sentiment over the range: each symbol's score, message volume against normal in bars
// beneath, the events overlaid, and a cursor that follows the Performance chart by date.
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceArea, Tooltip, XAxis, YAxis } from 'recharts';
import { SENTIMENT_BOUNDS } from '@/domain/sentiment';
import type { TimelineEvent, Ticker } from '@/domain/types';
import { RowTooltip, type ChartTooltipProps } from '@/ui/chart-tooltip';
import { EventOverlay, type ActiveEvent } from '@/ui/event-overlay';
import { EventTooltip } from '@/ui/event-tooltip';
import { seriesLineProps, seriesStyle } from '@/ui/series-style';
import { syncByNearestDate, TIMELINE_SYNC_ID } from '@/ui/sync-by-date';
import { useTimeAxis } from '@/ui/time-axis';
import { useElementWidth } from '@/ui/use-element-width';
import type { TimelineRow } from './timeline-rows';

interface SentimentTimelineProps {
  rows: TimelineRow[];
  symbols: Ticker[];
  events: readonly TimelineEvent[];
  selectedEventId?: string;
  onSelectEvent: (id: string) => void;
}

const MARGIN = { top: 8, right: 16, bottom: 4, left: 8 };

export function SentimentTimeline({ rows, symbols, events, selectedEventId, onSelectEvent }: SentimentTimelineProps) {
  const [frameRef, width] = useElementWidth<HTMLDivElement>(720);
  const [activeEvent, setActiveEvent] = useState<ActiveEvent>();
  const timeAxis = useTimeAxis(rows, width);

  return (
    <div ref={frameRef} className="chart-frame">
      <LineChart
        width={width}
        height={220}
        data={rows}
        margin={MARGIN}
        syncId={TIMELINE_SYNC_ID}
        syncMethod={syncByNearestDate}
        role="img"
        aria-label={`Sentiment score of ${symbols.join(', ')} over time`}
      >
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis {...timeAxis} hide />
        <YAxis domain={[0, 100]} ticks={[...SENTIMENT_BOUNDS]} stroke="var(--muted)" width={64} />
        <ReferenceArea y1={60} y2={100} fill="var(--up)" fillOpacity={0.06} />
        <ReferenceArea y1={0} y2={40} fill="var(--down)" fillOpacity={0.06} />
        <Tooltip content={ScoreTooltip} isAnimationActive={false} />
        {symbols.map((symbol, i) => (
          <Line key={symbol} name={symbol} dataKey={(row: TimelineRow) => row.scores[symbol]} {...seriesLineProps(i)} />
        ))}
        <EventOverlay events={events} selectedId={selectedEventId} onSelect={onSelectEvent} onActive={setActiveEvent} />
      </LineChart>
      {activeEvent && <EventTooltip active={activeEvent} width={width} />}
      <BarChart
        width={width}
        height={110}
        data={rows}
        margin={MARGIN}
        syncId={TIMELINE_SYNC_ID}
        syncMethod={syncByNearestDate}
        barGap={0}
        barCategoryGap={0}
        role="img"
        aria-label="Message volume against each symbol's normal"
      >
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis {...timeAxis} />
        <YAxis stroke="var(--muted)" width={64} tickFormatter={(v: number) => `${v}×`} domain={[0, 'auto']} />
        <Tooltip content={VolumeTooltip} isAnimationActive={false} />
        {symbols.map((symbol, i) => (
          <Bar
            key={symbol}
            name={symbol}
            dataKey={(row: TimelineRow) => row.volumes[symbol]}
            fill={seriesStyle(i).color}
            fillOpacity={0.7}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}

function ScoreTooltip(props: ChartTooltipProps) {
  return <RowTooltip<TimelineRow> {...props} cells={(row, symbol) => (row.scores[symbol] === undefined ? undefined : [row.scores[symbol].toFixed(0)])} />;
}

function VolumeTooltip(props: ChartTooltipProps) {
  return (
    <RowTooltip<TimelineRow>
      {...props}
      cells={(row, symbol) => (row.volumes[symbol] === undefined ? undefined : [`${row.volumes[symbol].toFixed(2)}× normal`])}
    />
  );
}
