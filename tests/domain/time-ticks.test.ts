// Time-axis ticks land on calendar boundaries and never exceed the room they are given.
import { describe, expect, it } from 'vitest';
import { fromTime, toTime } from '@/domain/dates';
import { timeTicks } from '@/domain/time-ticks';

const dates = (start: string, end: string, max: number) => {
  const { ticks, unit } = timeTicks(toTime(start), toTime(end), max);
  return { dates: ticks.map(fromTime), unit };
};

describe('timeTicks', () => {
  it('marks month starts across a year-to-date range', () => {
    expect(dates('2024-12-31', '2025-07-25', 12)).toEqual({
      dates: ['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01', '2025-05-01', '2025-06-01', '2025-07-01'],
      unit: 'month',
    });
  });

  it('widens the step to quarters when there is room for fewer ticks', () => {
    expect(dates('2024-12-31', '2025-12-31', 5)).toEqual({
      dates: ['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01'],
      unit: 'month',
    });
  });

  it('fits a phone: two ticks of room over a year to date still shows two months, not just the year', () => {
    expect(dates('2024-12-31', '2025-07-25', 2)).toEqual({ dates: ['2025-01-01', '2025-07-01'], unit: 'month' });
  });

  it('uses Mondays for a one-month range', () => {
    const { dates: d, unit } = dates('2025-06-25', '2025-07-25', 8);
    expect(unit).toBe('day');
    expect(d).toEqual(['2025-06-30', '2025-07-07', '2025-07-14', '2025-07-21']);
  });

  it('uses year starts over a decade', () => {
    const { dates: d, unit } = dates('2015-01-02', '2025-12-31', 12);
    expect(unit).toBe('year');
    expect(d[0]).toBe('2016-01-01');
    expect(d.every((x) => x.endsWith('-01-01'))).toBe(true);
  });

  it('never gives more ticks than asked for, at any width', () => {
    for (const max of [2, 3, 4, 6, 9, 14]) {
      for (const [start, end] of [
        ['2025-06-25', '2025-07-25'],
        ['2024-07-25', '2025-07-25'],
        ['2015-01-02', '2025-12-31'],
      ] as const) {
        expect(timeTicks(toTime(start), toTime(end), max).ticks.length).toBeLessThanOrEqual(max);
      }
    }
  });
});
