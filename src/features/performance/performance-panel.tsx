// The Performance panel: one line per symbol, rebased to 0% on the base date, on the
// shared time axis, with a legend that shows and hides series.
import { useMemo, useState, type ReactNode } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent, formatPrice } from '@/domain/format';
import type { TimelineEvent, Ticker } from '@/domain/types';
import { EventOverlay, type ActiveEvent } from '@/ui/event-overlay';
import { EventTooltip } from '@/ui/event-tooltip';
import { RowTooltip, type ChartTooltipProps } from '@/ui/chart-tooltip';
import { ErrorState } from '@/ui/error-state';
import { Panel } from '@/ui/panel';
import { seriesLineProps, seriesStyle } from '@/ui/series-style';
import { Skeleton } from '@/ui/skeleton';
import { syncByNearestDate, TIMELINE_SYNC_ID } from '@/ui/sync-by-date';
import { useTimeAxis } from '@/ui/time-axis';
import { useElementWidth } from '@/ui/use-element-width';
import { buildChartRows, type ChartRow } from './chart-rows';
import { describeBase } from './describe-base';
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
    <Panel title="Performance">
      <p className="panel-note">{describeBase(model, basisLabel)}</p>
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
            <PerformanceChart rows={rows} symbols={symbols} shown={shown} hidden={hidden} width={width}>
              <EventOverlay events={events} selectedId={selectedEventId} onSelect={onSelectEvent} onActive={setActiveEvent} />
            </PerformanceChart>
            {activeEvent && <EventTooltip active={activeEvent} width={width} />}
          </div>
        </>
      )}
    </Panel>
  );
}

interface PerformanceChartProps {
  rows: ChartRow[];
  symbols: Ticker[];
  shown: Ticker[];
  hidden: ReadonlySet<Ticker>;
  width: number;
  /** Overlays drawn inside the chart (events). */
  children?: ReactNode;
}

function PerformanceChart({ rows, symbols, shown, hidden, width, children }: PerformanceChartProps) {
  const timeAxis = useTimeAxis(rows, width);
  return (
    <LineChart
      width={width}
      height={CHART_HEIGHT}
      data={rows}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      accessibilityLayer
      syncId={TIMELINE_SYNC_ID}
      syncMethod={syncByNearestDate}
      role="img"
      aria-label={`Returns of ${shown.join(', ')} over time`}
    >
      <CartesianGrid stroke="var(--grid)" vertical={false} />
      <XAxis {...timeAxis} minTickGap={24} />
      <YAxis tickFormatter={(v: number) => formatPercent(v)} stroke="var(--muted)" width={64} domain={['auto', 'auto']} />
      <ReferenceLine y={0} stroke="var(--muted)" />
      <Tooltip content={TooltipContent} isAnimationActive={false} />
      {shown.map((symbol) => (
        <Line
          key={symbol}
          name={symbol}
          dataKey={(row: ChartRow) => row.returns[symbol]}
          {...seriesLineProps(symbols.indexOf(symbol))}
          connectNulls
          hide={hidden.has(symbol)}
        />
      ))}
      {children}
    </LineChart>
  );
}

function TooltipContent(props: ChartTooltipProps) {
  return <RowTooltip<ChartRow> {...props} cells={returnAndPrice} />;
}

function returnAndPrice(row: ChartRow, symbol: Ticker): string[] | undefined {
  const ret = row.returns[symbol];
  const value = row.values[symbol];
  return ret === undefined || value === undefined ? undefined : [formatPercent(ret), formatPrice(value)];
}
