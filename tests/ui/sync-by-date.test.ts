// @vitest-environment node
// Cursors follow each other by date between charts whose rows are different days.
import { describe, expect, it } from 'vitest';
import { toTime } from '@/domain/dates';
import { syncByNearestDate } from '@/ui/sync-by-date';

const ticks = ['2025-07-24', '2025-07-25', '2025-07-28'].map((d, index) => ({ value: toTime(d), index, coordinate: index * 10 }));
const hover = (date: string) =>
  syncByNearestDate(ticks, { activeLabel: toTime(date), activeIndex: 0, activeTooltipIndex: 0, isTooltipActive: true, activeDataKey: undefined, activeCoordinate: undefined });

describe('syncByNearestDate', () => {
  it('finds the same date in the other chart, whatever its index there', () => {
    expect(hover('2025-07-28')).toBe(2);
    expect(hover('2025-07-24')).toBe(0);
  });

  it('snaps a weekend to the nearest trading day', () => {
    expect(hover('2025-07-26')).toBe(1); // Saturday: Friday is nearer than Monday
    expect(hover('2025-07-27')).toBe(2); // Sunday: Monday is nearer
  });

  it('shows no cursor far outside the other chart', () => {
    expect(hover('2025-09-01')).toBe(-1);
    expect(hover('2024-01-01')).toBe(-1);
  });
});
