// The Performance panel: one line per symbol, rebased to 0% on the base date, with the
// events overlaid and a legend that shows and hides series.
import { useCallback, useMemo, useState } from 'react';
import { formatPercent, formatPrice } from '@/domain/format';
import type { Ticker } from '@/domain/types';
import { useChartEvents, usePriceView } from '@/queries/view-data';
import { useSeriesSlots } from '@/stores/series-slots';
import { useViewStore } from '@/stores/view-store';
import { SeriesLegend } from '@/ui/chart/legend';
import { TimeChart, type ChartSeries, type PaneSpec } from '@/ui/chart/lazy-time-chart';
import { ErrorState } from '@/ui/primitives/error-state';
import { Panel } from '@/ui/primitives/panel';
import { Skeleton } from '@/ui/primitives/skeleton';
import { StaleNote } from '@/ui/primitives/stale-note';
import { performanceChart, type ChartRow } from './chart-rows';
import { describeBase } from './describe-base';
import { PerformanceExports } from './performance-exports';

const CHART_HEIGHT = 320;
/** Whole percents once the axis passes ±10% (a 25-year chart reaches +1400%), so labels fit. */
const percentTick = (v: number) => (v === 0 ? '0%' : `${(v * 100).toFixed(Math.abs(v) < 0.1 ? 1 : 0)}%`);
const RETURNS_AXIS = { format: percentTick, zeroLine: true };

export function PerformancePanel() {
  const view = usePriceView();
  const basis = useViewStore((s) => s.basis);
  const slots = useSeriesSlots();
  const events = useChartEvents();
  const [hidden, setHidden] = useState<ReadonlySet<Ticker>>(new Set());
  const chart = useMemo(() => performanceChart(view.performances), [view.performances]);

  const series = useMemo(
    (): ChartSeries<ChartRow>[] =>
      view.performances.map(({ symbol }) => ({
        name: symbol,
        styleIndex: slots.get(symbol) ?? 0,
        value: chart.columns.get(symbol)!.returnOf,
        hidden: hidden.has(symbol),
      })),
    [view.performances, chart, slots, hidden],
  );
  const returnAndPrice = useCallback(
    (row: ChartRow, symbol: Ticker): string[] | undefined => {
      const column = chart.columns.get(symbol);
      const ret = column?.returnOf(row);
      const close = column?.closeOf(row);
      return ret === undefined || close === undefined ? undefined : [formatPercent(ret), formatPrice(close)];
    },
    [chart],
  );
  const panes = useMemo(
    (): PaneSpec<ChartRow>[] => [
      {
        label: `Returns of ${series.map((s) => s.name).join(', ')} over time`,
        height: CHART_HEIGHT,
        marks: 'lines',
        series,
        y: RETURNS_AXIS,
        slider: 'Date on the Performance chart',
        events: true,
      },
    ],
    [series],
  );
  const toggle = (symbol: Ticker) =>
    setHidden((h) => {
      const next = new Set(h);
      if (!next.delete(symbol)) next.add(symbol);
      return next;
    });

  return (
    <Panel title="Performance" actions={<PerformanceExports />}>
      <p className="panel-note">{describeBase(view, basis)}</p>
      <StaleNote stale={view.stale} />
      {view.failures.length > 0 && view.performances.length === 0 && !view.loading ? (
        <ErrorState message={view.failures.map((f) => f.error.message).join(' ')} onRetry={view.retryAll} />
      ) : view.loading && view.performances.length === 0 ? (
        <Skeleton height={CHART_HEIGHT} label="Loading prices…" />
      ) : (
        <>
          <SeriesLegend series={series} hidden={hidden} onToggle={toggle} />
          <TimeChart
            id="performance"
            rows={chart.rows}
            panes={panes}
            events={events}
            cells={returnAndPrice}
            table={{ name: 'Performance by date', headings: (symbol) => [`${symbol} return`, `${symbol} price`], reversed: true, primary: 1 }}
          />
        </>
      )}
    </Panel>
  );
}
