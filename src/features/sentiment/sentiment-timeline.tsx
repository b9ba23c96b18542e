// Sentiment over the range: each symbol's score, message volume against normal in
// columns beneath, the events overlaid, and a cursor shared with the Performance chart by
// date (both are dated TimeCharts).
import { useMemo } from 'react';
import { SENTIMENT_BOUNDS } from '@/domain/sentiment';
import type { Ticker } from '@/domain/types';
import { useChartEvents } from '@/queries/view-data';
import { useSeriesSlots } from '@/stores/series-slots';
import { TimeChart, type PaneSpec, type YAxisSpec } from '@/ui/chart/lazy-time-chart';
import type { TimelineRow } from './timeline-rows';

const SCORE_AXIS: YAxisSpec = {
  domain: [0, 100],
  ticks: SENTIMENT_BOUNDS,
  bands: [
    { from: 60, to: 100, className: 'band-bullish' },
    { from: 0, to: 40, className: 'band-bearish' },
  ],
};
const VOLUME_AXIS: YAxisSpec = { domain: [0, 'auto'], format: (v) => `${v}×` };

export function SentimentTimeline({ rows, symbols }: { rows: readonly TimelineRow[]; symbols: readonly Ticker[] }) {
  const events = useChartEvents();
  const slots = useSeriesSlots();
  const panes = useMemo((): PaneSpec<TimelineRow>[] => {
    const series = (value: (row: TimelineRow, symbol: Ticker) => number | undefined) =>
      symbols.map((symbol) => ({ name: symbol, styleIndex: slots.get(symbol) ?? 0, value: (row: TimelineRow) => value(row, symbol) }));
    return [
      {
        label: `Sentiment score of ${symbols.join(', ')} over time`,
        height: 220,
        marks: 'lines',
        series: series((row, symbol) => row.scores[symbol]),
        y: SCORE_AXIS,
        slider: 'Date on the Sentiment chart',
        events: true,
      },
      {
        label: "Message volume against each symbol's normal",
        height: 110,
        marks: 'columns',
        series: series((row, symbol) => row.volumes[symbol]),
        y: VOLUME_AXIS,
      },
    ];
  }, [symbols, slots]);

  return (
    <TimeChart
      id="sentiment"
      // Below the Performance chart: drawn after it, so the page's first chart comes sooner.
      later
      rows={rows}
      panes={panes}
      events={events}
      cells={scoreAndVolume}
      table={{ name: 'Sentiment by date', headings: (symbol) => [`${symbol} score`, `${symbol} volume`], reversed: true, primary: 1 }}
    />
  );
}

function scoreAndVolume(row: TimelineRow, symbol: string): string[] | undefined {
  const score = row.scores[symbol];
  const volume = row.volumes[symbol];
  if (score === undefined && volume === undefined) return undefined;
  return [score === undefined ? '–' : score.toFixed(0), volume === undefined ? '–' : `${volume.toFixed(2)}× normal`];
}
