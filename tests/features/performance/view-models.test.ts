// The Performance and Returns view models: rows on the shared time axis, excess, sorting.
import { describe, expect, it } from 'vitest';
import { toTime } from '@/domain/dates';
import { seriesPerformance } from '@/domain/returns';
import type { PriceSeries } from '@/domain/types';
import { performanceChart } from '@/features/performance/chart-rows';
import { buildReturnsRows, sortRows } from '@/features/performance/returns-rows';

const series = (symbol: string, closes: [string, number][]): PriceSeries => ({
  symbol,
  bars: closes.map(([date, close]) => ({ date, close })),
});

const spy = series('SPY', [
  ['2025-01-02', 100],
  ['2025-01-03', 110],
  ['2025-01-06', 105],
]);
// A symbol listed elsewhere trades on a day SPY does not, and misses one SPY has.
const abc = series('ABC', [
  ['2025-01-02', 50],
  ['2025-01-04', 40],
  ['2025-01-06', 60],
]);
const window = { start: '2025-01-02', basis: 'price' as const };

describe('performanceChart', () => {
  it('puts every date of every series on one ascending time axis, with gaps where a series has no bar', () => {
    const { rows, columns } = performanceChart([seriesPerformance(spy, window)!, seriesPerformance(abc, window)!]);
    const [spyColumn, abcColumn] = [columns.get('SPY')!, columns.get('ABC')!];
    expect(rows.map((r) => r.time)).toEqual(['2025-01-02', '2025-01-03', '2025-01-04', '2025-01-06'].map(toTime));
    expect(rows.map(spyColumn.returnOf)[0]).toBe(0);
    expect(rows.map(abcColumn.returnOf)[0]).toBe(0);
    expect(abcColumn.returnOf(rows[1]!)).toBeUndefined();
    expect(spyColumn.returnOf(rows[1]!)).toBeCloseTo(0.1);
    expect(abcColumn.returnOf(rows[2]!)).toBeCloseTo(-0.2);
    expect([spyColumn.valueOf(rows[3]!), abcColumn.valueOf(rows[3]!)]).toEqual([105, 60]);
    expect(spyColumn.closeOf(rows[3]!)).toBe(105);
  });

  it("takes a range's dates only, each series from its own base: a day before every base is no row", () => {
    // From Jan 5: SPY's base is Jan 3 and ABC's Jan 4, so Jan 2 (both have a bar) is no row.
    const later = { start: '2025-01-05', basis: 'price' as const };
    const { rows, columns } = performanceChart([seriesPerformance(spy, later)!, seriesPerformance(abc, later)!]);
    expect(rows.map((r) => r.time)).toEqual(['2025-01-03', '2025-01-04', '2025-01-06'].map(toTime));
    expect(rows.map(columns.get('SPY')!.returnOf)).toEqual([0, undefined, 105 / 110 - 1]);
    expect(rows.map(columns.get('ABC')!.returnOf)).toEqual([undefined, 0, 60 / 40 - 1]);
  });
});

describe('buildReturnsRows and sortRows', () => {
  const rows = buildReturnsRows([seriesPerformance(spy, window)!, seriesPerformance(abc, window)!], spy, 'price');

  it('measures excess against the benchmark over the same dates', () => {
    expect(rows[1]!.return).toBeCloseTo(0.2);
    expect(rows[1]!.excess).toBeCloseTo(0.2 - 0.05);
    // The benchmark's excess over itself does not apply.
    expect(rows[0]).toMatchObject({ isBenchmark: true, excess: undefined });
    expect(rows[1]!.isBenchmark).toBe(false);
  });

  it('sorts numbers and symbols both ways and leaves the input alone', () => {
    expect(sortRows(rows, { key: 'return', direction: 'descending' }).map((r) => r.symbol)).toEqual(['ABC', 'SPY']);
    expect(sortRows(rows, { key: 'maxDrawdown', direction: 'ascending' }).map((r) => r.symbol)).toEqual(['ABC', 'SPY']);
    expect(sortRows(rows, { key: 'symbol', direction: 'ascending' }).map((r) => r.symbol)).toEqual(['ABC', 'SPY']);
    expect(rows.map((r) => r.symbol)).toEqual(['SPY', 'ABC']);
  });

  it('puts rows without the sorted figure last in either direction', () => {
    const noBenchmark = buildReturnsRows([seriesPerformance(spy, window)!, seriesPerformance(abc, window)!], undefined, 'price');
    const withGap = [{ ...noBenchmark[0]!, excess: 0.01 }, noBenchmark[1]!];
    expect(sortRows(withGap, { key: 'excess', direction: 'ascending' }).map((r) => r.symbol)).toEqual(['SPY', 'ABC']);
    expect(sortRows(withGap, { key: 'excess', direction: 'descending' }).map((r) => r.symbol)).toEqual(['SPY', 'ABC']);
  });
});
