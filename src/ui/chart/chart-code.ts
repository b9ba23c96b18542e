// The chart kit's code (TimeChart with Recharts, about half of the page's JavaScript) is a
// chunk of its own, loaded once and followed here: loading, in, or failed (offline, a new
// deployment). A store rather than React.lazy: a lazy component suspends on its first
// render even when its code is in, and React shows what it held back up to 300 ms late,
// in a render of its own; a store's change is an ordinary render.
import type { ReactNode } from 'react';
import { retriableImport } from '@/ui/primitives/retriable-import';
import type { TimeChartProps } from './time-chart';

export type Chart = <Row extends { time: number }>(props: TimeChartProps<Row>) => ReactNode;
export type ChartCode = { state: 'loading' } | { state: 'loaded'; Chart: Chart } | { state: 'failed'; error: unknown };

const importChart = retriableImport(() => import('./time-chart'));
let code: ChartCode = { state: 'loading' };
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function set(next: ChartCode): void {
  code = next;
  for (const listener of [...listeners]) listener();
}

/** Loads the code if it is not in or on its way; resolves once it is in or failed. */
export function loadChartCode(): Promise<void> {
  loading ??= importChart().then(
    (m) => set({ state: 'loaded', Chart: m.TimeChart }),
    (error: unknown) => {
      // The next load imports afresh (Retry).
      loading = undefined;
      set({ state: 'failed', error });
    },
  );
  return loading;
}

/** After a failure: loading again. */
export function retryChartCode(): void {
  if (code.state !== 'failed') return;
  set({ state: 'loading' });
  void loadChartCode();
}

export function chartCode(): ChartCode {
  return code;
}

export function subscribeChartCode(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
