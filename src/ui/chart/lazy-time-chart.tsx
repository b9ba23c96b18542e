// TimeChart as the panels use it: a placeholder of the chart's height until the chart
// kit's code is in (chart-code.ts), then the chart; if the code could not load, the
// panel's error, with Retry. The first screen (At a glance, Coming up) and the panels'
// text and tables do not wait for it.
import { useDeferredValue, useEffect, useSyncExternalStore } from 'react';
import { PanelErrorBoundary } from '@/ui/primitives/panel-error-boundary';
import { Skeleton } from '@/ui/primitives/skeleton';
import { chartCode, loadChartCode, retryChartCode, subscribeChartCode, type ChartCode } from './chart-code';
import type { TimeChartProps } from './time-chart';

export type { ChartEvents, ChartSeries, PaneSpec, StepAxis, YAxisSpec } from './time-chart';

interface LazyTimeChartProps<Row extends { time: number }> extends TimeChartProps<Row> {
  /**
   * Below the fold: first drawn in a render after the page's urgent one (React's deferred
   * value), so the page's first chart paints without waiting for this one. Later
   * updates (a range switch) are drawn at once, as every chart's are.
   */
  later?: boolean;
}

export function TimeChart<Row extends { time: number }>({ later = false, ...props }: LazyTimeChartProps<Row>) {
  return <PanelErrorBoundary onRetry={retryChartCode}>{later ? <DrawnLater {...props} /> : <Drawn {...props} />}</PanelErrorBoundary>;
}

function useChartCode(): ChartCode {
  // main.tsx asks for the code before the first render; anywhere else, the first chart does.
  useEffect(() => void loadChartCode(), []);
  return useSyncExternalStore(subscribeChartCode, chartCode, chartCode);
}

function Drawn<Row extends { time: number }>(props: TimeChartProps<Row>) {
  return <ChartOr code={useChartCode()} {...props} />;
}

const LOADING: ChartCode = { state: 'loading' };

function DrawnLater<Row extends { time: number }>(props: TimeChartProps<Row>) {
  return <ChartOr code={useDeferredValue(useChartCode(), LOADING)} {...props} />;
}

function ChartOr<Row extends { time: number }>({ code, ...props }: TimeChartProps<Row> & { code: ChartCode }) {
  // The boundary above says the code could not be loaded, and offers Retry.
  if (code.state === 'failed') throw code.error;
  if (code.state === 'loading') return <Skeleton height={props.panes.reduce((sum, pane) => sum + pane.height, 0)} label="Loading the chart…" />;
  return <code.Chart {...props} />;
}
