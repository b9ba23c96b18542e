// TimeChart as the panels use it. Its code, the kit with Recharts, is about half of the
// page's JavaScript, so it is a chunk of its own: the first screen (At a glance, Coming up)
// and the panels' text and tables do not wait for it. main.tsx starts loading it before
// the first render (preloadTimeChart), so it arrives beside the data, not after.
import { Suspense, type ReactNode } from 'react';
import { PanelErrorBoundary } from '@/ui/primitives/panel-error-boundary';
import { retriableLazy } from '@/ui/primitives/retriable-lazy';
import { Skeleton } from '@/ui/primitives/skeleton';
import type { TimeChartProps } from './time-chart';

export type { ChartEvents, ChartSeries, PaneSpec, StepAxis, YAxisSpec } from './time-chart';

const load = () => import('./time-chart');
// retriableLazy drops the component's type parameter: restored here.
const Chart = retriableLazy(() => load().then((m) => m.TimeChart)) as unknown as (<Row extends { time: number }>(props: TimeChartProps<Row>) => ReactNode) & {
  retry: () => void;
};

/** Starts loading the chart's code now; a failure shows (with Retry) where a chart renders. */
export function preloadTimeChart(): void {
  load().catch(() => undefined);
}

export function TimeChart<Row extends { time: number }>(props: TimeChartProps<Row>) {
  const height = props.panes.reduce((sum, pane) => sum + pane.height, 0);
  return (
    <PanelErrorBoundary onRetry={Chart.retry}>
      <Suspense fallback={<Skeleton height={height} label="Loading the chart…" />}>
        <Chart {...props} />
      </Suspense>
    </PanelErrorBoundary>
  );
}
