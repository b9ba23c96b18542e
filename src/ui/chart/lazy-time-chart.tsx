// TimeChart as the panels use it: a placeholder of the chart's height until the chart
// kit's code is in (chart-code.ts), then the chart; if the code could not load, the
// panel's error, with Retry. The first screen (At a glance, Coming up) and the panels'
// text and tables do not wait for it.
import { useEffect, useSyncExternalStore } from 'react';
import { PanelErrorBoundary } from '@/ui/primitives/panel-error-boundary';
import { Skeleton } from '@/ui/primitives/skeleton';
import { chartCode, loadChartCode, retryChartCode, subscribeChartCode } from './chart-code';
import type { TimeChartProps } from './time-chart';

export type { ChartEvents, ChartSeries, PaneSpec, StepAxis, YAxisSpec } from './time-chart';

export function TimeChart<Row extends { time: number }>(props: TimeChartProps<Row>) {
  return (
    <PanelErrorBoundary onRetry={retryChartCode}>
      <WhenLoaded {...props} />
    </PanelErrorBoundary>
  );
}

function WhenLoaded<Row extends { time: number }>(props: TimeChartProps<Row>) {
  const code = useSyncExternalStore(subscribeChartCode, chartCode, chartCode);
  // main.tsx asks for the code before the first render; anywhere else, the first chart does.
  useEffect(() => void loadChartCode(), []);
  // The boundary above says the code could not be loaded, and offers Retry.
  if (code.state === 'failed') throw code.error;
  if (code.state === 'loading') return <Skeleton height={props.panes.reduce((sum, pane) => sum + pane.height, 0)} label="Loading the chart…" />;
  return <code.Chart {...props} />;
}
