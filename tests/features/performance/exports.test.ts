// The Performance and Returns panels as CSV: the numbers the panels show, as numbers.
import { describe, expect, it } from 'vitest';
import { seriesPerformance } from '@/domain/returns';
import type { PriceSeries } from '@/domain/types';
import { performanceCsvTable, returnsCsvTable } from '@/features/performance/performance-csv';
import { buildReturnsRows } from '@/features/performance/returns-rows';
import { toCsv } from '@/lib/csv';

const series = (symbol: string, bars: [string, number, number?][]): PriceSeries => ({
  symbol,
  bars: bars.map(([date, close, adjClose]) => ({ date, close, ...(adjClose === undefined ? {} : { adjClose }) })),
});

const spy = series('SPY', [
  ['2025-01-02', 100, 90],
  ['2025-01-03', 110, 99],
  ['2025-01-06', 105, 99],
]);
// Trades on a day SPY does not, misses one SPY has, and has no adjusted closes.
const abc = series('ABC', [
  ['2025-01-02', 50],
  ['2025-01-04', 40],
  ['2025-01-06', 60],
]);
const price = { start: '2025-01-02', basis: 'price' as const };

describe('performanceCsvTable', () => {
  it('has a row per date of either series, return in percent and the close, blank where a symbol has no bar', () => {
    const csv = toCsv(performanceCsvTable([seriesPerformance(spy, price)!, seriesPerformance(abc, price)!]));
    expect(csv.split('\r\n')).toEqual([
      'date,SPY return (%),SPY close,ABC return (%),ABC close',
      '2025-01-02,0,100,0,50',
      '2025-01-03,10,110,,',
      '2025-01-04,,,-20,40',
      '2025-01-06,5,105,20,60',
    ]);
  });

  it('on the total basis writes adjusted closes, and says close for a series without them', () => {
    const total = { start: '2025-01-02', basis: 'total' as const };
    const csv = toCsv(performanceCsvTable([seriesPerformance(spy, total)!, seriesPerformance(abc, total)!]));
    const [header, , second] = csv.split('\r\n');
    expect(header).toBe('date,SPY return (%),SPY adjusted close,ABC return (%),ABC close');
    expect(second).toBe('2025-01-03,10,99,,');
  });
});

describe('returnsCsvTable', () => {
  it('writes the rows in the order given, with percent, points and the base date', () => {
    const rows = buildReturnsRows([seriesPerformance(abc, price)!, seriesPerformance(spy, price)!], spy, 'price');
    const [header, ...lines] = toCsv(returnsCsvTable(rows, 'SPY')).split('\r\n');
    expect(header).toBe('symbol,last price,return (%),excess vs SPY (pts),max drawdown (%),volatility (%),base date');
    const cells = lines.map((line) => line.split(','));
    expect(cells.map((c) => c[0])).toEqual(['ABC', 'SPY']);
    // ABC: 50 -> 60 is +20%, SPY's +5% makes 15 points; it fell 20% from 50 to 40.
    expect(cells[0]!.slice(1, 5)).toEqual(['60', '20', '15', '-20']);
    // SPY: 100 -> 105; from its 110 peak it fell to 105, by 4.54545…%.
    // SPY is the benchmark: its excess over itself is left empty, as the table shows a dash.
    expect(cells[1]!.slice(1, 5)).toEqual(['105', '5', '', '-4.5455']);
    // Sample standard deviation of two daily log returns is their distance over sqrt 2; annualised by sqrt 252.
    const spyVolatility = (Math.sqrt(252) * Math.abs(Math.log(110 / 100) - Math.log(105 / 110))) / Math.SQRT2;
    expect(Number(cells[1]![5])).toBeCloseTo(spyVolatility * 100, 4);
    expect(cells[1]![6]).toBe('2025-01-02');
  });
});
