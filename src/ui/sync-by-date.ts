// Synchronised cursors across time charts whose rows are different days (trading days
// for prices, calendar days for sentiment): the receiving chart snaps to its row
// nearest the hovered date, instead of Recharts' default of the same row index.
import type { MouseHandlerDataParam } from 'recharts';

/** The group name every time chart shares. */
export const TIMELINE_SYNC_ID = 'timeline';
const MAX_GAP_MS = 4 * 86_400_000;

interface Tick {
  value: unknown;
}

export function syncByNearestDate(ticks: readonly Tick[], data: MouseHandlerDataParam): number {
  const target = Number(data.activeLabel);
  if (!Number.isFinite(target) || ticks.length === 0) return -1;
  let lo = 0;
  let hi = ticks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (Number(ticks[mid]!.value) < target) lo = mid + 1;
    else hi = mid;
  }
  const best = lo > 0 && target - Number(ticks[lo - 1]!.value) < Number(ticks[lo]!.value) - target ? lo - 1 : lo;
  // Far from any row of this chart (outside its range): show no cursor rather than a wrong one.
  return Math.abs(Number(ticks[best]!.value) - target) <= MAX_GAP_MS ? best : -1;
}
