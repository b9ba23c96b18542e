// The x axis every time chart shares: UTC-midnight timestamps, ticks on calendar
// boundaries, labels to match. Spread the result onto a Recharts <XAxis>.
import { useMemo } from 'react';
import { formatAxisDate } from '@/domain/format';
import { timeTicks } from '@/domain/time-ticks';

/** Room one tick label needs, and what the y axis and margins take from the width. */
const PX_PER_TICK = 80;
const NON_PLOT_PX = 90;

/** The plot's width in a chart `width` wide: the pixel columns its lines can use. */
export function plotWidthOf(width: number): number {
  return Math.max(1, width - NON_PLOT_PX);
}

export function useTimeAxis(rows: readonly { time: number }[], width: number) {
  const first = rows[0]?.time ?? 0;
  const last = rows[rows.length - 1]?.time ?? 0;
  return useMemo(() => {
    const { ticks, unit } = timeTicks(first, last, plotWidthOf(width) / PX_PER_TICK);
    return {
      dataKey: 'time',
      type: 'number',
      scale: 'time',
      domain: [first, last],
      ticks,
      tickFormatter: (t: number) => formatAxisDate(t, unit),
      stroke: 'var(--muted)',
    } as const;
  }, [first, last, width]);
}
