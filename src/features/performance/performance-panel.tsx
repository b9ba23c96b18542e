// The Performance panel: one line per symbol, rebased to 0% on the base date, on the
// shared time axis, with a legend that shows and hides series.
import { useMemo, useState, type ReactNode } from 'react';
import { CartesianGrid, LineChart, XAxis, YAxis } from 'recharts';
import { formatDate, formatPercent, formatPrice } from '@/domain/format';
import type { ReturnPoint, SeriesPerformance } from '@/domain/returns';
import type { TimelineEvent, Ticker } from '@/domain/types';
import { EventOverlay, type ActiveEvent } from '@/ui/chart/event-overlay';
import { EventTooltip } from '@/ui/chart/event-tooltip';
import { ChartCursor } from '@/ui/chart/cursor';
import { ChartLines } from '@/ui/chart/lines';
import { ChartTable } from '@/ui/chart/chart-table';
import { useDrawnPoints, useEventTimes } from '@/ui/chart/drawn-points';
import { CursorTooltip } from '@/ui/chart/cursor-tooltip';
import { ErrorState } from '@/ui/primitives/error-state';
import { Panel } from '@/ui/primitives/panel';
import { seriesStyle } from '@/ui/chart/series-style';
import { Skeleton } from '@/ui/primitives/skeleton';
import { StaleNote } from '@/ui/primitives/stale-note';
import { useTimeAxis } from '@/ui/chart/time-axis';
import { useElementWidth } from '@/ui/chart/use-element-width';
import { YLine } from '@/ui/chart/y-marks';
import { buildChartRows, type ChartRow } from './chart-rows';
import { describeBase } from './describe-base';
import { PerformanceExports } from './performance-exports';
import type { PerformanceModel } from './use-performance';

const CHART_HEIGHT = 320;

interface PerformancePanelProps {
  model: PerformanceModel;
  symbols: Ticker[];
  basisLabel: string;
  events: readonly TimelineEvent[];
  selectedEventId?: string;
  onSelectEvent: (id: string) => void;
}

export function PerformancePanel({ model, symbols, basisLabel, events, selectedEventId, onSelectEvent }: PerformancePanelProps) {
  const [hidden, setHidden] = useState<ReadonlySet<Ticker>>(new Set());
  const [activeEvent, setActiveEvent] = useState<ActiveEvent>();
  const [frameRef, width] = useElementWidth<HTMLDivElement>(720);
  const rows = useMemo(() => buildChartRows(model.performances), [model.performances]);
  const shown = model.performances.map((p) => p.symbol);
  const toggle = (symbol: Ticker) =>
    setHidden((h) => {
      const next = new Set(h);
      if (!next.delete(symbol)) next.add(symbol);
      return next;
    });

  return (
    <Panel title="Performance" actions={<PerformanceExports model={model} basisLabel={basisLabel} />}>
      <p className="panel-note">{describeBase(model, basisLabel)}</p>
      <StaleNote stale={model.stale} />
      {model.failures.length > 0 && model.performances.length === 0 && !model.loading ? (
        <ErrorState message={model.failures.map((f) => f.error.message).join(' ')} onRetry={model.retryAll} />
      ) : model.loading && model.performances.length === 0 ? (
        <Skeleton height={CHART_HEIGHT} label="Loading prices…" />
      ) : (
        <>
          <div className="legend" role="group" aria-label="Series">
            {shown.map((symbol) => {
              const style = seriesStyle(symbols.indexOf(symbol));
              return (
                <button
                  key={symbol}
                  type="button"
                  className="legend-item"
                  aria-pressed={!hidden.has(symbol)}
                  onClick={() => toggle(symbol)}
                  title={hidden.has(symbol) ? `Show ${symbol}` : `Hide ${symbol}`}
                >
                  <svg width="24" height="10" aria-hidden="true">
                    <line x1="0" y1="5" x2="24" y2="5" stroke={style.color} strokeWidth="2.5" strokeDasharray={style.dash} />
                  </svg>
                  {symbol}
                </button>
              );
            })}
          </div>
          <div ref={frameRef} className="chart-frame">
            <PerformanceChart performances={model.performances} rows={rows} symbols={symbols} hidden={hidden} events={events} width={width}>
              <EventOverlay events={events} selectedId={selectedEventId} onSelect={onSelectEvent} onActive={setActiveEvent} />
            </PerformanceChart>
            {activeEvent && <EventTooltip active={activeEvent} width={width} />}
          </div>
          <ChartTable
            name="Performance by date"
            columns={['Date', ...shown.flatMap((symbol) => [`${symbol} return`, `${symbol} price`])]}
            rows={rows}
            reversed
            cells={(row) => [formatDate(row.time), ...shown.flatMap((symbol) => returnAndPrice(row, symbol) ?? ['–', '–'])]}
          />
        </>
      )}
    </Panel>
  );
}

interface PerformanceChartProps {
  performances: readonly SeriesPerformance[];
  /** Every date with each symbol's exact figures: the cursor and tooltip read these. */
  rows: readonly ChartRow[];
  symbols: Ticker[];
  hidden: ReadonlySet<Ticker>;
  events: readonly TimelineEvent[];
  width: number;
  /** Overlays drawn inside the chart (events). */
  children?: ReactNode;
}

const CHART_ID = 'performance';
// Chart props that never change are module constants: a new object or function on every
// render makes Recharts re-register the setting and recompute its axes over every point.
const MARGIN = { top: 8, right: 16, bottom: 8, left: 8 };
const AUTO_DOMAIN = ['auto', 'auto'] as const;
/** Whole percents once the axis passes ±10% (a 25-year chart reaches +1400%), so labels fit. */
const percentTick = (v: number) => (v === 0 ? '0%' : `${(v * 100).toFixed(Math.abs(v) < 0.1 ? 1 : 0)}%`);

function PerformanceChart({ performances, rows, symbols, hidden, events, width, children }: PerformanceChartProps) {
  const timeAxis = useTimeAxis(rows, width);
  const lines = useDrawnPoints(performances, pointsOf, returnOf, width, useEventTimes(events));
  const shown = performances.map((p) => p.symbol);
  const chartLines = useMemo(
    () => performances.map((p, i) => ({ name: p.symbol, index: symbols.indexOf(p.symbol), points: lines[i]!, hidden: hidden.has(p.symbol) })),
    [performances, lines, symbols, hidden],
  );
  const cursorSeries = useMemo(
    () =>
      performances
        .filter((p) => !hidden.has(p.symbol))
        .map(({ symbol }) => ({ name: symbol, color: seriesStyle(symbols.indexOf(symbol)).color, value: (row: ChartRow) => row.returns[symbol] })),
    [performances, hidden, symbols],
  );
  return (
    <>
      <LineChart
        width={width}
        height={CHART_HEIGHT}
        margin={MARGIN}
        accessibilityLayer={false}
        // A group, not an image: it holds the date slider and the event markers.
        role="group"
        aria-label={`Returns of ${shown.join(', ')} over time`}
      >
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis {...timeAxis} minTickGap={24} />
        <YAxis tickFormatter={percentTick} stroke="var(--muted)" width={64} domain={AUTO_DOMAIN} />
        <YLine y={0} className="zero-line" />
        <ChartLines lines={chartLines} valueKey="return" />
        <ChartCursor
          id={CHART_ID}
          rows={rows}
          series={cursorSeries}
          slider={{ label: 'Date on the Performance chart', describe: (row) => describeRow(row, cursorSeries) }}
        />
        {children}
      </LineChart>
      <CursorTooltip id={CHART_ID} rows={rows} series={cursorSeries} cells={returnAndPrice} width={width} />
    </>
  );
}

const pointsOf = (p: SeriesPerformance) => p.points;
const returnOf = (point: ReturnPoint) => point.return;

function describeRow(row: ChartRow, series: readonly { name: string }[]): string {
  const figures = series.flatMap(({ name }) => (row.returns[name] === undefined ? [] : [`${name} ${formatPercent(row.returns[name])}`]));
  return [formatDate(row.time), ...figures].join(', ');
}

function returnAndPrice(row: ChartRow, symbol: Ticker): string[] | undefined {
  const ret = row.returns[symbol];
  const value = row.values[symbol];
  return ret === undefined || value === undefined ? undefined : [formatPercent(ret), formatPrice(value)];
}
